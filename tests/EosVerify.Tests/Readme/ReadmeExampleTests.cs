using EosVerify.Testing;

namespace EosVerify.Tests.Readme;

// The README's "use the library from a test" example, verbatim: if this changes, change the README too.
// scripts/readme-example.sh runs the README's copy in a fresh NUnit project against the packed packages
// (ReadmeConsumerProjectTests).
public class ReadmeExampleTests
{
    [Test]
    public void StableMinimaOf231AreBoundedAndItsGdMapIsNonSingular()
    {
        var problem = ProblemBuilder.ForArchitecture(2, 3, 1).WithGeneratedData(samples: 20, seed: 7).WithEta("0.1").Build();
        var report = EosVerifier.Check(problem);

        Assert.That(report.T1, Holds.Certified);
        Assert.That(report.T3, Holds.Certified);
    }

    [Test]
    public void TheReadmeQuotesThisTestVerbatim()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryFolder.Root, "README.md"));
        string source = File.ReadAllText(Path.Combine(RepositoryFolder.Root, "tests", "EosVerify.Tests", "Readme", "ReadmeExampleTests.cs"));
        int start = source.IndexOf("    [Test]\n    public void StableMinimaOf231AreBoundedAndItsGdMapIsNonSingular()", StringComparison.Ordinal);
        int end = source.IndexOf("    }\n", start, StringComparison.Ordinal) + "    }\n".Length;
        var body = string.Join("\n", source[start..end].Split('\n').Select(line => line.Length >= 4 ? line[4..] : line));
        Assert.That(readme, Does.Contain("```csharp\nusing EosVerify;\nusing EosVerify.Testing;\n\n" + body.TrimEnd() + "\n```"));
    }
}

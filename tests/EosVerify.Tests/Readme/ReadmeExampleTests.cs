using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Theorems;

namespace EosVerify.Tests.Readme;

// The README's "use the library from a test" example, verbatim: if this changes, change the README too.
public class ReadmeExampleTests
{
    [Test]
    public void GradientDescentMapIsNonSingularFor231()
    {
        var architecture = Architecture.Parse("2-3-1");
        var data = DataGenerator.GenerateMoments(architecture, samples: 20, seed: 7, noise: 0.1);
        var problem = new Problem(architecture, data, eta: Rational.Parse("0.1"));

        var result = new NonSingularGdMapCheck().Run(new CheckContext(problem, new CheckOptions()), CancellationToken.None);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
    }

    [Test]
    public void TheReadmeQuotesThisTestVerbatim()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EosVerify.sln"))) dir = dir.Parent;
        Assert.That(dir, Is.Not.Null);
        string readme = File.ReadAllText(Path.Combine(dir!.FullName, "README.md"));
        string source = File.ReadAllText(Path.Combine(dir.FullName, "tests", "EosVerify.Tests", "Readme", "ReadmeExampleTests.cs"));
        int start = source.IndexOf("    [Test]\n    public void GradientDescentMapIsNonSingularFor231()", StringComparison.Ordinal);
        int end = source.IndexOf("    }\n", start, StringComparison.Ordinal) + "    }\n".Length;
        var body = string.Join("\n", source[start..end].Split('\n').Select(line => line.Length >= 4 ? line[4..] : line));
        Assert.That(readme, Does.Contain(body.TrimEnd()));
    }
}

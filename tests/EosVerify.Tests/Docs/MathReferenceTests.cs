using EosVerify.Theorems;

namespace EosVerify.Tests.Docs;

/// <summary>docs/math.md, the project's own reference, covers every claim the checker runs and every verdict it gives.</summary>
public class MathReferenceTests
{
    private static string Page() => File.ReadAllText(Path.Combine(RepositoryFolder.Root, "docs", "math.md"));

    [Test]
    public void EveryCheckTheToolRunsHasItsSection()
    {
        var headings = Page().Split('\n').Where(line => line.StartsWith("### ", StringComparison.Ordinal)).ToList();
        foreach (var check in TheoremChecker.AllChecks)
            Assert.That(headings, Has.Some.StartsWith($"### {check.Id}. "), $"docs/math.md has no section for {check.Id} ({check.Claim})");
    }

    [Test]
    public void EveryVerdictIsDefined()
    {
        string page = Page();
        foreach (var verdict in Enum.GetValues<Verdict>())
            Assert.That(page, Does.Contain($"| `{verdict.Name()}` |"), verdict.ToString());
    }
}

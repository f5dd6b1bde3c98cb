using System.Text.RegularExpressions;

namespace EosVerify.Tests.Docs;

/// <summary>Every relative link in README.md and docs/*.md resolves to a file or folder of the repository (and its #anchor to a heading).</summary>
public partial class DocLinkTests
{
    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\[[^\]]+\]:\s*(?<target>\S+)", RegexOptions.Multiline)]
    private static partial Regex ReferenceLink();

    private static IEnumerable<TestCaseData> Pages() => RepositoryFolder.MarkdownPages().Select(p => new TestCaseData(p).SetName($"Links in {p}"));

    internal static IEnumerable<string> Targets(string markdown)
    {
        // Code blocks and inline code are not links.
        string text = Regex.Replace(markdown, "```.*?```", "", RegexOptions.Singleline);
        text = Regex.Replace(text, "`[^`\n]*`", "");
        return InlineLink().Matches(text).Concat(ReferenceLink().Matches(text)).Select(m => m.Groups["target"].Value);
    }

    [TestCaseSource(nameof(Pages))]
    public void EveryRelativeLinkResolvesInsideTheRepository(string page)
    {
        string root = Path.GetFullPath(RepositoryFolder.Root);
        string pagePath = Path.Combine(root, page);
        foreach (string target in Targets(File.ReadAllText(pagePath)))
        {
            if (Regex.IsMatch(target, "^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)) continue; // https:, mailto:
            string[] parts = target.Split('#', 2);
            string file = parts[0].Length == 0 ? pagePath : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(pagePath)!, Uri.UnescapeDataString(parts[0])));
            Assert.That(file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal), Is.True, $"{page}: {target} points outside the repository");
            Assert.That(File.Exists(file) || Directory.Exists(file), Is.True, $"{page}: {target} does not exist");
            if (parts.Length == 2 && file.EndsWith(".md", StringComparison.Ordinal))
                Assert.That(Anchors(File.ReadAllText(file)), Does.Contain(parts[1]), $"{page}: {target}: no such heading");
        }
    }

    [Test]
    public void NoPageNamesAFileOutsideTheRepository()
    {
        foreach (var page in RepositoryFolder.MarkdownPages())
        {
            string text = File.ReadAllText(Path.Combine(RepositoryFolder.Root, page));
            Assert.That(text, Does.Not.Contain("DESIGN.md").And.Not.Contain("MATH.md"), $"{page} cites a file the repository does not have");
        }
    }

    [Test]
    public void LinksAreFoundInMarkdownSyntax()
    {
        var targets = Targets("see [a](docs/a.md#x), ![p](img/p.png \"t\"), `[no](code.md)`\n[ref]: other.md\n").ToList();
        Assert.That(targets, Is.EquivalentTo(new[] { "docs/a.md#x", "img/p.png", "other.md" }));
    }

    [Test]
    public void AnchorsFollowGitHubsRule()
    {
        Assert.That(Anchors("## Where certificates stop being feasible (measured on this project's 2-core machine)\n## `eosverify check`: T1–T4"),
            Is.EquivalentTo(new[] { "where-certificates-stop-being-feasible-measured-on-this-projects-2-core-machine", "eosverify-check-t1t4" }));
    }

    /// <summary>GitHub's heading anchors: lower case, punctuation dropped (except - and _), spaces to '-'.</summary>
    internal static IReadOnlyList<string> Anchors(string markdown)
    {
        string text = Regex.Replace(markdown, "```.*?```", "", RegexOptions.Singleline);
        return text.Split('\n').Where(l => Regex.IsMatch(l, "^#{1,6} ")).Select(l =>
        {
            string heading = l.TrimStart('#').Trim().ToLowerInvariant();
            var kept = heading.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_');
            return new string(kept.ToArray()).Replace(' ', '-');
        }).ToList();
    }
}

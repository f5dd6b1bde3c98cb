namespace EosVerify.Tests.Docs;

/// <summary>
/// Every command the README and docs/*.md show in a ```console block is run with the built tool, and its output
/// (durations redacted), exit code and pictures must be what the page shows. After a change of output, regenerate
/// the pages with scripts/update-doc-examples.sh (these tests with EOSVERIFY_UPDATE_DOCS=1) and review the diff.
/// </summary>
[Category("DocExamples")]
[NonParallelizable]
public class DocExampleTests
{
    /// <summary>
    /// Examples the tests do not run, each marked "&lt;!-- example: not run (reason) --&gt;" in its page. Listed here
    /// too, so that no example drops out silently. Key: "page: command line".
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NotRun = new Dictionary<string, string>();

    private static IEnumerable<DocExample> All() =>
        RepositoryFolder.MarkdownPages().SelectMany(page =>
            DocExample.Parse(page, File.ReadAllText(Path.Combine(RepositoryFolder.Root, page)).Split('\n')));

    private static IEnumerable<TestCaseData> Examples() =>
        All().Select(example => new TestCaseData(example).SetName($"Example {example.File}:{example.Line}"));

    [TestCaseSource(nameof(Examples)), CancelAfter(600_000)]
    public void TheToolPrintsWhatTheDocsShow(DocExample example)
    {
        if (example.NotRunReason is { } reason) Assert.Ignore($"{example.Name}: not run ({reason})");
        string folder = DocExampleRunner.PrepareFolder();
        try
        {
            var (exitCode, output) = DocExampleRunner.Run(example, folder);
            if (DocExampleRunner.Updating)
            {
                DocExampleRewriter.Rewrite(example, exitCode, output);
                foreach (var (produced, repository) in example.Figures)
                    File.Copy(Path.Combine(folder, produced), Path.Combine(RepositoryFolder.Root, repository), overwrite: true);
                Assert.Pass($"{example.Name}: rewritten from the tool's output");
            }
            Assert.Multiple(() =>
            {
                Assert.That(output.Select(DocExampleRunner.Redact).ToList(), Is.EqualTo(example.Output.Select(DocExampleRunner.Redact).ToList()),
                    $"{example.Name} printed:\n{string.Join('\n', output)}\n(regenerate with scripts/update-doc-examples.sh)");
                Assert.That(exitCode, Is.EqualTo(example.ExitCode), $"{example.Name}: exit code");
                foreach (var (produced, repository) in example.Figures)
                    Assert.That(File.ReadAllBytes(Path.Combine(folder, produced)),
                        Is.EqualTo(File.ReadAllBytes(Path.Combine(RepositoryFolder.Root, repository))),
                        $"{example.Name}: {repository} is not the picture the command writes ({produced})");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void TheExamplesNotRunAreExactlyTheListedOnes()
    {
        var marked = All().Where(e => e.NotRunReason is not null).ToDictionary(e => $"{e.File}: {e.CommandLine}", e => e.NotRunReason!);
        Assert.That(marked, Is.EquivalentTo(NotRun));
    }

    [Test]
    public void EveryConsoleBlockIsARunnableExample()
    {
        foreach (var page in RepositoryFolder.MarkdownPages())
        {
            var lines = File.ReadAllText(Path.Combine(RepositoryFolder.Root, page)).Split('\n');
            int blocks = lines.Where((line, i) => line == DocExample.Fence && i + 1 < lines.Length).Count();
            Assert.That(DocExample.Parse(page, lines).Count(), Is.EqualTo(blocks), $"{page}: a ```console block does not start with '{DocExample.Prompt}'");
        }
    }

    [Test]
    public void EachDocumentedCommandLineIsUniqueInItsPage()
    {
        foreach (var group in All().GroupBy(e => e.File))
            Assert.That(group.Select(e => e.CommandLine), Is.Unique, group.Key);
    }

    [Test]
    public void TheReadmeShowsEveryCommand()
    {
        var readme = All().Where(e => e.File == "README.md").Select(e => e.Arguments.FirstOrDefault()).ToHashSet();
        Assert.That(readme, Is.SupersetOf(new[] { "check", "derive", "evaluate", "simulate", "sweep" }));
    }

    [Test]
    public void TheRewriterReplacesOnlyTheExamplesOutputAndRecordsItsExitCode()
    {
        using var temp = new TempFolder("eosverify-rewrite-");
        string folder = temp.Path;
        string page = "Intro.\n\n```console\n$ eosverify check --arch 1-1\nold line\n```\n<!-- example figure: a.png = docs/a.png -->\nAfter.\n";
        File.WriteAllText(Path.Combine(folder, "page.md"), page);
        var example = DocExample.Parse("page.md", page.Split('\n')).Single();
        Assert.That(example.Output, Is.EqualTo(new[] { "old line" }));
        Assert.That(example.Figures, Is.EqualTo(new[] { ("a.png", "docs/a.png") }));
        DocExampleRewriter.Rewrite(example, 3, ["new 1", "new 2"], folder);
        Assert.That(File.ReadAllText(Path.Combine(folder, "page.md")), Is.EqualTo(
            "Intro.\n\n```console\n$ eosverify check --arch 1-1\nnew 1\nnew 2\n$ echo $?\n3\n```\n<!-- example figure: a.png = docs/a.png -->\nAfter.\n"));
        var reread = DocExample.Parse("page.md", File.ReadAllText(Path.Combine(folder, "page.md")).Split('\n')).Single();
        Assert.That((reread.ExitCode, reread.Output), Is.EqualTo((3, (IReadOnlyList<string>)["new 1", "new 2"])).Using<(int, IReadOnlyList<string>)>(
            (a, b) => a.Item1 == b.Item1 && a.Item2.SequenceEqual(b.Item2)));
    }

    [Test]
    public void DurationsAreRedactedAndNothingElse() =>
        Assert.That(DocExampleRunner.Redact("timed out after 10 s, 12 ms and 0.5s; 2000 steps, 8 step sizes, 100 runs"),
            Is.EqualTo("timed out after <time>, <time> and <time>; 2000 steps, 8 step sizes, 100 runs"));

    [Test]
    public void ShellWordsAreSplitLikeAShellDoes()
    {
        Assert.That(DocExample.ShellWords("eosverify sweep --ratios \"0.5, 2\" --out 'a b'"),
            Is.EqualTo(new[] { "eosverify", "sweep", "--ratios", "0.5, 2", "--out", "a b" }));
        Assert.Throws<FormatException>(() => DocExample.ShellWords("eosverify check | head"));
    }
}

namespace EosVerify.Tests.Packaging;

/// <summary>The folders the README's and docs' commands write (run from the repository root) are ignored by git.</summary>
public class GitIgnoreTests
{
    private static IEnumerable<string> DocumentedOutputFolders()
    {
        yield return EosVerify.Cli.Commands.CheckCommand.DefaultOutputFolder;
        yield return EosVerify.Cli.DeriveHandler.DefaultFolder;
        foreach (var page in RepositoryFolder.MarkdownPages())
        {
            var lines = File.ReadAllText(Path.Combine(RepositoryFolder.Root, page)).Split('\n');
            foreach (var line in lines.Where(l => l.StartsWith("$ eosverify ", StringComparison.Ordinal) || l.StartsWith("dotnet pack ", StringComparison.Ordinal)))
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int i = 0; i + 1 < words.Length; i++)
                    if (words[i] is "--out" or "-o") yield return words[i + 1];
            }
        }
    }

    [Test]
    public void EveryDocumentedOutputFolderIsIgnored()
    {
        var folders = DocumentedOutputFolders().Distinct().ToList();
        Assert.That(folders, Has.Count.GreaterThan(4), "the documented commands were found");
        foreach (var folder in folders)
        {
            var outcome = ProcessRunner.Run("git", ["check-ignore", "-q", "--no-index", folder + "/x"], workingDirectory: RepositoryFolder.Root);
            Assert.That(outcome.ExitCode, Is.EqualTo(0), $"{folder}/ is not ignored by .gitignore");
        }
    }
}

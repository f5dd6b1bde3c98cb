using System.Text.RegularExpressions;
using EosVerify.Tests.Packaging;

namespace EosVerify.Tests.Docs;

/// <summary>Runs a documented command with the built tool in a scratch folder and reads what it printed.</summary>
internal static partial class DocExampleRunner
{
    /// <summary>Folders of the repository a documented command may read (copied into the scratch folder).</summary>
    public static readonly string[] InputFolders = ["examples"];

    /// <summary>Setting this environment variable to 1 makes the tests rewrite the docs from the tool's output.</summary>
    public const string UpdateVariable = "EOSVERIFY_UPDATE_DOCS";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    private static string Tool => Path.Combine(TestContext.CurrentContext.TestDirectory, "EosVerify.Cli.dll");

    public static string PrepareFolder()
    {
        string folder = Directory.CreateTempSubdirectory("eosverify-doc-").FullName;
        foreach (var input in InputFolders) Copy(Path.Combine(RepositoryFolder.Root, input), Path.Combine(folder, input));
        return folder;
    }

    /// <summary>Exit code and the interleaved stdout and stderr, as a terminal shows them (no shell: arguments are passed as words).</summary>
    public static (int ExitCode, IReadOnlyList<string> Output) Run(DocExample example, string folder)
    {
        var outcome = ProcessRunner.Run("/bin/sh", ["-c", "exec \"$0\" \"$@\" 2>&1", ProcessRunner.Dotnet, Tool, .. example.Arguments],
            workingDirectory: folder, timeout: TimeSpan.FromMinutes(5));
        return (outcome.ExitCode, Lines(outcome.Out).Where(line => !ProgressLine().IsMatch(line)).ToList());
    }

    /// <summary>
    /// The progress lines a long stage prints to a redirected stderr every few seconds ("…: 40% done after 5 s"): how
    /// many appear depends on the machine's speed, like a timing, so examples show none.
    /// </summary>
    [GeneratedRegex(@"^eosverify: .+: \d+% done after ")]
    private static partial Regex ProgressLine();

    /// <summary>Lines without trailing blanks (markdown editors strip them), trailing empty lines dropped.</summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>Durations ("12 ms", "0.4 s", "3s") vary between runs and are compared as &lt;time&gt;.</summary>
    public static string Redact(string line) => Duration().Replace(line, "<time>");

    [GeneratedRegex(@"\b\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\s?(?:ms|s)\b")]
    private static partial Regex Duration();

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(source)) Copy(folder, Path.Combine(target, Path.GetFileName(folder)));
    }
}

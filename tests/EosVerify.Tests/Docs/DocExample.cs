using System.Text.RegularExpressions;

namespace EosVerify.Tests.Docs;

/// <summary>
/// A documented command and what the documentation says it prints: a ```console block whose first line is
/// <c>$ eosverify ARGS</c>, then the output, optionally followed by <c>$ echo $?</c> and the exit code (else 0).
/// Marks in HTML comments, before the block: <c>&lt;!-- example: not run (REASON) --&gt;</c> for a block the tests
/// cannot run (it must also be listed in <see cref="DocExampleTests.NotRun"/>), and after it
/// <c>&lt;!-- example figure: PRODUCED_FILE = REPOSITORY_FILE --&gt;</c> for a picture the command writes.
/// </summary>
public sealed record DocExample(string File, int Line, string CommandLine, IReadOnlyList<string> Arguments,
    IReadOnlyList<string> Output, int ExitCode, IReadOnlyList<(string Produced, string Repository)> Figures, string? NotRunReason)
{
    public const string Fence = "```console";
    public const string Prompt = "$ eosverify";
    public const string ExitCodeLine = "$ echo $?";

    public string Name => $"{File}:{Line}: {CommandLine}";

    public override string ToString() => Name;

    private static readonly Regex NotRunMark = new(@"^<!-- example: not run \((?<reason>.+)\) -->$");
    private static readonly Regex FigureMark = new(@"^<!-- example figure: (?<produced>\S+) = (?<repository>\S+) -->$");

    /// <summary>Every example in one markdown file (<paramref name="name"/> is its path relative to the repository).</summary>
    public static IEnumerable<DocExample> Parse(string name, IReadOnlyList<string> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i] != Fence || i + 1 >= lines.Count || !lines[i + 1].StartsWith(Prompt + " ", StringComparison.Ordinal) && lines[i + 1] != Prompt)
                continue;
            int end = i + 2;
            while (end < lines.Count && lines[end] != "```") end++;
            if (end == lines.Count) throw new FormatException($"{name}:{i + 1}: the console block is not closed");
            var body = lines.Skip(i + 2).Take(end - i - 2).ToList();
            int exitCode = 0;
            int echo = body.IndexOf(ExitCodeLine);
            if (echo >= 0)
            {
                if (echo != body.Count - 2 || !int.TryParse(body[^1], out exitCode))
                    throw new FormatException($"{name}:{i + 1}: '{ExitCodeLine}' must be the block's second-last line, followed by the exit code");
                body = body.Take(echo).ToList();
            }
            string? notRun = i > 0 && NotRunMark.Match(lines[i - 1]) is { Success: true } m ? m.Groups["reason"].Value : null;
            var figures = new List<(string, string)>();
            for (int j = end + 1; j < lines.Count && lines[j] != Fence; j++)
                if (FigureMark.Match(lines[j]) is { Success: true } f) figures.Add((f.Groups["produced"].Value, f.Groups["repository"].Value));
            string commandLine = lines[i + 1][2..];
            yield return new DocExample(name, i + 2, commandLine, ShellWords(commandLine).Skip(1).ToList(), body, exitCode, figures, notRun);
            i = end;
        }
    }

    /// <summary>Splits a command line as a POSIX shell would for the simple forms used in the docs: words, "…" and '…'.</summary>
    public static IReadOnlyList<string> ShellWords(string commandLine)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        bool inWord = false;
        char quote = '\0';
        foreach (char c in commandLine)
        {
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                else word.Append(c);
            }
            else if (c is '"' or '\'') { quote = c; inWord = true; }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else if (c is '|' or '>' or '<' or ';' or '&' or '$' or '`' or '*')
                throw new FormatException($"'{commandLine}': documented commands are run without a shell; '{c}' is not supported");
            else { word.Append(c); inWord = true; }
        }
        if (quote != '\0') throw new FormatException($"'{commandLine}': unclosed quote");
        if (inWord) words.Add(word.ToString());
        return words;
    }
}

namespace EosVerify.Tests.Docs;

/// <summary>Replaces a documented example's output (and exit code) in its markdown file with what the tool printed.</summary>
internal static class DocExampleRewriter
{
    /// <param name="root">The folder the example's page is relative to (default: the repository).</param>
    public static void Rewrite(DocExample example, int exitCode, IReadOnlyList<string> output, string? root = null)
    {
        string path = Path.Combine(root ?? RepositoryFolder.Root, example.File);
        var lines = File.ReadAllText(path).Split('\n').ToList();
        int start = -1;
        for (int i = 0; i + 1 < lines.Count; i++)
            if (lines[i] == DocExample.Fence && lines[i + 1] == "$ " + example.CommandLine) { start = i; break; }
        if (start < 0) throw new InvalidOperationException($"{example.Name}: block not found for rewriting");
        int end = lines.FindIndex(start + 2, line => line == "```");
        var body = output.ToList();
        if (exitCode != 0) body.AddRange([DocExample.ExitCodeLine, exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        lines.RemoveRange(start + 2, end - start - 2);
        lines.InsertRange(start + 2, body);
        File.WriteAllText(path, string.Join('\n', lines));
    }
}

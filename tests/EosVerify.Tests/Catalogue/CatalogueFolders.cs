namespace EosVerify.Tests.Catalogue;

/// <summary>Where proofs/ lives, and folder comparison and replacement for the golden-file test.</summary>
internal static class CatalogueFolders
{
    /// <summary>The repository's proofs/ folder: found by walking up from the test binaries to EosVerify.sln.</summary>
    public static string Proofs => Path.Combine(RepositoryRoot(), "proofs");

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EosVerify.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No EosVerify.sln above {TestContext.CurrentContext.TestDirectory}.");
    }

    /// <summary>Files (relative, '/' separated, ordinal order) under <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> Files(string root) =>
        Directory.Exists(root)
            ? Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// One line per difference: a file only on one side, or contents that differ as <see cref="GoldenComparison"/>
    /// judges (exact, except floating-point figures in JSON within its stated tolerance), with where.
    /// </summary>
    public static IReadOnlyList<string> Differences(string expectedRoot, string actualRoot)
    {
        var expected = Files(expectedRoot);
        var actual = Files(actualRoot);
        var differences = new List<string>();
        foreach (var f in expected.Except(actual, StringComparer.Ordinal)) differences.Add($"{f}: in proofs/ but not generated");
        foreach (var f in actual.Except(expected, StringComparer.Ordinal)) differences.Add($"{f}: generated but not in proofs/");
        foreach (var f in expected.Intersect(actual, StringComparer.Ordinal))
        {
            var a = File.ReadAllBytes(Path.Combine(expectedRoot, f));
            var b = File.ReadAllBytes(Path.Combine(actualRoot, f));
            if (GoldenComparison.Difference(f, a, b) is { } where) differences.Add($"{f}: differs ({where}; {FirstDifferentLine(a, b)})");
        }
        return differences;
    }

    /// <summary>Replaces the contents of <paramref name="target"/> with those of <paramref name="source"/>.</summary>
    public static void Replace(string target, string source)
    {
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        foreach (var f in Files(source))
        {
            string to = Path.Combine(target, f);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(Path.Combine(source, f), to);
        }
    }

    private static string FirstDifferentLine(byte[] a, byte[] b)
    {
        var left = System.Text.Encoding.UTF8.GetString(a).Split('\n');
        var right = System.Text.Encoding.UTF8.GetString(b).Split('\n');
        for (int i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            string l = i < left.Length ? left[i] : "<end of file>";
            string r = i < right.Length ? right[i] : "<end of file>";
            if (l != r) return $"line {i + 1}: proofs/ has \"{Shorten(l)}\", generated \"{Shorten(r)}\"";
        }
        return "same lines, different bytes";
    }

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..117] + "...";
}

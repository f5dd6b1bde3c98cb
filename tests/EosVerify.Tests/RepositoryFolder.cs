namespace EosVerify.Tests;

/// <summary>The repository the tests run from: the folder above the test directory that holds EosVerify.sln.</summary>
internal static class RepositoryFolder
{
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "EosVerify.sln"))) return folder.FullName;
            throw new InvalidOperationException("EosVerify.sln not found above the test directory");
        }
    }

    /// <summary>README.md and every docs/*.md, as paths relative to the root with '/' separators.</summary>
    public static IReadOnlyList<string> MarkdownPages()
    {
        string root = Root;
        return new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}

using System.Reflection;

namespace EosVerify.Tests.Packaging;

/// <summary>
/// `dotnet pack --no-build` of the tool and the library (the configuration of this test assembly) into a temporary
/// folder, once per test run; deleted when the process ends.
/// </summary>
internal static class PackedFeed
{
    public static readonly string[] Projects = ["src/EosVerify.Cli/EosVerify.Cli.csproj", "src/EosVerify/EosVerify.csproj"];

    private static readonly Lazy<string> Folder = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => Folder.Value;

    public static string Configuration =>
        typeof(PackedFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>The package file of <paramref name="id"/> (exactly one version is packed).</summary>
    public static string Package(string id) =>
        Directory.EnumerateFiles(Path, id + ".*.nupkg").Single(f => char.IsDigit(System.IO.Path.GetFileName(f)[id.Length + 1]));

    /// <summary>The version <paramref name="id"/> was packed with (from its file name).</summary>
    public static string Version(string id)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(Package(id));
        return name[(id.Length + 1)..];
    }

    private static string Pack()
    {
        string feed = Directory.CreateTempSubdirectory("eosverify-feed-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(feed, recursive: true); }
            catch (IOException) { /* a leftover temp folder is harmless */ }
        };
        foreach (var project in Projects)
        {
            var pack = ProcessRunner.Run(ProcessRunner.Dotnet, ["pack", project, "-c", Configuration, "--no-build", "-o", feed],
                workingDirectory: RepositoryFolder.Root, timeout: TimeSpan.FromMinutes(3));
            if (pack.ExitCode != 0) throw new InvalidOperationException($"dotnet pack {project} failed: {pack}");
        }
        return feed;
    }
}

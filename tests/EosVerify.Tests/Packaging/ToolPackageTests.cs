using System.IO.Compression;
using System.Reflection;
using EosVerify.Cli;

namespace EosVerify.Tests.Packaging;

/// <summary>
/// `dotnet pack` gives the library package (EosVerify) and the dotnet tool (EosVerify.Cli, command eosverify), and the
/// tool installs and runs. Packs the already-built projects (--no-build, the configuration of this test assembly) into
/// a temporary feed; installs with a temporary global-packages folder, so that a cached package of the same version
/// can never stand in for the one just packed, from that feed plus the configured sources.
/// </summary>
[Category("Packaging")]
public class ToolPackageTests
{
    private string _root = "";

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "eosverify-pack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteFolder()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    [Test, CancelAfter(180_000)]
    public void PackedToolInstallsAndPrintsItsVersion()
    {
        string repository = RepositoryRoot();
        string configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        string feed = Path.Combine(_root, "feed"), tools = Path.Combine(_root, "tools"), cache = Path.Combine(_root, "packages");
        string version = CliApplication.Version.Split('+')[0];

        foreach (var project in new[] { "src/EosVerify.Cli/EosVerify.Cli.csproj", "src/EosVerify/EosVerify.csproj" })
        {
            var pack = ProcessRunner.Run(ProcessRunner.Dotnet, ["pack", project, "-c", configuration, "--no-build", "-o", feed], workingDirectory: repository);
            Assert.That(pack.ExitCode, Is.EqualTo(0), pack.ToString());
        }
        string toolPackage = Path.Combine(feed, $"EosVerify.Cli.{version}.nupkg");
        Assert.That(File.Exists(toolPackage), Is.True, $"{toolPackage} was not produced");
        Assert.That(File.Exists(Path.Combine(feed, $"EosVerify.{version}.nupkg")), Is.True, "the library package was not produced");
        using (var zip = ZipFile.OpenRead(toolPackage))
        {
            var settings = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
            using var reader = new StreamReader(settings.Open());
            Assert.That(reader.ReadToEnd(), Does.Contain("<Command Name=\"eosverify\""));
        }

        var install = ProcessRunner.Run(ProcessRunner.Dotnet,
            ["tool", "install", "--tool-path", tools, "--add-source", feed, "--ignore-failed-sources", "EosVerify.Cli", "--version", version],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = cache }, workingDirectory: _root);
        Assert.That(install.ExitCode, Is.EqualTo(0), install.ToString());

        string executable = Path.Combine(tools, OperatingSystem.IsWindows() ? "eosverify.exe" : "eosverify");
        var run = ProcessRunner.Run(executable, ["--version"], timeout: TimeSpan.FromSeconds(60));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Out.Trim(), Is.EqualTo(CliApplication.Version));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "EosVerify.sln"))) return folder.FullName;
        throw new InvalidOperationException("EosVerify.sln not found above the test directory");
    }
}

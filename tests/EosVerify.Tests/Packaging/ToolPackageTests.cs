using System.IO.Compression;
using EosVerify.Cli;

namespace EosVerify.Tests.Packaging;

/// <summary>
/// `dotnet pack` gives the library package (EosVerify) and the dotnet tool (EosVerify.Cli, command eosverify), and the
/// tool installs and runs; the library is usable from a project that references the local package, as the README
/// says. Installs with a temporary global-packages folder, so that a cached package of the same version can never
/// stand in for the one just packed, from the packed feed plus the configured sources.
/// </summary>
[Category("Packaging")]
public class ToolPackageTests
{
    private string _root = "";

    [SetUp]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("eosverify-pack-").FullName;

    [TearDown]
    public void DeleteFolder()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    [Test, CancelAfter(300_000)]
    public void PackedToolInstallsAndPrintsItsVersion()
    {
        string feed = PackedFeed.Path, tools = Path.Combine(_root, "tools"), cache = Path.Combine(_root, "packages");
        string version = PackedFeed.Version("EosVerify.Cli");
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

        // The installed tool draws plots with the natives it carries.
        var simulate = ProcessRunner.Run(executable, ["simulate", "--arch", "1-1", "--eta", "0.1", "--steps", "20", "--out", Path.Combine(_root, "run")],
            timeout: TimeSpan.FromSeconds(120));
        Assert.That(simulate.ExitCode, Is.EqualTo(0), simulate.ToString());
        Assert.That(new FileInfo(Path.Combine(_root, "run", "trajectory.png")).Length, Is.GreaterThan(1000));
    }

    [Test, CancelAfter(300_000)]
    public void ATestProjectReferencesTheLocalLibraryPackageAsTheReadmeSays()
    {
        string consumer = Path.Combine(_root, "consumer");
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><OutputType>Exe</OutputType>" +
            "<ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup></Project>\n");
        File.WriteAllText(Path.Combine(consumer, "Program.cs"),
            "using EosVerify;\nusing EosVerify.Networks;\nConsole.WriteLine(Architecture.Parse(\"2-3-1\").ParameterCount);\n" +
            "var problem = ProblemBuilder.ForArchitecture(1, 1).WithGeneratedData(samples: 4).Build();\n" +
            "Console.WriteLine(EosVerifier.Check(problem, new VerifierOptions { Solver = \"z3-api\" }).Solver);\n");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };
        // The README's two lines, with this test's feed for the nupkg folder and a project-level NuGet.Config
        // (the README's form writes the user-level one).
        File.WriteAllText(Path.Combine(consumer, "NuGet.Config"), "<configuration><packageSources /></configuration>\n");
        var source = ProcessRunner.Run(ProcessRunner.Dotnet,
            ["nuget", "add", "source", PackedFeed.Path, "--name", "eosverify-local", "--configfile", Path.Combine(consumer, "NuGet.Config")],
            environment, consumer);
        Assert.That(source.ExitCode, Is.EqualTo(0), source.ToString());
        var add = ProcessRunner.Run(ProcessRunner.Dotnet, ["add", "package", "EosVerify", "--prerelease"], environment, consumer, TimeSpan.FromMinutes(4));
        Assert.That(add.ExitCode, Is.EqualTo(0), add.ToString());
        var run = ProcessRunner.Run(ProcessRunner.Dotnet, ["run", "-c", "Release"], environment, consumer, TimeSpan.FromMinutes(4));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var lines = run.Out.Trim().Split('\n');
        Assert.That(lines[0], Is.EqualTo("9"));
        Assert.That(lines[1], Does.StartWith("z3").And.Contain("[z3-api unavailable, using the z3 process instead"), "without Microsoft.Z3, z3-api falls back");
        var output = Directory.EnumerateFiles(Path.Combine(consumer, "bin"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.That(output, Has.None.StartsWith("Microsoft.Z3").And.None.StartsWith("libz3"), "the library drags no Microsoft.Z3 along");
    }
}

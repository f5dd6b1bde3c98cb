namespace EosVerify.Tests.Packaging;

/// <summary>
/// Directory.Build.targets gives every change its own package version, so a re-pack is never served stale from
/// the NuGet cache: run on a scratch git repository holding the repository's Directory.Build.props/.targets.
/// </summary>
[Category("Packaging")]
public class PackageVersionTests
{
    private string _repository = "";
    private TempFolder _temp = null!;

    [SetUp]
    public void CreateRepository()
    {
        _temp = new TempFolder("eosverify-version-");
        _repository = _temp.Path;
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets" })
            File.Copy(Path.Combine(RepositoryFolder.Root, file), Path.Combine(_repository, file));
        File.WriteAllText(Path.Combine(_repository, "p.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        Git("init", "-q");
        Commit("first");
    }

    [TearDown]
    public void DeleteRepository() => _temp.Dispose();

    private void Git(params string[] arguments)
    {
        var outcome = ProcessRunner.Run("git", ["-c", "user.name=test", "-c", "user.email=test@example.org", .. arguments], workingDirectory: _repository);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.ToString());
    }

    private void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    private string PackageVersion(params string[] properties) => Property("PackageVersion", properties);

    private string Property(string name, params string[] properties)
    {
        var outcome = ProcessRunner.Run(ProcessRunner.Dotnet,
            ["msbuild", "p.csproj", "-nologo", "-t:EosVerifyGitVersion", "-getProperty:" + name, .. properties.Select(p => "-p:" + p)],
            workingDirectory: _repository);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.ToString());
        return outcome.Out.Trim();
    }

    [Test, CancelAfter(120_000)]
    public void EveryChangeGivesANewVersion()
    {
        string first = PackageVersion();
        File.WriteAllText(Path.Combine(_repository, "p.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><!-- edited --></Project>\n");
        string edited = PackageVersion();
        Commit("second");
        string committed = PackageVersion();
        File.WriteAllText(Path.Combine(_repository, "p.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><!-- edited again --></Project>\n");
        string editedAgain = PackageVersion();
        Assert.Multiple(() =>
        {
            Assert.That(new[] { first, edited, committed, editedAgain }, Is.Unique);
            Assert.That(first, Does.Match(@"^0\.1\.0-dev\.1\.g[0-9a-f]{12}$"));
            Assert.That(committed, Does.Match(@"^0\.1\.0-dev\.2\.g[0-9a-f]{12}$"));
            Assert.That(edited, Does.StartWith(first + ".d"));
            Assert.That(PackageVersion(), Is.EqualTo(editedAgain), "the same tree gives the same version");
        });
    }

    [Test, CancelAfter(120_000)]
    public void AnEditChangesThePackageVersionButNotTheAssemblies()
    {
        string committed = Property("Version");
        File.WriteAllText(Path.Combine(_repository, "p.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><!-- edited --></Project>\n");
        Assert.That(Property("Version"), Is.EqualTo(committed), "assemblies keep the commit's version: an edit does not rebuild every project");
        Assert.That(PackageVersion(), Does.StartWith(committed + ".d"));
    }

    [Test, CancelAfter(120_000)]
    public void AReleaseBuildHasThePlainVersionPrefix()
    {
        Assert.That(PackageVersion("EosVerifyRelease=true"), Is.EqualTo("0.1.0"));
    }
}

using System.IO.Compression;
using System.Xml.Linq;

namespace EosVerify.Tests.Packaging;

/// <summary>What the two packages carry: read from the packed .nupkg files themselves.</summary>
[Category("Packaging")]
public class PackageContentsTests
{
    public const long MaxToolPackageBytes = 40L * 1024 * 1024;

    /// <summary>The runtimes whose native plotting libraries the tool ships (EosVerify.Cli.csproj, ToolNativeRuntimes).</summary>
    private static readonly string[] ToolRuntimes = ["linux-x64", "osx", "win-x64"];

    private static XElement Metadata(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static List<string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    [Test, CancelAfter(300_000)]
    public void TheToolPackageIsUnder40MegabytesAndCarriesOnlyItsRuntimesNatives()
    {
        string tool = PackedFeed.Package("EosVerify.Cli");
        Assert.That(new FileInfo(tool).Length, Is.LessThan(MaxToolPackageBytes), $"{tool} is {new FileInfo(tool).Length:N0} bytes");
        var entries = Entries(tool);
        var runtimes = entries.Where(e => e.Contains("/runtimes/", StringComparison.Ordinal))
            .Select(e => e.Split("/runtimes/")[1].Split('/')[0]).Distinct().ToList();
        Assert.That(runtimes, Is.EquivalentTo(ToolRuntimes));
        Assert.That(entries, Has.None.Contains("libz3"), "Microsoft.Z3 ships no Linux libz3; the tool carries none");
        Assert.That(entries, Has.Some.EndsWith("/runtimes/linux-x64/native/libSkiaSharp.so"), "plots need SkiaSharp on linux-x64");
    }

    [Test, CancelAfter(300_000)]
    public void TheLibraryPackageDoesNotDependOnMicrosoftZ3()
    {
        var dependencies = Metadata(PackedFeed.Package("EosVerify")).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).ToList();
        Assert.That(dependencies, Does.Contain("MathNet.Numerics"), "the dependency list was read");
        Assert.That(dependencies, Does.Not.Contain("Microsoft.Z3"));
    }

    [TestCase("EosVerify.Cli"), TestCase("EosVerify"), CancelAfter(300_000)]
    public void EachPackageHasAReadmeAndNoMadeUpRepositoryUrl(string id)
    {
        string package = PackedFeed.Package(id);
        var metadata = Metadata(package);
        string readme = (string?)metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "readme") ?? "";
        Assert.That(readme, Is.Not.Empty, "no <readme> in the nuspec");
        Assert.That(Entries(package), Does.Contain(readme));
        var repository = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository");
        string? url = (string?)repository?.Attribute("url");
        Assert.That(url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.Host.EndsWith(".invalid", StringComparison.Ordinal)),
            Is.True, $"repository url {url}");
    }

    [Test, CancelAfter(300_000)]
    public void ThePackageVersionIsTheToolsVersion()
    {
        string version = (string)Metadata(PackedFeed.Package("EosVerify.Cli")).Elements().Single(e => e.Name.LocalName == "version");
        string tool = EosVerify.Cli.CliApplication.Version.Split('+')[0];
        Assert.That(version, Is.EqualTo(tool).Or.StartWith(tool + ".d"), "the tool's version, plus the hash of uncommitted changes if any");
        Assert.That(version, Does.StartWith("0.1.0-dev."), "built from git: a prerelease naming the commit");
    }
}

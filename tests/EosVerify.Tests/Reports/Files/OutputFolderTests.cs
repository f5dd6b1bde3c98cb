using EosVerify.Networks;
using EosVerify.Reports;

namespace EosVerify.Tests.Reports.Files;

public class OutputFolderTests
{
    private string _root = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateRoot()
    {
        _temp = new TempFolder("eosverify-out-");
        _root = _temp.Path;
    }

    [TearDown]
    public void DeleteRoot() => _temp.Dispose();

    [Test]
    public void CreatesAMissingFolderAndWritesIntoIt()
    {
        string path = Path.Combine(_root, "a", "b");
        var folder = OutputFolder.Prepare(path, []);
        string written = folder.WriteAllText("report.json", "{}");
        string nested = folder.WriteAllText("certificates/T1.smt2", "(check-sat)");
        Assert.That(Directory.Exists(path));
        Assert.That(File.ReadAllText(written), Is.EqualTo("{}"));
        Assert.That(nested, Is.EqualTo(Path.Combine(path, "certificates", "T1.smt2")));
        Assert.That(Directory.GetFiles(path), Is.EqualTo(new[] { written }), "no probe or temporary files are left");
    }

    [Test]
    public void AFileIsNotAFolder()
    {
        string file = Path.Combine(_root, "f.txt");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<InputException>(() => OutputFolder.Prepare(file, [], "--out"));
        Assert.That(e!.Field, Is.EqualTo("--out"));
        Assert.That(File.ReadAllText(file), Is.EqualTo("x"));
    }

    [Test]
    public void AnInputFileGivenAsTheFolderIsNamedAsSuch()
    {
        string input = Path.Combine(_root, "problem.json");
        File.WriteAllText(input, "{}");
        var e = Assert.Throws<InputException>(() => OutputFolder.Prepare(input, [input], "--out"));
        Assert.That(e!.Problem, Does.Contain("input"));
    }

    [Test]
    public void AFolderThatCannotBeCreatedIsAnInputError()
    {
        string file = Path.Combine(_root, "f.txt");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<InputException>(() => OutputFolder.Prepare(Path.Combine(file, "sub"), [], "--out"));
        Assert.That(e!.Field, Is.EqualTo("--out"));
        Assert.That(e.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void OutputsNeverOverwriteInputs()
    {
        string input = Path.Combine(_root, "data.csv");
        File.WriteAllText(input, "1,2\n");
        var folder = OutputFolder.Prepare(_root, [input, null], "--out");
        var e = Assert.Throws<InputException>(() => folder.WriteAllText("data.csv", "overwritten"));
        Assert.That(e!.Field, Is.EqualTo("--out"));
        Assert.That(File.ReadAllText(input), Is.EqualTo("1,2\n"));
    }

    [Test]
    public void InputsReachedThroughSymbolicLinksAreProtected()
    {
        string realFolder = Path.Combine(_root, "real");
        Directory.CreateDirectory(realFolder);
        string input = Path.Combine(realFolder, "x.npy");
        File.WriteAllText(input, "data");
        string linkFolder = Path.Combine(_root, "link");
        Directory.CreateSymbolicLink(linkFolder, realFolder);
        // The user names the input through the link and the output folder directly, or the other way round.
        var viaReal = OutputFolder.Prepare(realFolder, [Path.Combine(linkFolder, "x.npy")]);
        Assert.Throws<InputException>(() => viaReal.WriteAllText("x.npy", "overwritten"));
        var viaLink = OutputFolder.Prepare(linkFolder, [input]);
        Assert.Throws<InputException>(() => viaLink.WriteAllText("x.npy", "overwritten"));
        Assert.That(File.ReadAllText(input), Is.EqualTo("data"));
    }

    [TestCase("../escape.txt")]
    [TestCase("/etc/passwd")]
    [TestCase("a/./b")]
    public void NamesMustStayInsideTheFolder(string name)
    {
        var folder = OutputFolder.Prepare(_root, []);
        Assert.Throws<ArgumentException>(() => folder.PathFor(name));
    }

    [Test]
    public void AFailedWriteLeavesNoFile()
    {
        var folder = OutputFolder.Prepare(_root, []);
        Assert.Throws<InvalidOperationException>(() => folder.Write("plot.png", _ => throw new InvalidOperationException("render failed")));
        Assert.That(Directory.GetFileSystemEntries(_root), Is.Empty);
    }
}

using System.Text;
using EosVerify.IO;
using EosVerify.Reports;

namespace EosVerify.Tests.Reports.Files;

public class AtomicFileTests
{
    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-atomic-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    [Test]
    public void WritesTextAsUtf8WithoutBomAndLeavesNoTemporaryFile()
    {
        string path = Path.Combine(_folder, "a.txt");
        AtomicFile.WriteAllText(path, "η = 1/10\n");
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(Encoding.UTF8.GetBytes("η = 1/10\n")));
        Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void ReplacesAnExistingFile()
    {
        string path = Path.Combine(_folder, "b.bin");
        File.WriteAllText(path, "old content that is longer");
        AtomicFile.WriteAllBytes(path, [1, 2, 3]);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(new byte[] { 1, 2, 3 }));
        Assert.That(Directory.GetFiles(_folder), Has.Length.EqualTo(1));
    }

    [Test]
    public void AFailedWriteLeavesTheOldFileAndNoTemporaryFile()
    {
        string path = Path.Combine(_folder, "c.txt");
        File.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("partial new content"u8);
            throw new InvalidOperationException("renderer failed");
        }));
        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void AFailedFirstWriteLeavesNothing()
    {
        string path = Path.Combine(_folder, "d.txt");
        Assert.Throws<IOException>(() => AtomicFile.Write(path, _ => throw new IOException("disk full")));
        Assert.That(Directory.GetFileSystemEntries(_folder), Is.Empty);
    }

    [Test]
    public void AMissingFolderIsAnErrorNotASilentSuccess()
    {
        string path = Path.Combine(_folder, "missing", "e.txt");
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.That(Directory.GetFileSystemEntries(_folder), Is.Empty);
    }

    [Test]
    public void WritingOverAFolderIsRefused()
    {
        string path = Path.Combine(_folder, "sub");
        Directory.CreateDirectory(path);
        Assert.Throws<IOException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.That(Directory.GetFiles(_folder), Is.Empty);
    }
}

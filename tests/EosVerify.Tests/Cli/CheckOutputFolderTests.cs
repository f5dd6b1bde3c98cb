namespace EosVerify.Tests.Cli;

// Issue 9, items 6 and 7: a report folder holds exactly one run's files; output-folder problems are exit 2 with one
// line before anything is written; refused inputs leave no folder behind.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[NonParallelizable]
public class CheckOutputFolderTests
{
    private string _root = "";
    private string _problem = "";

    [SetUp]
    public void CreateRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "eosverify-checkout-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
        _problem = SmtBoundProblem.WriteInto(_root);
    }

    [TearDown]
    public void DeleteRoot()
    {
        foreach (var folder in Directory.GetDirectories(_root, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_root, recursive: true);
    }

    private CliOutcome Check(string output, params string[] more) =>
        CliRunner.Run(["check", "--problem", _problem, "--out", output, "--quiet", .. more]);

    [Test]
    public void ASecondRunReplacesTheFirstRunsCertificatesAndKeepsTheUsersOwnFiles()
    {
        string output = Path.Combine(_root, "out");
        var first = Check(output, "--claimed-radius", "1");
        Assert.That(first.ExitCode, Is.Not.EqualTo(2), first.Error);
        File.WriteAllText(Path.Combine(output, "certificates", "1-1-1-T3-radius-9.smt2"), "; a stale certificate\n");
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");

        var second = Check(output);
        Assert.That(second.ExitCode, Is.Not.EqualTo(2), second.Error);
        string fresh = Path.Combine(_root, "fresh");
        Assert.That(Check(fresh).ExitCode, Is.EqualTo(second.ExitCode));
        Assert.Multiple(() =>
        {
            Assert.That(Names(Path.Combine(output, "certificates")), Is.EqualTo(Names(Path.Combine(fresh, "certificates"))),
                "the certificates differ from a fresh run's: stale files were kept");
            Assert.That(File.ReadAllText(Path.Combine(output, "report.json")), Is.EqualTo(File.ReadAllText(Path.Combine(fresh, "report.json"))));
            Assert.That(File.ReadAllText(Path.Combine(output, "notes.txt")), Is.EqualTo("mine"));
            Assert.That(Directory.GetFileSystemEntries(_root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "problem.json", "out", "fresh" }),
                "a staging folder was left beside the output");
            Assert.That(Directory.GetFileSystemEntries(output, ".*"), Is.Empty, "hidden leftovers in the output folder");
        });
    }

    [Test]
    public void AReadOnlyCertificatesFolderIsAnInputErrorBeforeAnythingIsWritten()
    {
        string output = Path.Combine(_root, "out");
        string certificates = Path.Combine(output, "certificates");
        Directory.CreateDirectory(certificates);
        File.SetUnixFileMode(certificates, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        AssertRefusedUntouched(Check(output), output, "certificates");
    }

    [Test]
    public void ACertificatesFileIsAnInputErrorBeforeAnythingIsWritten()
    {
        string output = Path.Combine(_root, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "certificates"), "not a folder");
        AssertRefusedUntouched(Check(output), output, "certificates");
    }

    [Test]
    public void AReportJsonFolderIsAnInputErrorBeforeAnythingIsWritten()
    {
        string output = Path.Combine(_root, "out");
        Directory.CreateDirectory(Path.Combine(output, "report.json"));
        AssertRefusedUntouched(Check(output), output, "report.json");
    }

    [Test]
    public void AReportJsonLinkToTheInputIsAnInputErrorAndTheInputIsKept()
    {
        string output = Path.Combine(_root, "out");
        Directory.CreateDirectory(output);
        File.CreateSymbolicLink(Path.Combine(output, "report.json"), _problem);
        AssertRefusedUntouched(Check(output), output, "report.json");
        Assert.That(File.ReadAllText(_problem), Is.EqualTo(SmtBoundProblem.Json));
    }

    [TestCase("check", "--claimed-radius", "-1")]
    [TestCase("check", "--claimed-min-sharpness", "NaN")]
    [TestCase("simulate", "--steps", "10")]
    public void RefusedInputsLeaveNoOutputFolder(string command, string option, string value)
    {
        string output = Path.Combine(_root, "never", "created");
        string[] problem = command == "simulate" ? ["--arch", "1-1-1", "--samples", "4"] : ["--problem", _problem];
        var outcome = CliRunner.Run([command, .. problem, option, value, "--out", output, "--quiet"]);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
            Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
            Assert.That(Directory.Exists(Path.Combine(_root, "never")), Is.False, "a refused run created its output folder");
        });
    }

    private static string[] Names(string folder) =>
        Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();

    private void AssertRefusedUntouched(CliOutcome outcome, string output, string named)
    {
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
            Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1), outcome.Error);
            Assert.That(outcome.Error, Does.Contain(named));
            Assert.That(File.Exists(Path.Combine(output, "report.md")), Is.False);
            Assert.That(Directory.GetFiles(output, "*.smt2", SearchOption.AllDirectories), Is.Empty, "certificates were written before the refusal");
            Assert.That(Directory.GetFileSystemEntries(_root, ".*"), Is.Empty, "a staging folder was left behind");
        });
    }
}

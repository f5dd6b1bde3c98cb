using EosVerify.Cli;

namespace EosVerify.Tests.Cli;

// Issue 9, item 3: --budget and derive's cost model: a derivation that cannot be typeset or would take beyond the
// budget is refused with one line before anything is built or written.
public class BudgetTests
{
    private string _root = "";

    [SetUp]
    public void CreateRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "eosverify-budget-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    private static string Chain(int depth) => string.Join('-', Enumerable.Repeat("1", depth + 1));

    private void AssertRefusedBeforeWriting(CliOutcome outcome, string named, string said)
    {
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
            Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1), outcome.Error);
            Assert.That(outcome.Error, Does.StartWith($"eosverify: {named}: ").And.Contain(said));
            Assert.That(Directory.Exists(Path.Combine(_root, "out")), Is.False, "something was written before the refusal");
        });
    }

    [Test]
    public void ADocumentBeyondTheBudgetIsRefusedNamingItsSize()
    {
        var outcome = CliRunner.Run("derive", "--arch", "100-10-100", "--samples", "10", "--no-compile", "--budget", "1",
            "--out", Path.Combine(_root, "out"));
        AssertRefusedBeforeWriting(outcome, "--budget", "MB of LaTeX");
    }

    [TestCase("70-2-70")]
    [TestCase("deep")]
    public void ADocumentPdflatexCannotTypesetIsRefusedUnlessNotCompiled(string arch)
    {
        string architecture = arch == "deep" ? Chain(30) : arch;
        var outcome = CliRunner.Run("derive", "--arch", architecture, "--samples", "4", "--out", Path.Combine(_root, "out"));
        AssertRefusedBeforeWriting(outcome, "--no-compile", "cannot typeset");
        var written = CliRunner.Run("derive", "--arch", architecture, "--samples", "4", "--no-compile", "--out", Path.Combine(_root, "out"), "--quiet");
        Assert.That(written.ExitCode, Is.EqualTo(0), written.Error);
    }

    [Test]
    public void AnEvaluationBeyondItsBudgetStopsWithASizeLimitAndWritesNothing()
    {
        // Run as a child process: the abandoned computation ends with the process, not inside the test host.
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "EosVerify.Cli.dll");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = EosVerify.Tests.Packaging.ProcessRunner.Run(EosVerify.Tests.Packaging.ProcessRunner.Dotnet,
            [cli, "evaluate", "--arch", "7-7-7", "--samples", "20", "--eta", "0.01", "--budget", "2", "--out", Path.Combine(_root, "out"), "--quiet"],
            timeout: TimeSpan.FromSeconds(60));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(3), outcome.ToString());
            Assert.That(outcome.Error, Does.Contain("size limit").And.Contain("raise it with --budget"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
            Assert.That(Directory.Exists(Path.Combine(_root, "out")), Is.False);
        });
    }

    [Test]
    public void CheckPassesItsBudgetOn()
    {
        var handlers = new RecordingHandlers();
        var outcome = CliRunner.Run(handlers, "check", "--budget", "5");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        Assert.That(((CheckOptions)handlers.Options!).Budget, Is.EqualTo(TimeSpan.FromSeconds(5)));
        var refused = CliRunner.Run(handlers, "check", "--budget", "0");
        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(refused.Error, Does.Contain("--budget"));
    }
}

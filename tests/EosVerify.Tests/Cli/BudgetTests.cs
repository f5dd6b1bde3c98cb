using EosVerify.Cli;

namespace EosVerify.Tests.Cli;

// Issue 9, item 3: --budget and derive's cost model: a derivation that cannot be typeset or would take beyond the
// budget is refused with one line before anything is built or written.
public class BudgetTests
{
    private string _root = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateRoot()
    {
        _temp = new TempFolder("eosverify-budget-");
        _root = _temp.Path;
    }

    [TearDown]
    public void DeleteRoot() => _temp.Dispose();

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
    public void AnEvaluationBeyondItsBudgetSkipsTheCostlyStageBeforeStartingIt()
    {
        // The cost model, not the wall clock, decides (behaviour changed in issue 9: evaluate used to stop at the
        // budget and write nothing): a 1 ms budget leaves no room for one sharpness evaluation of 7-7-7, so the
        // S_min search says so and the rest of the report is written; the default budget searches.
        var tiny = CliRunner.Run("evaluate", "--arch", "7-7-7", "--samples", "20", "--eta", "0.01", "--budget", "0.001", "--json");
        var ample = CliRunner.Run("evaluate", "--arch", "7-7-7", "--samples", "20", "--eta", "0.01", "--json");
        Assert.That(tiny.ExitCode, Is.EqualTo(0), tiny.Error);
        Assert.That(ample.ExitCode, Is.EqualTo(0), ample.Error);
        var skipped = System.Text.Json.Nodes.JsonNode.Parse(tiny.Out)!;
        var searched = System.Text.Json.Nodes.JsonNode.Parse(ample.Out)!;
        Assert.Multiple(() =>
        {
            Assert.That((string)skipped["minSharpnessDetail"]!["method"]!, Does.Contain("size limit").And.Contain("raise with --budget"));
            Assert.That(skipped["criticalEta"], Is.Null);
            Assert.That(skipped["sharpness"]!.ToJsonString(), Is.EqualTo(searched["sharpness"]!.ToJsonString()), "a cheap field depends on the budget");
            Assert.That((double)searched["minSharpness"]!, Is.GreaterThan(0));
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

using System.Text.Json;
using System.Text.Json.Nodes;
using EosVerify.Tests.Cli;
using Json.Schema;

namespace EosVerify.Tests.Reports.Check;

// `eosverify check` end to end: the files it writes, the schema they follow, and byte-identical repeats.
public class CheckCommandReportTests
{
    private string _root = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-check-");
        _root = _temp.Path;
    }

    [TearDown]
    public void RemoveFolder() => _temp.Dispose();

    private CliOutcome Check(string outFolder, params string[] extra) =>
        CliRunner.Run(["check", "--arch", "1-1-1", "--samples", "6", "--seed", "3", "--eta", "1/10", "--out", Path.Combine(_root, outFolder), .. extra]);

    [Test]
    public void WritesTheReportsAndTheyValidateAgainstTheSchema()
    {
        var outcome = Check("a");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Out + outcome.Error);
        foreach (var name in new[] { "report.json", "report.md", "report.tex", "timings.json" })
            Assert.That(File.Exists(Path.Combine(_root, "a", name)), Is.True, name);

        var schema = ReportSchema.Value;
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_root, "a", "report.json")));
        var result = schema.Evaluate(report.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.That(result.IsValid, Is.True, JsonSerializer.Serialize(result));

        var checks = JsonNode.Parse(File.ReadAllText(Path.Combine(_root, "a", "report.json")))!["reports"]![0]!["checks"]!.AsArray();
        Assert.That(checks.Select(c => c!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "T1", "T2", "T3", "T4" }));
        foreach (var certificate in checks.SelectMany(c => c!["certificates"]!.AsArray()))
            Assert.That(File.Exists(Path.Combine(_root, "a", certificate!.GetValue<string>())), Is.True, "each cited certificate is saved");
    }

    [Test]
    public void TheSameCommandTwiceGivesByteIdenticalReports()
    {
        Assert.That(Check("first").ExitCode, Is.EqualTo(0));
        Assert.That(Check("second").ExitCode, Is.EqualTo(0));
        foreach (var name in new[] { "report.json", "report.md", "report.tex" })
            Assert.That(File.ReadAllBytes(Path.Combine(_root, "second", name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(_root, "first", name))), name);
    }

    [Test]
    public void ASchemaViolationIsDetected()
    {
        // The validation above must be able to fail: a report with an unknown verdict does not validate.
        var schema = ReportSchema.Value;
        Assert.That(Check("c").ExitCode, Is.EqualTo(0));
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(_root, "c", "report.json")))!;
        node["reports"]![0]!["checks"]![0]!["verdict"] = "probably";
        using var broken = JsonDocument.Parse(node.ToJsonString());
        Assert.That(schema.Evaluate(broken.RootElement).IsValid, Is.False);
    }

    [Test]
    public void AViolatedClaimGivesExitCodeOneAndJsonOnStdout()
    {
        // L = 1 at η = 1/λ_max(Sxx) (MATH.md T1's counterexample): the GD map is singular.
        string problem = Path.Combine(_root, "p.json");
        File.WriteAllText(problem, """{"architecture": "2-1", "data": {"moments": {"n": 4, "Sxx": [[1.25, 0.75], [0.75, 1.25]], "Syx": [[1, 0]], "Syy": [[2]]}}, "eta": 0.5}""");
        var outcome = CliRunner.Run("check", "--problem", problem, "--out", Path.Combine(_root, "v"), "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Error);
        var t1 = JsonNode.Parse(outcome.Out)!["reports"]![0]!["checks"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "T1")!;
        Assert.That(t1["verdict"]!.GetValue<string>(), Is.EqualTo("violated"));
        Assert.That(File.ReadAllText(problem), Does.Contain("\"eta\": 0.5"), "the input is untouched");
    }

    [Test]
    public void TheLatexReportCompiles()
    {
        Assert.That(Check("tex").ExitCode, Is.EqualTo(0));
        var result = EosVerify.Reports.Tex.PdfLatex.Compile(Path.Combine(_root, "tex", "report.tex"), TimeSpan.FromSeconds(60));
        if (result.Outcome == EosVerify.Reports.Tex.PdfLatexOutcome.NotFound) Assert.Ignore(result.Message);
        Assert.That(result.Outcome, Is.EqualTo(EosVerify.Reports.Tex.PdfLatexOutcome.Succeeded), string.Join("\n", result.Errors));
    }

    [Test]
    public void ACrashingSolverGivesExitCodeThreeWithTheReason()
    {
        // TestProblems.SmtDecided: T4's verdict needs the SMT query (η inside the certified bracket's band), and the
        // "solver" is a script that crashes.
        string crash = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fakes", "crash.sh");
        string wrapper = Path.Combine(_root, "z3");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec /bin/sh '{crash}' \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        string problem = Path.Combine(_root, "smt-decided.json");
        File.WriteAllText(problem, """{ "architecture": "2-1-2", "data": { "moments": { "n": 4, "Sxx": [[2, 1], [1, 1]], "Syx": [[3, 2], [3, 2]], "Syy": [[6, 5], [5, 6]] } }, "eta": "1/2" }""");
        var outcome = CliRunner.Run("check", "--problem", problem, "--z3-path", wrapper, "--out", Path.Combine(_root, "crash"), "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(3), outcome.Error);
        var asked = JsonNode.Parse(outcome.Out)!["reports"]![0]!["checks"]!.AsArray().Where(c => c!["evidence"]!["reason"]?.GetValue<string>().Contains("crashed") == true).ToList();
        Assert.That(asked, Is.Not.Empty, "some check needed the solver and says it crashed");
        Assert.That(asked.Select(c => c!["verdict"]!.GetValue<string>()), Is.All.EqualTo("inconclusive"));
    }
}

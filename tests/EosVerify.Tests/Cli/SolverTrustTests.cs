using System.Text.Json.Nodes;
using EosVerify.Tests.Smt;

namespace EosVerify.Tests.Cli;

// Issue 9, item 2: a certificate resting on one solver's word says so in the report (solver, version, limit), and
// --require-agreement keeps a lying solver's answer out of the evidence.
public class SolverTrustTests
{
    private static JsonNode Run(string root, params string[] more)
    {
        string problem = SmtBoundProblem.WriteInto(root);
        string output = Path.Combine(root, "out");
        string[] claims = more.Contains("--no-claims") ? [] : ["--claimed-radius", "1"];
        var outcome = CliRunner.Run(["check", "--problem", problem, .. claims, "--out", output, "--quiet", "--timeout", "5", .. more.Where(m => m != "--no-claims")]);
        Assert.That(outcome.ExitCode, Is.Not.EqualTo(2).And.Not.EqualTo(70), outcome.Error);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!;
    }

    [Test]
    public void TheReportStatesThatItsCertificatesRestOnOneSolverWithVersionAndLimit()
    {
        using var temp = new TempFolder("eosverify-trust-");
        string root = temp.Path;
        var report = Run(root);
        var solvers = report["reports"]![0]!["tool"]!["solvers"]!.AsArray().Select(s => s!.GetValue<string>()).ToArray();
        Assert.That(solvers, Has.Some.Contains("rests on z3").And.Some.Contains("alone").And.Some.Contains("Z3 version").And.Some.Contains("rlimit 1000000 per query (decides); wall-clock safety net 5 s"));
    }

    [Test]
    public void RequiringAgreementKeepsALyingSolversAnswerOutOfTheEvidence()
    {
        // T2's rank-drop query is satisfiable here (W* = 0): a solver that always answers unsat lies about it.
        using var temp = new TempFolder("eosverify-trust-");
        string root = temp.Path;
        string liar = FakeSolverScripts.Write("cat > /dev/null\necho unsat");
        var alone = SmtEvidence(Run(root, "--z3-path", liar, "--no-claims"), "T2");
        var together = SmtEvidence(Run(root, "--z3-path", liar, "--require-agreement", "--no-claims"), "T2");
        Assert.Multiple(() =>
        {
            Assert.That(alone["answer"]!.GetValue<string>(), Is.EqualTo("unsat"), "the liar alone is believed (which is why the option exists)");
            Assert.That(together["answer"]!.GetValue<string>(), Is.Not.EqualTo("unsat"));
            Assert.That(together["reason"]!.GetValue<string>(), Does.Contain("disagree"));
        });
    }

    private static JsonNode SmtEvidence(JsonNode report, string id) =>
        report["reports"]![0]!["checks"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == id)!["evidence"]!["smt"]!;
}

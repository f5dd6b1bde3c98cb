using System.Text.Json.Nodes;
using EosVerify.Tests.Smt;

namespace EosVerify.Tests.Cli;

// Issue 9, item 9: a missing, crashing or garbage-printing solver is said once on stderr, and the evidence records
// no answer from it, with the reason (never a certificate on its word).
public class SolverWarningTests
{
    [TestCase("missing", "not found")]
    [TestCase("crash", "crashed")]
    [TestCase("garbage", "error")]
    public void ABrokenSolverIsOneWarningLineAndItsClaimsStayInconclusive(string kind, string said)
    {
        using var temp = new TempFolder("eosverify-warn-");
        string root = temp.Path;
        string problem = SmtBoundProblem.WriteInto(root);
        string z3 = kind switch
        {
            "missing" => "/nonexistent/z3",
            "crash" => FakeSolverScripts.Write("head -c 10 > /dev/null\necho 'segmentation fault' >&2\nexit 139"),
            _ => FakeSolverScripts.Write("cat > /dev/null\necho unsatisfiable\necho 'sure (('"),
        };
        var outcome = CliRunner.Run("check", "--problem", problem, "--claimed-radius", "1", "--z3-path", z3,
            "--out", Path.Combine(root, "out"), "--quiet");
        var warnings = outcome.ErrorLines.Where(l => l.StartsWith("eosverify: warning:", StringComparison.Ordinal)).ToArray();
        var smt = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "out", "report.json")))!["reports"]![0]!["checks"]!.AsArray()
            .Single(c => c!["id"]!.GetValue<string>() == "T2")!["evidence"]!["smt"]!;
        Assert.Multiple(() =>
        {
            Assert.That(warnings, Has.Length.EqualTo(1), outcome.Error);
            Assert.That(warnings.Single(), Does.Contain("z3").And.Contain(said));
            Assert.That(smt["answer"]!.GetValue<string>(), Is.Not.EqualTo("unsat").And.Not.EqualTo("sat"), "a broken solver's output was taken as an answer");
            Assert.That(smt["reason"]!.GetValue<string>(), Is.Not.Empty);
        });
    }
}

using System.Text.Json.Nodes;
using EosVerify.Tests.Smt;

namespace EosVerify.Tests.Cli;

// Issue 9, item 2: a certificate resting on one solver's word says so in the report (solver, version, limit), and
// --require-agreement keeps a lying solver from certifying anything.
public class SolverTrustTests
{
    private static JsonNode Run(string root, params string[] more)
    {
        string problem = SmtBoundProblem.WriteInto(root);
        string output = Path.Combine(root, "out");
        var outcome = CliRunner.Run(["check", "--problem", problem, "--claimed-radius", "1", "--out", output, "--quiet", "--timeout", "5", .. more]);
        Assert.That(outcome.ExitCode, Is.Not.EqualTo(2).And.Not.EqualTo(70), outcome.Error);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!;
    }

    private static string Verdict(JsonNode report, string id) =>
        report["checks"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == id)!["verdict"]!.GetValue<string>();

    private static string Root()
    {
        string root = Path.Combine(Path.GetTempPath(), "eosverify-trust-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return root;
    }

    [Test]
    public void TheReportStatesThatItsCertificatesRestOnOneSolverWithVersionAndLimit()
    {
        string root = Root();
        try
        {
            var report = Run(root);
            var solvers = report["tool"]!["solvers"]!.AsArray().Select(s => s!.GetValue<string>()).ToArray();
            Assert.That(solvers, Has.Some.Contains("rests on z3").And.Some.Contains("alone").And.Some.Contains("Z3 version").And.Some.Contains("5000 ms"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void RequiringAgreementKeepsALyingSolverFromCertifying()
    {
        string root = Root();
        try
        {
            string liar = FakeSolverScripts.Write("cat > /dev/null\necho unsat");
            var alone = Run(root, "--z3-path", liar);
            var together = Run(root, "--z3-path", liar, "--require-agreement");
            Assert.Multiple(() =>
            {
                Assert.That(Verdict(alone, "T3"), Is.EqualTo("holds-certified"), "the liar alone certifies (which is why the option exists)");
                Assert.That(Verdict(together, "T3"), Is.Not.EqualTo("holds-certified"));
                Assert.That(together["tool"]!["solvers"]!.AsArray().Select(s => s!.GetValue<string>()), Has.Some.Contains("both give it"));
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

using System.Text.Json.Nodes;
using EosVerify.Smt;
using EosVerify.Tests.Smt;
using S = EosVerify.Smt.Smt;

namespace EosVerify.Tests.Cli;

// Issue 9, item 2: `eosverify recheck DIR` re-runs every saved certificate through z3 and cvc5 and flags a lying
// solver's certificates; cvc5's unknown is no opinion, never agreement.
public class RecheckCommandTests
{
    private string _root = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateRoot()
    {
        _temp = new TempFolder("eosverify-recheck-");
        _root = _temp.Path;
    }

    [TearDown]
    public void DeleteRoot() => _temp.Dispose();

    private static JsonObject Entry(CliOutcome outcome, string file) =>
        JsonNode.Parse(outcome.Out)!["certificates"]!.AsArray().Single(c => c!["file"]!.GetValue<string>() == file)!.AsObject();

    private void Save(string name, ExpectedAnswer expected, Func<SmtVariable, SmtFormula> formula)
    {
        var query = new SmtQuery { Description = name, Expected = expected };
        query.Assert(formula(query.DeclareReal("x")));
        query.Save(Path.Combine(_root, "certificates", name));
    }

    [Test]
    public void ALyingSolversCertificatesAreFlaggedAsContradicted()
    {
        string problem = SmtBoundProblem.WriteInto(_root);
        string liar = FakeSolverScripts.Write("cat > /dev/null\necho unsat");
        string report = Path.Combine(_root, "report");
        CliRunner.Run("check", "--problem", problem, "--claimed-radius", "1", "--z3-path", liar, "--out", report, "--quiet");
        Assert.That(Directory.GetFiles(report, "*.smt2", SearchOption.AllDirectories), Is.Not.Empty, "the liar's run saved no certificates");

        var outcome = CliRunner.Run("recheck", report, "--timeout", "10", "--json");
        var statuses = JsonNode.Parse(outcome.Out)!["certificates"]!.AsArray().Select(c => c!["status"]!.GetValue<string>()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Error);
            Assert.That(statuses, Has.Some.EqualTo("contradicted"));
            Assert.That(statuses, Has.None.EqualTo("confirmed"), "a certificate resting on the liar's word was confirmed");
        });
    }

    [Test]
    public void ATrueCertificateIsConfirmedByBothAndAnUnknownIsNoOpinion()
    {
        Save("square-negative.smt2", ExpectedAnswer.Unsat, x => S.Lt(x * x, 0));
        Save("square-two.smt2", ExpectedAnswer.Sat, x => S.Eq(x * x, 2)); // cvc5 without libpoly: unknown
        var outcome = CliRunner.Run("recheck", _root, "--timeout", "10", "--json");
        var negative = Entry(outcome, "certificates/square-negative.smt2");
        var two = Entry(outcome, "certificates/square-two.smt2");
        Assert.Multiple(() =>
        {
            Assert.That(negative["status"]!.GetValue<string>(), Is.EqualTo("confirmed"));
            Assert.That(negative["agreement"]!.GetValue<string>(), Is.EqualTo("z3 and cvc5 agree"));
            Assert.That(negative["cvc5"]!["answer"]!.GetValue<string>(), Is.EqualTo("unsat"));
            Assert.That(two["z3"]!["answer"]!.GetValue<string>(), Is.EqualTo("sat"));
            if (two["cvc5"]!["answer"]!.GetValue<string>() != "sat")
                Assert.That(two["agreement"]!.GetValue<string>(), Does.StartWith("z3 only").And.Contain("no opinion"));
        });
    }

    [Test]
    public void ALyingSecondSolverContradictsAndMalformedFilesAreFlagged()
    {
        Save("square-negative.smt2", ExpectedAnswer.Unsat, x => S.Lt(x * x, 0));
        File.WriteAllText(Path.Combine(_root, "certificates", "broken.smt2"), "(assert (> x 0)\n");
        string liar = FakeSolverScripts.Write("cat > /dev/null\necho sat");
        var outcome = CliRunner.Run("recheck", _root, "--cvc5-path", liar, "--json");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(Entry(outcome, "certificates/square-negative.smt2")["status"]!.GetValue<string>(), Is.EqualTo("contradicted"));
            Assert.That(Entry(outcome, "certificates/broken.smt2")["status"]!.GetValue<string>(), Is.EqualTo("malformed"));
        });
    }

    [TestCase("missing")]
    [TestCase("empty")]
    public void AFolderWithoutCertificatesIsOneLineExitTwo(string kind)
    {
        string folder = kind == "missing" ? Path.Combine(_root, "nope") : _root;
        var outcome = CliRunner.Run("recheck", folder);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2));
            Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
            Assert.That(outcome.Error, Does.Contain("DIR"));
        });
    }
}

using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

// Issue 9, item 2: with --require-agreement an answer needs both solvers; an unknown is no opinion, never agreement.
public class AgreeingSmtSolverTests
{
    private static readonly SmtScript Script = new SmtQuery().ToScript();

    private static SolverResult Ask(string first, string second) =>
        new AgreeingSmtSolver(new CannedSmtSolver("z3", first), new CannedSmtSolver("cvc5", second)).Check(Script);

    [Test]
    public void BothUnsatIsUnsatAndSaysBothAgree()
    {
        var result = Ask("unsat", "unsat");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Unsat));
            Assert.That(result.TrustBase, Does.Contain("z3 and cvc5 agree on unsat"));
            Assert.That(result.RestsOnOneSolver, Is.False);
        });
    }

    [TestCase("unsat", "unknown\n(:reason-unknown \"incomplete\")")]
    [TestCase("unknown\n(:reason-unknown \"incomplete\")", "unsat")]
    [TestCase("unsat", "")]
    public void OneAnswerAgainstNoOpinionIsUnknownNeverAnAnswer(string first, string second)
    {
        var result = Ask(first, second);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Unknown));
            Assert.That(result.Reason, Does.Contain("agreement required").And.Contain("no opinion"));
        });
    }

    [Test]
    public void ADefiniteDisagreementIsAnErrorNeverAVerdict()
    {
        var result = Ask("unsat", "sat\n(:reason-unknown \"\")\n((define-fun x () Real 1.0))");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Error));
            Assert.That(result.Reason, Does.Contain("disagree"));
        });
    }

    [Test]
    public void BothSatKeepsTheModel()
    {
        var result = Ask("sat\n(:reason-unknown \"\")\n((define-fun x () Real 2.0))", "sat\n(:reason-unknown \"\")\n((define-fun x () Real 3.0))");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Sat));
            Assert.That(result.Model!.Values["x"].Exact, Is.EqualTo((EosVerify.Algebra.Rational)2));
        });
    }

    [Test]
    public void ALyingSolverCannotCertifyAgainstTheRealCvc5()
    {
        var cvc5 = SolverAvailability.Cvc5(TimeSpan.FromSeconds(10));
        var liar = new ProcessSmtSolver(SolverCommand.Custom("z3", FakeSolverScripts.Write("cat > /dev/null\necho unsat")), TimeSpan.FromSeconds(10));
        var query = new SmtQuery();
        var x = query.DeclareReal("x");
        query.Assert(EosVerify.Smt.Smt.Gt(x, 0));
        var result = new AgreeingSmtSolver(liar, cvc5).Check(query);
        Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Error), result.ToString());
    }
}

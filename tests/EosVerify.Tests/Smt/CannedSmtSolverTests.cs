using EosVerify.Algebra;
using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

// The canned fake feeds reply text through the same interpretation as the process backend.
internal class CannedSmtSolverTests
{
    private static readonly SmtScript Script = SmtScript.ParseFile("(set-logic QF_NRA)\n(check-sat)\n");

    private static SolverResult Reply(string text) => new CannedSmtSolver("fake", text).Check(Script);

    [Test]
    public void UnsatAfterWhichFollowUpErrorsAreExpected()
    {
        var result = Reply("unsat\n(:reason-unknown \"\")\n(error \"line 6 column 10: model is not available\")\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Unsat));
            Assert.That(result.Model, Is.Null);
        });
    }

    [Test]
    public void SatWithModelAfterAnErrorForTheReasonQuery()
    {
        var result = Reply("sat\n(error \"Can't get-info :reason-unknown when the last result wasn't unknown!\")\n(\n(define-fun x () Real (/ (- 1) 9))\n)\n");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Sat));
            Assert.That(result.Model!.Values["x"].Exact, Is.EqualTo(new Rational(-1, 9)));
        });
    }

    [TestCase("unknown\n(:reason-unknown timeout)\n(\n(define-fun x () Real 0.0)\n)", SolverOutcome.Timeout)]
    [TestCase("unknown\n(:reason-unknown \"canceled\")\n(error \"model is not available\")", SolverOutcome.Timeout)]
    [TestCase("unknown\n(:reason-unknown \"(incomplete (theory arithmetic))\")", SolverOutcome.Unknown)]
    [TestCase("unknown\n(:reason-unknown memout)", SolverOutcome.Unknown)]
    [TestCase("unknown", SolverOutcome.Unknown)]
    public void UnknownIsRefinedByItsReason(string reply, SolverOutcome expected)
    {
        var result = Reply(reply);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(expected));
            Assert.That(result.Model, Is.Null, "a model after unknown is meaningless and must not be reported");
            Assert.That(result.Reason, Is.Not.Empty);
        });
    }

    [TestCase("(error \"line 3 column 14: unknown constant z\")", SolverOutcome.Error, "unknown constant z")]
    [TestCase("unsatisfiable", SolverOutcome.Error, "unexpected reply")]
    [TestCase("((( sure", SolverOutcome.Error, "unreadable")]
    [TestCase("(unsat)", SolverOutcome.Error, "unexpected reply")]
    [TestCase("", SolverOutcome.Crashed, "without answering")]
    public void ErrorsAndGarbageAreNeverAnswers(string reply, SolverOutcome expected, string reason)
    {
        var result = Reply(reply);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(expected));
            Assert.That(result.Reason, Does.Contain(reason));
            Assert.That(result.IsAnswer, Is.False);
        });
    }

    [Test]
    public void RecordsScriptsAndRepeatsTheLastReply()
    {
        var solver = new CannedSmtSolver("fake", "sat", "unsat");
        var outcomes = Enumerable.Range(0, 3).Select(_ => solver.Check(Script).Outcome).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(outcomes, Is.EqualTo(new[] { SolverOutcome.Sat, SolverOutcome.Unsat, SolverOutcome.Unsat }));
            Assert.That(solver.Received, Has.Count.EqualTo(3));
            Assert.That(solver.Received[0].Commands, Is.EqualTo("(set-logic QF_NRA)\n"));
        });
    }

    [Test]
    public void NoneSolverAnswersMissing()
    {
        var result = SmtSolvers.Create("none", null, TimeSpan.FromSeconds(1)).Check(Script);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Missing));
            Assert.That(result.Reason, Is.EqualTo("no solver requested"));
        });
    }
}

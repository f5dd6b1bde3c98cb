using EosVerify.Tests.Catalogue;
using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

/// <summary>
/// The resource limit decides: a query that needs more units than given ends ResourceLimit on z3 and cvc5 alike,
/// long before the wall-clock safety net, and the same query with enough units is answered. The query is the
/// generated-2-2-1 certificate of proofs/, which z3 decides in 3,015 units (docs/smt.md).
/// </summary>
internal class ResourceLimitTests
{
    private static SmtCertificate Certificate() => SmtCertificate.Load(Path.Combine(CatalogueFolders.Proofs,
        "generated-2-2-1", "generated-2-2-1-T2-rank-drop.smt2"));

    [Test]
    public void Z3StopsAtItsResourceLimitAndAnswersWithEnough()
    {
        var z3 = SolverAvailability.Z3();
        var script = Certificate().Script;
        var starved = z3.Check(script, new SolverBudget(500, TimeSpan.FromSeconds(60)));
        var enough = z3.Check(script, new SolverBudget(10_000, TimeSpan.FromSeconds(60)));
        Assert.Multiple(() =>
        {
            Assert.That(starved.Outcome, Is.EqualTo(SolverOutcome.ResourceLimit), starved.ToString());
            Assert.That(starved.IsMachineIndependent, Is.True);
            Assert.That(starved.Reason, Does.Contain("resource limit of 500 units"));
            Assert.That(starved.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "stopped by units, not by the clock");
            Assert.That(enough.Outcome, Is.EqualTo(SolverOutcome.Unsat), enough.ToString());
            Assert.That(enough.TrustBase, Does.Contain("rlimit 10000 per query"));
            Assert.That(enough.SolverVersion, Does.StartWith("Z3 version"));
        });
    }

    [Test]
    public void Cvc5StopsAtItsResourceLimit()
    {
        var result = SolverAvailability.Cvc5().Check(Certificate().Script, new SolverBudget(2_000, TimeSpan.FromSeconds(60)));
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.ResourceLimit), result.ToString());
            Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        });
    }

    [TestCase("max. resource limit exceeded", 1, SolverOutcome.ResourceLimit)]
    [TestCase("resourceout", 1, SolverOutcome.ResourceLimit)]
    [TestCase("canceled", 1, SolverOutcome.ResourceLimit)]   // before the safety net could fire: the units ran out
    [TestCase("canceled", 10, SolverOutcome.Timeout)]        // at or after it: counted as the wall clock
    [TestCase("timeout", 10, SolverOutcome.Timeout)]
    [TestCase("(incomplete (theory arithmetic))", 1, SolverOutcome.Unknown)]
    public void TheReasonAndTheTimeTellWhichLimitStoppedTheSolver(string reason, int elapsedSeconds, SolverOutcome expected)
    {
        var (outcome, _, _) = SolverReplies.Interpret($"unknown\n(:reason-unknown \"{reason}\")\n", "", 0);
        var budget = new SolverBudget(1000, TimeSpan.FromSeconds(10));
        var (settled, wording) = SolverReplies.WhichLimit(outcome, reason, TimeSpan.FromSeconds(elapsedSeconds), budget);
        Assert.That(settled, Is.EqualTo(expected), wording);
        if (expected == SolverOutcome.Timeout) Assert.That(wording, Does.Contain("not machine-independent"));
    }
}

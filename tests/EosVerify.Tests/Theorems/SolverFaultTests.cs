using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems;

// With the solver hanging, crashing or absent, `check` still finishes; claims whose verdict needed the solver are
// inconclusive with the reason, nothing is certified on a non-answer, and the exit code is 3.
internal class SolverFaultTests
{
    /// <summary>
    /// 2-2-2 with anisotropic inputs at an η inside the band (2/S_hi, 2/S_lo] where T4's certified bracket does not
    /// decide, above the numeric η* (premise true numerically): there T4 needs the SMT query (P = 8, allowed by
    /// <see cref="Options"/>). Outside the band T4 is decided by exact arithmetic and never asks a solver.
    /// </summary>
    internal static Problem InsideTheBand()
    {
        var problem = T4.BracketProblems.Anisotropic("2-2-2", 2);
        var numeric = new CheckContext(problem, new CheckOptions()).MinSharpness;
        var bracket = MinSharpnessBracket.For(problem, MinimizerTargetFacts.Of(problem).WStar!, numeric.Point);
        double low = 2 / numeric.Value, high = 2 / bracket.Lower.ToDouble();
        Assert.That(high / low, Is.GreaterThan(1.05), "a real band on this problem");
        return problem.WithEta(ExactProjection.Rationalize(Math.Sqrt(low * high)));
    }

    internal static CheckOptions Options(TimeSpan? timeout = null) =>
        new() { MaxSmtParameters = 8, SolverBudget = SolverBudget.WithSafetyTimeout(timeout ?? TimeSpan.FromSeconds(20)) };

    private static string Fake(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fakes", name);

    private static IEnumerable<TestCaseData> FaultySolvers()
    {
        var grace = TimeSpan.FromMilliseconds(500);
        var timeout = TimeSpan.FromSeconds(1);
        string pidFile = Path.Combine(Path.GetTempPath(), "eosverify-fault-" + Guid.NewGuid().ToString("N"));
        yield return new TestCaseData(new ProcessSmtSolver(SolverCommand.Custom("fake-hang", "/bin/sh", [Fake("hang.sh"), pidFile]), timeout, grace), "timeout")
            .SetName("HangingSolver");
        yield return new TestCaseData(new ProcessSmtSolver(SolverCommand.Custom("fake-crash", "/bin/sh", [Fake("crash.sh")]), timeout, grace), "crashed")
            .SetName("CrashingSolver");
        yield return new TestCaseData(new ProcessSmtSolver(SolverCommand.Z3("/nonexistent/z3"), timeout, grace), "missing")
            .SetName("MissingSolver");
        yield return new TestCaseData(new ProcessSmtSolver(SolverCommand.Custom("false", "/bin/false", []), timeout, grace), "crashed")
            .SetName("SolverThatExitsAtOnce");
    }

    [TestCaseSource(nameof(FaultySolvers))]
    public void FaultsMakeTheAffectedClaimInconclusiveAndTheRunExitWithThree(ISmtSolver solver, string outcome)
    {
        using var temp = new TempFolder("eosverify-fault-");
        string folder = temp.Path;
        var report = new TheoremChecker(Options(TimeSpan.FromSeconds(1)), solver, folder)
            .Check(InsideTheBand());
        var t4 = report.Checks.Single(c => c.Id == "T4");
        Assert.Multiple(() =>
        {
            Assert.That(t4.Verdict, Is.EqualTo(Verdict.Inconclusive));
            Assert.That(t4.EvidenceAs<LargeStepInstabilityEvidence>().Reason, Does.Contain(outcome));
            Assert.That(t4.Certificates, Is.Empty);
            Assert.That(report.Checks.Where(c => c.Verdict == Verdict.HoldsCertified).SelectMany(c => c.Certificates), Is.Empty,
                "no certificate can come from a solver that never answered");
            Assert.That(report.Checks.Any(c => c.Verdict == Verdict.Violated), Is.False);
            Assert.That(report.ExitCode, Is.EqualTo(3));
        });
    }

    [Test]
    public void AnUnsatAnswerCertifiesTheSameClaimAndCitesItsCertificate()
    {
        // z3 4.8 does not answer this 8-variable query within 20 s (measured), so an answering solver is canned here;
        // outside the band T4 needs no solver at all (LargeStepBracketVerdictTests).
        using var temp = new TempFolder("eosverify-fault-");
        string folder = temp.Path;
        var report = new TheoremChecker(Options(), new CannedSmtSolver("canned", "unsat\n"), folder).Check(InsideTheBand());
        var t4 = report.Checks.Single(c => c.Id == "T4");
        Assert.That(t4.Verdict, Is.EqualTo(Verdict.HoldsCertified), t4.Summary);
        Assert.That(File.ReadAllText(Path.Combine(folder, t4.Certificates.Single())), Does.Contain("expected: unsat"));
    }

    [Test]
    public void NoSolverRequestedLeavesNumericalEvidence()
    {
        var report = new TheoremChecker(Options(), new NoSmtSolver(), Path.GetTempPath()).Check(InsideTheBand());
        Assert.That(report.Checks.Single(c => c.Id == "T4").Verdict, Is.EqualTo(Verdict.HoldsNumerical));
    }
}

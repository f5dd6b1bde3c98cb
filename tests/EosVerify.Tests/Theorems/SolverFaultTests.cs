using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems;

// With the solver hanging, crashing or absent, `check` still finishes; claims whose verdict needed the solver are
// inconclusive with the reason, nothing is certified on a non-answer, and the exit code is 3.
public class SolverFaultTests
{
    private static Problem BeyondCriticalStep()
    {
        var problem = TestProblems.Generated("2-2-1", 1);
        double etaStar = new CheckContext(problem, new CheckOptions()).MinSharpness.CriticalEta;
        return problem.WithEta(ExactProjection.Rationalize(3 * etaStar));
    }

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
        var folder = Directory.CreateTempSubdirectory("eosverify-fault-").FullName;
        try
        {
            var report = new TheoremChecker(new CheckOptions { SolverTimeout = TimeSpan.FromSeconds(1) }, solver, folder)
                .Check(BeyondCriticalStep());
            var t4 = report.Checks.Single(c => c.Id == "T4");
            Assert.Multiple(() =>
            {
                Assert.That(t4.Verdict, Is.EqualTo(Verdict.Inconclusive));
                Assert.That(t4.Evidence["reason"]!.GetValue<string>(), Does.Contain(outcome));
                Assert.That(t4.Certificates, Is.Empty);
                Assert.That(report.Checks.Where(c => c.Verdict == Verdict.HoldsCertified).SelectMany(c => c.Certificates), Is.Empty,
                    "no certificate can come from a solver that never answered");
                Assert.That(report.Checks.Any(c => c.Verdict == Verdict.Violated), Is.False);
                Assert.That(report.ExitCode, Is.EqualTo(3));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void AWorkingSolverCertifiesTheSameClaim()
    {
        var folder = Directory.CreateTempSubdirectory("eosverify-fault-").FullName;
        try
        {
            var report = new TheoremChecker(new CheckOptions(), SmtSolvers.Create("z3", null, TimeSpan.FromSeconds(20)), folder)
                .Check(BeyondCriticalStep());
            var t4 = report.Checks.Single(c => c.Id == "T4");
            Assert.That(t4.Verdict, Is.EqualTo(Verdict.HoldsCertified), t4.Summary);
            Assert.That(File.ReadAllText(Path.Combine(folder, t4.Certificates.Single())), Does.Contain("expected: unsat"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void NoSolverRequestedLeavesNumericalEvidence()
    {
        var report = new TheoremChecker(new CheckOptions(), new NoSmtSolver(), Path.GetTempPath()).Check(BeyondCriticalStep());
        Assert.That(report.Checks.Single(c => c.Id == "T4").Verdict, Is.EqualTo(Verdict.HoldsNumerical));
    }
}

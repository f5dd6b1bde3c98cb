using System.Diagnostics;
using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

// The process backend pointed at misbehaving fake executables (tests/EosVerify.Tests/Fakes/*.sh, run by /bin/sh):
// every case must end in a clean outcome, never an exception and never a false unsat.
public class ProcessSmtSolverFakeTests
{
    private static readonly SmtScript Script = new SmtQuery().ToScript();
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(500);
    // The machine is shared; a killed process may take a moment to be scheduled.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(2);

    private static string Fake(string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fakes", name);
        Assert.That(File.Exists(path), Is.True, $"fake solver {path} was not copied to the test output");
        return path;
    }

    private static ProcessSmtSolver FakeSolver(string script, params string[] arguments) =>
        new(SolverCommand.Custom("fake", "/bin/sh", [Fake(script), .. arguments]), TimeSpan.FromSeconds(5), Grace);

    [Test]
    public void HangingSolverIsKilledWithinTimeoutPlusGraceWithNoProcessLeft()
    {
        var pidFile = Path.Combine(TestContext.CurrentContext.WorkDirectory, "hang-" + Guid.NewGuid().ToString("N"));
        var timeout = TimeSpan.FromMilliseconds(800);
        var stopwatch = Stopwatch.StartNew();
        var result = FakeSolver("hang.sh", pidFile).Check(Script, timeout);
        stopwatch.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Timeout));
            Assert.That(result.Reason, Does.Contain("process killed"));
            Assert.That(stopwatch.Elapsed, Is.LessThan(timeout + Grace + Slack));
            Assert.That(stopwatch.Elapsed, Is.GreaterThanOrEqualTo(timeout), "killed before its limit");
        });
        AssertProcessesGone(pidFile);
    }

    [Test]
    public void CancellationKillsTheSolverAndThrows()
    {
        var pidFile = Path.Combine(TestContext.CurrentContext.WorkDirectory, "hang-" + Guid.NewGuid().ToString("N"));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(700));
        var stopwatch = Stopwatch.StartNew();
        Assert.That(async () => await FakeSolver("hang.sh", pidFile).CheckAsync(Script, SolverBudget.WithSafetyTimeout(TimeSpan.FromSeconds(30)), cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromMilliseconds(700) + Grace + Slack));
        AssertProcessesGone(pidFile);
    }

    [Test]
    public void CrashingSolverIsCrashedWithItsStderr()
    {
        var result = FakeSolver("crash.sh").Check(Script);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Crashed));
            Assert.That(result.Reason, Does.Contain("code 1"));
            Assert.That(result.Reason, Does.Contain("internal error (simulated crash)"));
        });
    }

    [TestCase("unbalanced", "unreadable")]
    [TestCase("word", "unexpected reply")]
    [TestCase("binary", "unexpected reply")]
    public void GarbageIsAnErrorNotAnAnswer(string kind, string reason)
    {
        var result = FakeSolver("garbage.sh", kind).Check(Script);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Error));
            Assert.That(result.Reason, Does.Contain(reason));
        });
    }

    [Test]
    public void UnsatFakeIsUnsatEvenThoughItExitsWithCodeOneAfterTheModelError()
    {
        var result = FakeSolver("unsat.sh").Check(Script);
        Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Unsat));
    }

    [Test]
    public void SilentSolverCrashed()
    {
        var result = FakeSolver("silent.sh").Check(Script);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Crashed));
            Assert.That(result.Reason, Does.Contain("code 0 without answering"));
        });
    }

    [Test]
    public void BinFalseIsACleanCrash()
    {
        var solver = new ProcessSmtSolver(SolverCommand.Z3("/bin/false"), TimeSpan.FromSeconds(5), Grace);
        var result = solver.Check(Script);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Crashed));
            Assert.That(result.Reason, Does.Contain("exited with code 1"));
        });
    }

    [Test]
    public void MissingExecutableNamesTheFix()
    {
        var z3 = new ProcessSmtSolver(SolverCommand.Z3("/nonexistent/z3"), TimeSpan.FromSeconds(5)).Check(Script);
        var cvc5 = new ProcessSmtSolver(SolverCommand.Cvc5("no-such-cvc5-on-path"), TimeSpan.FromSeconds(5)).Check(Script);
        Assert.Multiple(() =>
        {
            Assert.That(z3.Outcome, Is.EqualTo(SolverOutcome.Missing));
            Assert.That(z3.Reason, Is.EqualTo("/nonexistent/z3 not found: install the Debian package z3, or pass --z3-path"));
            Assert.That(cvc5.Outcome, Is.EqualTo(SolverOutcome.Missing));
            Assert.That(cvc5.Reason, Does.Contain("install the Debian package cvc5, or pass --cvc5-path"));
        });
    }

    [Test]
    public void NonExecutableFileIsAnError()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("Unix file modes only.");
        var notExecutable = Path.Combine(TestContext.CurrentContext.WorkDirectory, "not-executable-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(notExecutable, "unsat\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(notExecutable, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var error = new ProcessSmtSolver(SolverCommand.Custom("fake", notExecutable), TimeSpan.FromSeconds(5)).Check(Script);
        Assert.Multiple(() =>
        {
            Assert.That(error.Outcome, Is.EqualTo(SolverOutcome.Error));
            Assert.That(error.Reason, Does.StartWith("cannot start"));
        });
    }

    [Test]
    public void ArgumentsCarryTheResourceLimitAndTheSafetyNet()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SolverCommand.Z3().ArgumentsFor(new SolverBudget(7000, TimeSpan.FromMilliseconds(200))),
                Is.EqualTo(new[] { "-in", "-smt2", "rlimit=7000", "tactic.default_tactic=qfnra-nlsat", "-t:200" }));
            Assert.That(SolverCommand.Cvc5().ArgumentsFor(new SolverBudget(7000, TimeSpan.FromSeconds(2))),
                Is.EqualTo(new[] { "--lang", "smt2", "--rlimit-per=7000", "--tlimit-per=2000", "--produce-models" }));
            Assert.That(SolverCommand.Custom("f", "/bin/f", "-x", "{timeout-ms}", "{rlimit}").ArgumentsFor(new SolverBudget(9, TimeSpan.FromMilliseconds(1.5))),
                Is.EqualTo(new[] { "-x", "2", "9" }));
        });
    }

    [Test]
    public void InvalidTimeoutsAreRejected()
    {
        var solver = FakeSolver("unsat.sh");
        Assert.Multiple(() =>
        {
            Assert.That(() => solver.Check(Script, TimeSpan.Zero), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new ProcessSmtSolver(SolverCommand.Z3(), TimeSpan.FromSeconds(-1)), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => solver.Check(Script, new SolverBudget(0, TimeSpan.FromSeconds(1))), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => solver.Check(Script, new SolverBudget(SolverBudget.MaxResourceLimit + 1, TimeSpan.FromSeconds(1))), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    private static void AssertProcessesGone(string pidFile)
    {
        var pids = FakeSolverScripts.ReadPids(pidFile, TimeSpan.Zero);
        Assert.That(pids, Has.Length.EqualTo(2));
        FakeSolverScripts.AssertGone(pids, Slack);
    }
}

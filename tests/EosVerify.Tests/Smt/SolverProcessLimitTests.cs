using System.Diagnostics;
using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

// Issue 9, items 5 and 8: the solver's whole process group dies on every way out, and what is read from a solver
// is bounded in bytes and in time.
public class SolverProcessLimitTests
{
    private static readonly SmtScript Script = new SmtQuery().ToScript();
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(2);

    /// <summary>How long a condition is waited for on a loaded machine (the wait ends as soon as it holds).</summary>
    private static readonly TimeSpan LoadedSlack = TimeSpan.FromSeconds(30);

    private static ProcessSmtSolver Solver(string executable, long maxOutputBytes = ProcessSmtSolver.DefaultMaxOutputBytes) =>
        new(SolverCommand.Custom("fake", executable), TimeSpan.FromSeconds(10), Grace, maxOutputBytes);

    [Test]
    public void ABackgroundChildHoldingStdoutOpenIsKilledAndTheAnswerStillRead()
    {
        var pidFile = FakeSolverScripts.PidFile();
        var fake = FakeSolverScripts.Write($"cat > /dev/null\nsleep 600 &\necho $! > {pidFile}\necho unsat\nexit 0");
        // A generous grace: reading the reply after the group is killed returns as soon as stdout closes, so the
        // grace only bounds a loaded machine's delay (a 0.5 s grace made this test fail under load); the bounds below
        // stay far below the child's 600 s, so waiting for the child still fails the test.
        var solver = new ProcessSmtSolver(SolverCommand.Custom("fake", fake), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20));
        var clock = Stopwatch.StartNew();
        var result = solver.Check(Script);
        clock.Stop();
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Unsat), result.ToString());
            // Unsat (not "exited without answering") shows the reply was read rather than given up on after the grace
            // period; the time shows nobody waited for the 600 s child (it includes the one-off --version probe).
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "waited for the background child to close stdout");
        });
        FakeSolverScripts.AssertGone(FakeSolverScripts.ReadPids(pidFile, LoadedSlack), LoadedSlack);
    }

    [Test]
    public void ADetachedGrandchildOfAHangingSolverDiesWithTheGroupAtTheTimeout()
    {
        // The subshell exits at once, so its sleep is re-parented to init: no process-tree walk finds it.
        var pidFile = FakeSolverScripts.PidFile();
        var fake = FakeSolverScripts.Write($"(sleep 600 & echo $! > {pidFile}) \nsleep 600");
        var result = Solver(fake).Check(Script, TimeSpan.FromMilliseconds(500));
        Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Timeout));
        FakeSolverScripts.AssertGone(FakeSolverScripts.ReadPids(pidFile, Slack), Slack);
        Assert.That(ProcessGroups.LiveCount, Is.Zero, "a killed group is still listed as live");
    }

    [Test]
    public void EndlessOutputStopsAtTheByteBudgetAsAnErrorNeverAnAnswer()
    {
        var fake = FakeSolverScripts.Write("cat > /dev/null\nyes unsat");
        var clock = Stopwatch.StartNew();
        var result = Solver(fake, maxOutputBytes: 4096).Check(Script, TimeSpan.FromSeconds(20));
        clock.Stop();
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Error));
            Assert.That(result.Reason, Does.Contain("more than 4096 bytes"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "the flood was read to its end");
        });
    }

    [Test]
    public void TwoHundredMegabytesOfOutputNeverReachMemory()
    {
        var fake = FakeSolverScripts.Write("cat > /dev/null\nhead -c 200000000 /dev/zero | tr '\\0' 'x'");
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = Solver(fake).Check(Script, TimeSpan.FromSeconds(30));
        clock.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Error), result.ToString());
            Assert.That(allocated, Is.LessThan(200L * 1024 * 1024), "the output was kept in memory");
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
        });
    }

    [Test]
    public void ParsingStopsAtTheDeadline()
    {
        var text = string.Concat(Enumerable.Repeat("(a b c) ", 100_000));
        using var expired = new CancellationTokenSource();
        expired.Cancel();
        Assert.Multiple(() =>
        {
            Assert.That(() => SExprReader.ReadAll(text, expired.Token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(SExprReader.ReadAll(text), Has.Count.EqualTo(100_000));
        });
    }
}

using System.Diagnostics;
using EosVerify.Tests.Packaging;
using EosVerify.Tests.Smt;

namespace EosVerify.Tests.Cli;

// Issue 9, item 5: SIGINT or SIGTERM to a running command (sent with kill from here to a child process) ends it with
// 130 or 143 and one line; no solver process survives, not even a wrapper's background child; the output folder is as
// it was before the run.
[NonParallelizable]
public class SignalTests
{
    [TestCase("INT", 130)]
    [TestCase("TERM", 143)]
    public void ASignalStopsTheSolverGroupAndLeavesTheOutputFolderAsItWas(string signal, int expectedCode)
    {
        using var temp = new TempFolder("eosverify-signal-");
        string root = temp.Path;
        string problem = SmtBoundProblem.WriteInto(root);
        string output = Path.Combine(root, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "report.json"), "an earlier run");
        string pidFile = FakeSolverScripts.PidFile();
        // A wrapper whose background child keeps stdout open, and which never answers.
        string fake = FakeSolverScripts.Write($"sleep 600 &\necho \"$$ $!\" > {pidFile}.tmp && mv {pidFile}.tmp {pidFile}\nwait");

        using var tool = Start(problem, output, fake);
        var solverPids = FakeSolverScripts.ReadPids(pidFile, TimeSpan.FromSeconds(60));
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", [$"-{signal}", tool.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        bool exited = tool.WaitForExit(TimeSpan.FromSeconds(15));
        if (!exited) tool.Kill(entireProcessTree: true);
        string stderr = tool.StandardError.ReadToEnd();
        Assert.Multiple(() =>
        {
            Assert.That(exited, Is.True, "the tool did not exit after the signal");
            Assert.That(tool.ExitCode, Is.EqualTo(expectedCode), stderr);
            Assert.That(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), stderr);
            Assert.That(stderr, Does.Contain("interrupted by SIG" + signal));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
            Assert.That(Directory.GetFileSystemEntries(output).Select(Path.GetFileName), Is.EqualTo(new[] { "report.json" }));
            Assert.That(File.ReadAllText(Path.Combine(output, "report.json")), Is.EqualTo("an earlier run"));
            Assert.That(Directory.GetFileSystemEntries(root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "problem.json", "out" }),
                "a staging folder was left behind");
        });
        FakeSolverScripts.AssertGone(solverPids, TimeSpan.FromSeconds(2));
    }

    [Test]
    public void ASignalDuringALongComputationWithoutCancellationPointsStillEndsTheToolWithOneLine()
    {
        // evaluate on 12-12-12 spends its whole budget in the S_min search, which has no cancellation points: the tool gives the
        // command Interruption.ForcedExitDelay to unwind, then exits by itself.
        using var tool = StartTool("evaluate", "--arch", "12-12-12", "--samples", "20", "--eta", "0.01", "--quiet");
        Thread.Sleep(TimeSpan.FromSeconds(3));
        Assert.That(tool.HasExited, Is.False, "evaluate finished before the signal; pick a larger problem");
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", tool.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        bool exited = tool.WaitForExit(TimeSpan.FromSeconds(20));
        if (!exited) tool.Kill(entireProcessTree: true);
        string stderr = tool.StandardError.ReadToEnd();
        Assert.Multiple(() =>
        {
            Assert.That(exited, Is.True, "the tool did not exit after SIGTERM");
            Assert.That(tool.ExitCode, Is.EqualTo(143), stderr);
            Assert.That(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), stderr);
            Assert.That(stderr, Does.Contain("interrupted by SIGTERM"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
        });
    }

    private static Process Start(string problem, string output, string fake) =>
        StartTool("check", "--problem", problem, "--claimed-radius", "1", "--z3-path", fake, "--timeout", "120", "--out", output, "--quiet");

    private static Process StartTool(params string[] arguments)
    {
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "EosVerify.Cli.dll");
        var start = new ProcessStartInfo(ProcessRunner.Dotnet)
        {
            RedirectStandardOutput = false,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the tool");
    }
}

using System.Diagnostics;
using EosVerify.Tests.Packaging;

namespace EosVerify.Tests.Theorems.Sizes;

/// <summary>One `eosverify` run as a child process: exit code, wall time and peak resident memory.</summary>
internal sealed record ChildRun(int ExitCode, string Error, TimeSpan Elapsed, long PeakBytes);

internal static class EosVerifyChild
{
    /// <summary>
    /// Runs the CLI next to the test assembly. Peak memory is the kernel's high-water mark (VmHWM in /proc/PID/status,
    /// monotonic) polled every 50 ms, so it can miss only what is allocated in the last 50 ms before exit.
    /// </summary>
    public static ChildRun Run(TimeSpan limit, params string[] arguments)
    {
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "EosVerify.Cli.dll");
        var start = new ProcessStartInfo(ProcessRunner.Dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start eosverify");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            if (clock.Elapsed > limit)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"eosverify {string.Join(' ', arguments)} did not finish in {limit.TotalSeconds} s (peak {peak / 1e6:0} MB)");
            }
        }
        process.WaitForExit();
        clock.Stop();
        _ = stdout.Result;
        return new ChildRun(process.ExitCode, stderr.Result, clock.Elapsed, peak);
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }
}

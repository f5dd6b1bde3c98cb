using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace EosVerify.Smt;

/// <summary>
/// Runs a solver executable per query in batch mode: writes the script and the protocol commands to stdin, closes
/// it, and reads the replies from stdout. Two limits: the solver's own per-query limit (passed as a flag), and a
/// wall-clock limit of timeout + <see cref="Grace"/> after which the whole process tree is killed and reaped.
/// </summary>
public sealed class ProcessSmtSolver : ISmtSolver
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public ProcessSmtSolver(SolverCommand command, TimeSpan defaultTimeout, TimeSpan? grace = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        Command = command;
        DefaultTimeout = SmtSolverExtensions.ValidTimeout(defaultTimeout, defaultTimeout);
        Grace = grace ?? TimeSpan.FromSeconds(2);
        if (Grace < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(grace), grace, "The grace period must not be negative.");
    }

    public SolverCommand Command { get; }
    public TimeSpan DefaultTimeout { get; }

    /// <summary>Extra wall-clock time beyond the per-query limit before the process is killed (solvers overrun their limits).</summary>
    public TimeSpan Grace { get; }

    public string Name => Command.Name;

    public string Description =>
        $"{Command.Name} process: {Command.Executable} {string.Join(' ', Command.ArgumentsFor(DefaultTimeout))} (killed after timeout + {Grace.TotalSeconds:0.###} s)";

    public async Task<SolverResult> CheckAsync(SmtScript script, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var limit = SmtSolverExtensions.ValidTimeout(timeout, DefaultTimeout);
        cancellationToken.ThrowIfCancellationRequested();
        var stopwatch = Stopwatch.StartNew();

        var executable = Command.ResolveExecutable();
        if (executable is null)
            return Result(SolverOutcome.Missing, $"{Command.Executable} not found: {Command.MissingAdvice}", null, stopwatch);

        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = Utf8NoBom,
            StandardOutputEncoding = Utf8NoBom,
            StandardErrorEncoding = Utf8NoBom,
        };
        foreach (var argument in Command.ArgumentsFor(limit)) startInfo.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new Win32Exception("Process.Start returned no process.");
        }
        catch (Win32Exception e)
        {
            return Result(SolverOutcome.Error, $"cannot start {executable}: {e.Message} ({Command.MissingAdvice})", null, stopwatch);
        }

        using (process)
        {
            int killed = 0;
            using var wallClock = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wallClock.CancelAfter(limit + Grace);
            var stdoutTask = process.StandardOutput.ReadToEndAsync();
            var stderrTask = process.StandardError.ReadToEndAsync();
            using (wallClock.Token.Register(() => { Interlocked.Exchange(ref killed, 1); KillTree(process); }))
            {
                try
                {
                    await process.StandardInput.WriteAsync(script.Commands + SolverReplies.Protocol).ConfigureAwait(false);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The process exited (or was killed) before reading everything; its output says what happened.
                }
                catch (ObjectDisposedException)
                {
                }
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }

            // A grandchild that escaped the kill could hold stdout open: do not wait for it beyond the grace period.
            var stdout = await ReadOrGiveUp(stdoutTask, Grace).ConfigureAwait(false);
            var stderr = await ReadOrGiveUp(stderrTask, Grace).ConfigureAwait(false);

            if (Volatile.Read(ref killed) == 1)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Result(SolverOutcome.Timeout,
                    $"no answer within {limit.TotalMilliseconds:0} ms + {Grace.TotalMilliseconds:0} ms grace; process killed (raise it with --timeout)",
                    null, stopwatch);
            }
            var (outcome, reason, model) = SolverReplies.Interpret(stdout, stderr, process.ExitCode);
            if (outcome == SolverOutcome.Timeout) reason = $"{reason} after {limit.TotalMilliseconds:0} ms (raise it with --timeout)";
            return Result(outcome, reason, model, stopwatch);
        }
    }

    private SolverResult Result(SolverOutcome outcome, string reason, SmtModel? model, Stopwatch stopwatch) =>
        new(outcome, reason, model, Name, stopwatch.Elapsed);

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        catch (Win32Exception)
        {
            // Exited while being killed, or not ours to kill; WaitForExit below still reaps the direct child.
        }
    }

    private static async Task<string> ReadOrGiveUp(Task<string> read, TimeSpan wait)
    {
        var finished = await Task.WhenAny(read, Task.Delay(wait)).ConfigureAwait(false);
        return finished == read ? await read.ConfigureAwait(false) : "";
    }
}

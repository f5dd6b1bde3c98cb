using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace EosVerify.Smt;

/// <summary>
/// Runs a solver executable per query in batch mode: writes the script and the protocol commands to stdin, closes
/// it, and reads the replies from stdout. Limits: the budget's resource limit, which decides (passed as a flag);
/// its wall-clock safety net (also passed as a flag), plus <see cref="Grace"/> after which the solver's whole
/// process group is killed and reaped (also enforced while its reply is parsed); and a bound on how much of its output is read
/// (<see cref="MaxOutputBytes"/>). The group is killed on every way out: answer, timeout, overflow, cancellation.
/// </summary>
internal sealed class ProcessSmtSolver : ISmtSolver
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What is kept of a solver's stdout by default: far more than any model of a certificate query.</summary>
    public const long DefaultMaxOutputBytes = 16L * 1024 * 1024;

    private const long MaxErrorBytes = 64 * 1024;
    private const int NotStopped = 0, StoppedForTime = 1, StoppedForSize = 2;

    /// <param name="command">The executable and how it takes a budget.</param>
    /// <param name="defaultBudget">The per-query budget when a call gives none.</param>
    /// <param name="grace">Extra wall-clock time before the process group is killed (default 2 s).</param>
    /// <param name="maxOutputBytes">The most bytes read from the solver's stdout; beyond it the solver is killed (an error outcome).</param>
    public ProcessSmtSolver(SolverCommand command, SolverBudget defaultBudget, TimeSpan? grace = null, long maxOutputBytes = DefaultMaxOutputBytes)
    {
        ArgumentNullException.ThrowIfNull(defaultBudget);
        if (maxOutputBytes < 1) throw new ArgumentOutOfRangeException(nameof(maxOutputBytes), maxOutputBytes, "The output limit must be positive.");
        MaxOutputBytes = maxOutputBytes;
        _version = new Lazy<string>(() => SolverVersion.Ask(command));
        ArgumentNullException.ThrowIfNull(command);
        Command = command;
        DefaultBudget = defaultBudget.Validated();
        Grace = grace ?? TimeSpan.FromSeconds(2);
        if (Grace < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(grace), grace, "The grace period must not be negative.");
    }

    /// <summary>The default resource limit with the wall-clock safety net <paramref name="defaultTimeout"/>.</summary>
    public ProcessSmtSolver(SolverCommand command, TimeSpan defaultTimeout, TimeSpan? grace = null, long maxOutputBytes = DefaultMaxOutputBytes)
        : this(command, SolverBudget.WithSafetyTimeout(defaultTimeout), grace, maxOutputBytes)
    {
    }

    public SolverCommand Command { get; }
    public SolverBudget DefaultBudget { get; }

    /// <summary>Extra wall-clock time beyond the per-query limit before the process is killed (solvers overrun their limits).</summary>
    public TimeSpan Grace { get; }

    /// <summary>The most bytes read from the solver's stdout before it is killed.</summary>
    public long MaxOutputBytes { get; }

    public string Name => Command.Name;

    public string Description =>
        $"{Command.Name} process: {Command.Executable} {string.Join(' ', Command.ArgumentsFor(DefaultBudget))} (killed after the wall-clock safety net + {Grace.TotalSeconds:0.###} s)";

    /// <summary>The first line the executable prints for --version (asked once), or why it could not be asked.</summary>
    public string Version => _version.Value;

    private readonly Lazy<string> _version;

    /// <summary>What an answer of this solver rests on: the solver alone, its version and the budget.</summary>
    public string TrustBaseFor(SolverBudget budget) => $"{Name} alone ({Version}; {budget})";

    public async Task<SolverResult> CheckAsync(SmtScript script, SolverBudget? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var limit = SmtSolverExtensions.ValidBudget(budget, DefaultBudget);
        cancellationToken.ThrowIfCancellationRequested();
        var stopwatch = Stopwatch.StartNew();

        var executable = Command.ResolveExecutable();
        if (executable is null)
            return Result(SolverOutcome.Missing, $"{Command.Executable} not found: {Command.MissingAdvice}", null, stopwatch, limit);

        if (!ExecutableFile.IsExecutable(executable))
            return Result(SolverOutcome.Error, $"cannot start {executable}: it is not executable (Permission denied) ({Command.MissingAdvice})", null, stopwatch, limit);

        var setsid = ProcessGroups.Setsid;
        var startInfo = new ProcessStartInfo(setsid ?? executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = Utf8NoBom,
        };
        if (setsid is not null) startInfo.ArgumentList.Add(executable);
        foreach (var argument in Command.ArgumentsFor(limit)) startInfo.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new Win32Exception("Process.Start returned no process.");
        }
        catch (Win32Exception e)
        {
            return Result(SolverOutcome.Error, $"cannot start {executable}: {e.Message} ({Command.MissingAdvice})", null, stopwatch, limit);
        }

        // setsid makes the solver the leader of a new process group whose id is its pid.
        int group = setsid is null ? 0 : process.Id;
        if (group > 0) ProcessGroups.Register(group);
        using (process)
        {
            try
            {
                return await Converse(process, group, script, limit, stopwatch, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Stop(process, group);
            }
        }
    }

    private async Task<SolverResult> Converse(Process process, int group, SmtScript script, SolverBudget limit, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        int stopReason = NotStopped;
        void StopFor(int reason)
        {
            Interlocked.CompareExchange(ref stopReason, reason, NotStopped);
            Stop(process, group);
        }

        using var wallClock = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wallClock.CancelAfter(limit.SafetyTimeout + Grace);
        var stdoutTask = BoundedOutput.ReadAsync(process.StandardOutput.BaseStream, MaxOutputBytes, () => StopFor(StoppedForSize));
        var stderrTask = BoundedOutput.ReadAsync(process.StandardError.BaseStream, MaxErrorBytes, onOverflow: null);
        using (wallClock.Token.Register(() => StopFor(StoppedForTime)))
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

        // The solver has exited; children it left behind (a wrapper's background job) would hold stdout open.
        Stop(process, group);
        var stdout = await ReadOrGiveUp(stdoutTask, Grace).ConfigureAwait(false);
        var stderr = await ReadOrGiveUp(stderrTask, Grace).ConfigureAwait(false);

        switch (Volatile.Read(ref stopReason))
        {
            case StoppedForTime:
                cancellationToken.ThrowIfCancellationRequested();
                return Result(SolverOutcome.Timeout,
                    $"no answer within the wall-clock safety net of {limit.SafetyTimeout.TotalMilliseconds:0} ms + {Grace.TotalMilliseconds:0} ms grace; process killed (raise it with --timeout)",
                    null, stopwatch, limit);
            case StoppedForSize:
                return Result(SolverOutcome.Error,
                    $"the solver printed more than {MaxOutputBytes} bytes; process killed and its output ignored", null, stopwatch, limit);
        }
        try
        {
            var (outcome, reason, model) = SolverReplies.Interpret(stdout.Text, stderr.Text, process.ExitCode, wallClock.Token);
            (outcome, reason) = SolverReplies.WhichLimit(outcome, reason, stopwatch.Elapsed, limit);
            var result = Result(outcome, reason, model, stopwatch, limit);
            return result.IsAnswer ? result with { TrustBase = TrustBaseFor(limit) } : result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result(SolverOutcome.Timeout,
                $"the solver's reply could not be read within the wall-clock safety net of {limit.SafetyTimeout.TotalMilliseconds:0} ms + {Grace.TotalMilliseconds:0} ms grace (raise it with --timeout)",
                null, stopwatch, limit);
        }
    }

    private SolverResult Result(SolverOutcome outcome, string reason, SmtModel? model, Stopwatch stopwatch, SolverBudget budget) =>
        new(outcome, reason, model, Name, stopwatch.Elapsed) { Budget = budget, SolverVersion = Version };

    /// <summary>Kills the solver's process group (or, without setsid, its process tree). Safe to call repeatedly.</summary>
    private static void Stop(Process process, int group)
    {
        if (group > 0)
        {
            ProcessGroups.Kill(group);
            return;
        }
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
            // Exited while being killed; WaitForExit still reaps the direct child.
        }
    }

    private static async Task<BoundedOutput> ReadOrGiveUp(Task<BoundedOutput> read, TimeSpan wait)
    {
        var finished = await Task.WhenAny(read, Task.Delay(wait)).ConfigureAwait(false);
        return finished == read ? await read.ConfigureAwait(false) : new BoundedOutput("", Overflowed: false);
    }
}

using System.Runtime.InteropServices;
using EosVerify.Reports;
using EosVerify.Smt;

namespace EosVerify.Cli;

/// <summary>
/// SIGINT and SIGTERM for the whole tool. A signal cancels <see cref="Token"/> (the running command unwinds: its
/// solver's process group is killed, its staging folder removed) and kills every solver process group at once. If the
/// command has not returned within <see cref="ForcedExitDelay"/> (a long exact computation between cancellation
/// checks), the tool removes the staging folders itself and exits. Either way it prints one line and exits with
/// 128 + the signal number: 130 for SIGINT, 143 for SIGTERM.
/// </summary>
internal sealed class Interruption : IDisposable
{
    /// <summary>How long the command may take to unwind after a signal before the tool exits without it.</summary>
    public static readonly TimeSpan ForcedExitDelay = TimeSpan.FromSeconds(3);

    private readonly CancellationTokenSource _cancellation = new();
    private readonly TextWriter _error;
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly object _exitLock = new();
    private PosixSignal? _signal;
    private bool _reported;

    private Interruption(TextWriter error)
    {
        _error = error;
        if (OperatingSystem.IsWindows()) return;
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal));
    }

    /// <summary>Handles SIGINT and SIGTERM from now until disposed; <paramref name="error"/> gets the one line.</summary>
    public static Interruption Install(TextWriter error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Cancelled when a signal arrives.</summary>
    public CancellationToken Token => _cancellation.Token;

    public bool Requested => _signal is not null;

    /// <summary>
    /// The exit code for a command that returned <paramref name="code"/>: after a signal, 130 or 143 with the line
    /// printed (once); otherwise <paramref name="code"/>.
    /// </summary>
    public int Finish(int code)
    {
        lock (_exitLock)
        {
            if (_signal is not { } signal) return code;
            Report(signal);
            return ExitCodeFor(signal);
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _registrations.Clear();
    }

    /// <summary>The exit code for a signal: 128 + its number.</summary>
    public static int ExitCodeFor(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGINT => (int)ExitCode.Interrupted,
        PosixSignal.SIGTERM => (int)ExitCode.Terminated,
        _ => (int)ExitCode.InternalError,
    };

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // the tool exits by itself, after cleaning up
        lock (_exitLock)
        {
            if (_signal is not null) return;
            _signal = context.Signal;
        }
        _cancellation.Cancel();
        ProcessGroups.KillAll();
        var signal = context.Signal;
        _ = Task.Run(async () =>
        {
            await Task.Delay(ForcedExitDelay).ConfigureAwait(false);
            StagedRun.AbandonAll();
            ProcessGroups.KillAll();
            lock (_exitLock) Report(signal);
            Environment.Exit(ExitCodeFor(signal));
        });
    }

    private void Report(PosixSignal signal)
    {
        if (_reported) return;
        _reported = true;
        _error.WriteLine($"eosverify: interrupted by {signal}; solver processes stopped, no partial output left in the output folder");
        _error.Flush();
    }
}

namespace EosVerify.Cli;

/// <summary>
/// The bodies of the commands: each receives validated, typed options and a <see cref="Terminal"/>, and returns the
/// exit code. The command classes parse and validate; each body delegates to its own handler class. The methods are
/// virtual so that tests can observe what the command line resolved to.
/// </summary>
/// <param name="cancellation">Cancelled by SIGINT/SIGTERM (see <see cref="Interruption"/>); long commands stop at it.</param>
internal class CommandHandlers(CancellationToken cancellation = default)
{
    /// <summary>Cancelled when the tool is interrupted.</summary>
    public CancellationToken Cancellation { get; } = cancellation;

    public virtual ExitCode Check(CheckOptions options, Terminal terminal) => CheckHandler.Run(options, terminal, Cancellation);

    public virtual ExitCode Derive(DeriveOptions options, Terminal terminal) => new DeriveHandler().Run(options, terminal);

    public virtual ExitCode Evaluate(EvaluateOptions options, Terminal terminal) => EvaluateHandler.Run(options, terminal);

    public virtual ExitCode Simulate(SimulateOptions options, Terminal terminal) => SimulateHandler.Run(options, terminal);

    public virtual ExitCode Sweep(SweepOptions options, Terminal terminal) => SweepHandler.Run(options, terminal);

    public virtual ExitCode Recheck(RecheckOptions options, Terminal terminal) => RecheckHandler.Run(options, terminal, Cancellation);

    public virtual ExitCode Saddle(SaddleCommandOptions options, Terminal terminal) => SaddleHandler.Run(options, terminal);

    public virtual ExitCode SweepMerge(SweepMergeOptions options, Terminal terminal) => SweepMergeHandler.Run(options, terminal);
}

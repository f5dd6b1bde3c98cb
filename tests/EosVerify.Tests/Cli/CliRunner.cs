using EosVerify.Cli;

namespace EosVerify.Tests.Cli;

/// <summary>Runs the whole command line in-process and captures what it printed.</summary>
internal sealed record CliOutcome(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Handlers that record the options each command resolved, and return a chosen exit code.</summary>
internal sealed class RecordingHandlers(ExitCode result = ExitCode.Success) : CommandHandlers
{
    public object? Options { get; private set; }
    public Terminal? Terminal { get; private set; }

    private ExitCode Record(object options, Terminal terminal)
    {
        Options = options;
        Terminal = terminal;
        return result;
    }

    public override ExitCode Check(CheckOptions options, Terminal terminal) => Record(options, terminal);
    public override ExitCode Derive(DeriveOptions options, Terminal terminal) => Record(options, terminal);
    public override ExitCode Evaluate(EvaluateOptions options, Terminal terminal) => Record(options, terminal);
    public override ExitCode Simulate(SimulateOptions options, Terminal terminal) => Record(options, terminal);
    public override ExitCode Sweep(SweepOptions options, Terminal terminal) => Record(options, terminal);
    public override ExitCode SweepMerge(SweepMergeOptions options, Terminal terminal) => Record(options, terminal);
    public override ExitCode Saddle(SaddleCommandOptions options, Terminal terminal) => Record(options, terminal);
}

internal static class CliRunner
{
    public static CliOutcome Run(params string[] args) => Run(new CommandHandlers(), args);

    public static CliOutcome Run(CommandHandlers handlers, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr, interactive: false, handlers);
        return new CliOutcome(code, stdout.ToString(), stderr.ToString());
    }
}

using System.Text.Json;
using EosVerify.Networks;

namespace EosVerify.Cli;

/// <summary>
/// The bodies of the commands: each receives validated, typed options and a <see cref="Terminal"/>, and returns the
/// exit code. The command classes parse and validate; these do the work (evaluate, simulate and sweep delegate to
/// their own handler classes). Check and derive still report "not implemented yet" with
/// <see cref="ExitCode.Inconclusive"/>. The methods are virtual so that tests can observe what the command line resolved to.
/// </summary>
public class CommandHandlers
{
    public virtual ExitCode Check(CheckOptions options, Terminal terminal) => CheckHandler.Run(options, terminal);

    public virtual ExitCode Derive(DeriveOptions options, Terminal terminal) => new DeriveHandler().Run(options, terminal);

    public virtual ExitCode Evaluate(EvaluateOptions options, Terminal terminal) => EvaluateHandler.Run(options, terminal);

    public virtual ExitCode Simulate(SimulateOptions options, Terminal terminal) => SimulateHandler.Run(options, terminal);

    public virtual ExitCode Sweep(SweepOptions options, Terminal terminal) => SweepHandler.Run(options, terminal);

    private static ExitCode NotImplemented(string command, Problem? problem, Terminal terminal)
    {
        string subject = problem is null ? "default suite" : Describe(problem);
        if (terminal.Format == OutputFormat.Json)
            terminal.Result(JsonSerializer.Serialize(new { command, status = "not-implemented", problem = subject }));
        else
            terminal.Result($"eosverify {command}: not implemented yet ({subject}); nothing was checked");
        return ExitCode.Inconclusive;
    }

    private static string Describe(Problem problem)
    {
        string eta = problem.Eta is { } e ? $", η = {e}" : "";
        string theta = problem.Theta is null ? "" : ", θ given";
        return $"{problem.Architecture}, n = {problem.Moments.SampleCount}, loss {problem.LossScale.Name()}{eta}{theta}";
    }
}

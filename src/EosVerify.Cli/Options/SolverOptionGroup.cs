using System.CommandLine;

namespace EosVerify.Cli;

/// <summary>--solver z3|cvc5|z3-api|none: which SMT backend certifies claims.</summary>
public enum SolverChoice
{
    Z3,
    Cvc5,
    Z3Api,
    None,
}

/// <summary>The SMT settings of a command: backend and per-query time limit.</summary>
public sealed record SolverSettings(SolverChoice Solver, TimeSpan Timeout);

public sealed class SolverOptionGroup
{
    public const string DefaultTimeoutSeconds = "10";
    public const int MaxTimeoutSeconds = 86_400;

    public Option<string> Solver { get; } = new("--solver")
    {
        Description = "SMT backend: z3 (process, default), cvc5 (process), z3-api (in-process Microsoft.Z3), none (no SMT certificates).",
        HelpName = "z3|cvc5|z3-api|none",
        DefaultValueFactory = _ => "z3",
    };

    public Option<string> Timeout { get; } = new("--timeout")
    {
        Description = $"Time limit per solver query, in seconds (default {DefaultTimeoutSeconds}).",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => DefaultTimeoutSeconds,
    };

    public SolverOptionGroup()
    {
        Solver.AcceptOnlyFromAmong("z3", "cvc5", "z3-api", "none");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Solver);
        command.Options.Add(Timeout);
    }

    public SolverSettings Read(ParseResult result)
    {
        var solver = result.GetValue(Solver) switch
        {
            "cvc5" => SolverChoice.Cvc5,
            "z3-api" => SolverChoice.Z3Api,
            "none" => SolverChoice.None,
            _ => SolverChoice.Z3,
        };
        var timeout = OptionValues.Seconds(result.GetValue(Timeout) ?? DefaultTimeoutSeconds, "--timeout", MaxTimeoutSeconds);
        return new SolverSettings(solver, timeout);
    }
}

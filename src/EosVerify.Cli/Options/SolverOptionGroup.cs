using System.CommandLine;

namespace EosVerify.Cli;

/// <summary>--solver z3|cvc5|z3-api|none: which SMT backend certifies claims.</summary>
internal enum SolverChoice
{
    Z3,
    Cvc5,
    Z3Api,
    None,
}

/// <summary>The SMT settings of a command: backend, per-query time limit and the solver executables.</summary>
/// <param name="RequireAgreement">--require-agreement: an SMT answer counts only when z3 and cvc5 both give it.</param>
internal sealed record SolverSettings(SolverChoice Solver, TimeSpan Timeout, Smt.SolverPaths? Paths = null, bool RequireAgreement = false);

internal sealed class SolverOptionGroup
{
    public const string DefaultTimeoutSeconds = "10";
    public const int MaxTimeoutSeconds = 86_400;

    public Option<string> Solver { get; } = new("--solver")
    {
        Description = "SMT backend: z3 (process), cvc5 (process), z3-api (in-process Microsoft.Z3), none (no SMT certificates).",
        HelpName = "z3|cvc5|z3-api|none",
        DefaultValueFactory = _ => "z3",
    };

    public Option<string> Timeout { get; } = new("--timeout")
    {
        Description = "Time limit per solver query, in seconds.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => DefaultTimeoutSeconds,
    };

    public Option<string?> Z3Path { get; } = new("--z3-path")
    {
        Description = "The z3 executable (default: z3 on PATH).",
        HelpName = "FILE",
    };

    public Option<string?> Cvc5Path { get; } = new("--cvc5-path")
    {
        Description = "The cvc5 executable (default: cvc5 on PATH).",
        HelpName = "FILE",
    };

    public Option<bool> RequireAgreement { get; } = new("--require-agreement")
    {
        Description = "Certify from SMT only when z3 and cvc5 both give the answer (cvc5's unknown is no opinion: the claim stays inconclusive).",
    };

    public SolverOptionGroup()
    {
        Solver.AcceptOnlyFromAmong("z3", "cvc5", "z3-api", "none");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Solver);
        command.Options.Add(Timeout);
        command.Options.Add(Z3Path);
        command.Options.Add(Cvc5Path);
        command.Options.Add(RequireAgreement);
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
        var paths = new Smt.SolverPaths(result.GetValue(Z3Path) ?? "z3", result.GetValue(Cvc5Path) ?? "cvc5");
        return new SolverSettings(solver, timeout, paths, result.GetValue(RequireAgreement));
    }
}

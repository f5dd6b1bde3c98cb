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

/// <summary>The SMT settings of a command: backend, per-query budget (--rlimit decides, --timeout is the safety net) and the solver executables.</summary>
/// <param name="RequireAgreement">--require-agreement: an SMT answer counts only when z3 and cvc5 both give it.</param>
internal sealed record SolverSettings(SolverChoice Solver, Smt.SolverBudget Budget, Smt.SolverPaths? Paths = null, bool RequireAgreement = false);

internal sealed class SolverOptionGroup
{
    public static readonly string DefaultTimeoutSeconds =
        Smt.SolverBudget.DefaultSafetyTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public static readonly string DefaultResourceLimit = Smt.SolverBudget.DefaultResourceLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public const int MaxTimeoutSeconds = 86_400;

    public Option<string> Solver { get; } = new("--solver")
    {
        Description = "SMT backend: z3 (process), cvc5 (process), z3-api (in-process Microsoft.Z3), none (no SMT certificates).",
        HelpName = "z3|cvc5|z3-api|none",
        DefaultValueFactory = _ => "z3",
    };

    public Option<string> Timeout { get; } = CreateTimeout();

    public Option<string> ResourceLimit { get; } = CreateResourceLimit();

    /// <summary>--timeout: the wall-clock safety net (not what decides an answer: --rlimit does).</summary>
    public static Option<string> CreateTimeout() => new("--timeout")
    {
        Description = "Wall-clock safety net per solver query, in seconds. It does not decide answers (--rlimit does); a query it stops is inconclusive and marked as not machine-independent.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => DefaultTimeoutSeconds,
    };

    /// <summary>--rlimit: the solver resource limit that decides answers, the same on every machine.</summary>
    public static Option<string> CreateResourceLimit() => new("--rlimit")
    {
        Description = "Solver resource limit per query (z3 rlimit, cvc5 --rlimit-per): this decides answers, the same on any machine for the same solver version.",
        HelpName = "N",
        DefaultValueFactory = _ => DefaultResourceLimit,
    };

    /// <summary>The budget given by --rlimit and --timeout.</summary>
    public static Smt.SolverBudget ReadBudget(ParseResult result, Option<string> resourceLimit, Option<string> timeout)
    {
        var seconds = OptionValues.Seconds(result.GetValue(timeout) ?? DefaultTimeoutSeconds, "--timeout", MaxTimeoutSeconds);
        string text = result.GetValue(resourceLimit) ?? DefaultResourceLimit;
        if (!long.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long units)
            || units < 1 || units > Smt.SolverBudget.MaxResourceLimit)
            throw new Networks.InputException("--rlimit", $"is {OptionValues.Echo(text)}; expected a whole number from 1 to {Smt.SolverBudget.MaxResourceLimit}");
        return new Smt.SolverBudget(units, seconds);
    }

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
        command.Options.Add(ResourceLimit);
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
        var budget = ReadBudget(result, ResourceLimit, Timeout);
        var paths = new Smt.SolverPaths(result.GetValue(Z3Path) ?? "z3", result.GetValue(Cvc5Path) ?? "cvc5");
        return new SolverSettings(solver, budget, paths, result.GetValue(RequireAgreement));
    }
}

using EosVerify.Algebra;
using EosVerify.Theorems;

namespace EosVerify;

/// <summary>
/// Settings of <see cref="EosVerifier.Check(EosVerify.Networks.Problem, VerifierOptions?, CancellationToken)"/>.
/// Every default is what <c>eosverify check</c> uses, except the solver (<see cref="AutoSolver"/>) and where the
/// certificates go (a fresh temporary folder).
/// </summary>
public sealed record VerifierOptions
{
    /// <summary>The solver name that picks z3 when a <c>z3</c> executable is on PATH, and no solver otherwise.</summary>
    public const string AutoSolver = "auto";

    /// <summary>Seed of the random rational points and numeric restarts: the same seed gives the same verdicts.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// The SMT backend: <c>auto</c> (the default: z3 if found on PATH, else none), <c>z3</c>, <c>cvc5</c>,
    /// <c>z3-api</c> or <c>none</c>. Which one ran, and why, is in <see cref="VerificationReport.Solver"/>.
    /// </summary>
    public string Solver { get; init; } = AutoSolver;

    /// <summary>
    /// The solver's resource limit per query (z3 rlimit, cvc5 --rlimit-per): the budget that decides an answer, the
    /// same on every machine. Default <c>1,000,000</c>, as <c>eosverify check --rlimit</c>.
    /// </summary>
    public long SolverResourceLimit { get; init; } = Smt.SolverBudget.DefaultResourceLimit;

    /// <summary>Wall-clock safety net per query; a query it stops is inconclusive and marked as not machine-independent.</summary>
    public TimeSpan SolverSafetyTimeout { get; init; } = Smt.SolverBudget.DefaultSafetyTimeout;

    /// <summary>
    /// Budget of each check, counted in operations by a fixed cost model (not a clock), so verdicts do not depend on
    /// the machine: a step whose cost exceeds it is skipped before it starts and the check ends inconclusive.
    /// </summary>
    public TimeSpan StageBudget { get; init; } = CheckOptions.DefaultStageBudget;

    /// <summary>
    /// Where the SMT-LIB2 certificates are saved; null (the default) is a new folder under the system temp folder,
    /// named in <see cref="VerificationReport.CertificateDirectory"/>.
    /// </summary>
    public string? CertificateDirectory { get; init; }

    /// <summary>A claimed lower bound on the sharpness of the minima to test (T4): violated if some minimum is flatter.</summary>
    public Rational? ClaimedMinSharpness { get; init; }

    /// <summary>A claimed radius of the stable minima to test (T3): violated if a stable minimum lies farther out.</summary>
    public Rational? ClaimedRadius { get; init; }

    internal Smt.SolverBudget SolverBudget => new Smt.SolverBudget(SolverResourceLimit, SolverSafetyTimeout).Validated();

    internal CheckOptions ToCheckOptions() => new()
    {
        Seed = Seed,
        SolverBudget = SolverBudget,
        StageBudget = StageBudget,
        ClaimedMinSharpness = ClaimedMinSharpness,
        ClaimedRadius = ClaimedRadius,
    };
}

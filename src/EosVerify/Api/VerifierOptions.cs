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

    /// <summary>Per-query time limit of the SMT solver.</summary>
    public TimeSpan SolverTimeout { get; init; } = new CheckOptions().SolverTimeout;

    /// <summary>Wall-clock budget of each check; a step that cannot finish within it ends the check inconclusive.</summary>
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

    internal CheckOptions ToCheckOptions() => new()
    {
        Seed = Seed,
        SolverTimeout = SolverTimeout,
        StageBudget = StageBudget,
        ClaimedMinSharpness = ClaimedMinSharpness,
        ClaimedRadius = ClaimedRadius,
    };
}

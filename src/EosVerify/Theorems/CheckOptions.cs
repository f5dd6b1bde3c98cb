using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>Settings shared by the checks. Defaults are what `eosverify check` uses.</summary>
internal sealed record CheckOptions
{
    /// <summary>Seed for the random rational points and numeric restarts: the same seed gives the same report.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// Per-query budget of the SMT solver: the resource limit decides (the same answer on any machine), the
    /// wall-clock safety net only stops a solver that runs far longer than expected.
    /// </summary>
    public Smt.SolverBudget SolverBudget { get; init; } = Smt.SolverBudget.Default;

    /// <summary>SMT certificates are attempted up to this many parameters (they grow doubly exponentially hard).</summary>
    public int MaxSmtParameters { get; init; } = 6;

    /// <summary>The exceptional step sizes E of T1 are computed up to this many parameters (characteristic polynomials over Q).</summary>
    public int MaxExceptionalSetParameters { get; init; } = 40;

    /// <summary>Above this P the T1 witness determinant is computed modulo a 61-bit prime instead of exactly.</summary>
    public int MaxExactDeterminantParameters { get; init; } = 150;

    /// <summary>
    /// Whether the SMT stability conditions include the order-2 principal minors of (2/η)I − H (stronger, but of twice
    /// the degree) besides the diagonal H_ii ≤ 2/η of MATH.md.
    /// </summary>
    public bool SecondOrderStabilityMinors { get; init; } = true;

    /// <summary>A claimed lower bound on S over the minimizer manifold to test (T4): violated if some minimum is flatter.</summary>
    public Rational? ClaimedMinSharpness { get; init; }

    /// <summary>A claimed radius for the stable minima to test (T3): violated if a stable minimum lies farther out.</summary>
    public Rational? ClaimedRadius { get; init; }

    /// <summary>
    /// Budget of each check (`--budget SECONDS`, default <see cref="DefaultStageBudget"/>), turned into nominal
    /// operations by <see cref="Numerics.WorkBudget"/>. A check computes the cost of each expensive step from the
    /// problem's sizes before starting it and skips a step that does not fit, saying so ("size limit: …; raise with
    /// --budget", evidence key <c>sizeLimit</c>); the verdict is then <c>inconclusive</c> unless another argument
    /// decides the claim. No wall clock is read, so the same inputs give the same report on any machine.
    /// </summary>
    public TimeSpan StageBudget { get; init; } = DefaultStageBudget;

    /// <summary>The default per-check budget: 60 s of the reference machine (2 shared cores).</summary>
    public static readonly TimeSpan DefaultStageBudget = Numerics.WorkBudget.DefaultTime;
}

using System.Globalization;

namespace EosVerify.Smt;

/// <summary>
/// What one solver query may spend. <see cref="ResourceLimit"/> decides: it counts the solver's own deterministic
/// work units (z3 <c>rlimit</c>, cvc5 <c>--rlimit-per</c>), so the same query, solver version and limit give the same
/// answer on any machine. <see cref="SafetyTimeout"/> is only a wall-clock safety net for a solver that counts too
/// few units while working (z3's nlsat can); a query stopped by it is inconclusive and not machine-independent.
/// </summary>
/// <param name="ResourceLimit">Solver work units per query, 1 to <see cref="MaxResourceLimit"/>.</param>
/// <param name="SafetyTimeout">Wall-clock limit per query; positive, at most one day.</param>
internal sealed record SolverBudget(long ResourceLimit, TimeSpan SafetyTimeout)
{
    /// <summary>z3 4.8 takes rlimit as a 32-bit unsigned integer.</summary>
    public const long MaxResourceLimit = uint.MaxValue;

    /// <summary>
    /// The default resource limit, used by the CLI, the library and the proof catalogue. Calibrated on the reference
    /// machine (2 shared cores, z3 4.8.12, cvc5 1.0.3): every certificate in proofs/ needs at most 3,015 z3 units and
    /// 618 cvc5 units (docs/smt.md has the table), a margin of over 300×; z3 spends 10⁶ units in about 4 s (smt core)
    /// to 75 s (nlsat, which counts sparsely) and cvc5 in about 8–13 s, under load.
    /// </summary>
    public const long DefaultResourceLimit = 1_000_000;

    /// <summary>The default wall-clock safety net: well above the time z3 and cvc5 take to spend the default limit.</summary>
    public static readonly TimeSpan DefaultSafetyTimeout = TimeSpan.FromSeconds(120);

    public static SolverBudget Default { get; } = new(DefaultResourceLimit, DefaultSafetyTimeout);

    /// <summary>The default resource limit with another wall-clock safety net.</summary>
    public static SolverBudget WithSafetyTimeout(TimeSpan safetyTimeout) => new(DefaultResourceLimit, safetyTimeout);

    /// <summary>Throws for a limit outside its range; returns the budget otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException"></exception>
    public SolverBudget Validated()
    {
        if (ResourceLimit < 1 || ResourceLimit > MaxResourceLimit)
            throw new ArgumentOutOfRangeException(nameof(ResourceLimit), ResourceLimit, $"A solver resource limit must be between 1 and {MaxResourceLimit}.");
        if (SafetyTimeout <= TimeSpan.Zero || SafetyTimeout > TimeSpan.FromDays(1))
            throw new ArgumentOutOfRangeException(nameof(SafetyTimeout), SafetyTimeout, "A solver timeout must be positive and at most one day.");
        return this;
    }

    public string SafetyMilliseconds => Math.Max(1L, (long)Math.Ceiling(SafetyTimeout.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);

    public string ResourceLimitText => ResourceLimit.ToString(CultureInfo.InvariantCulture);

    /// <summary>One line for reports, e.g. "rlimit 1000000 per query (decides); wall-clock safety net 120 s".</summary>
    public override string ToString() =>
        $"rlimit {ResourceLimitText} per query (decides); wall-clock safety net {SafetyTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
}

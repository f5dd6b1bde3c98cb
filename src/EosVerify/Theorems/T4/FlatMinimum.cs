using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Theorems;

/// <summary>
/// An exact rational global minimizer θ_hi (μ(θ_hi) = W* exactly, G = 0) with a rational S_hi proved to satisfy
/// S(θ_hi) &lt; S_hi by an exact definiteness test in product space (S(θ_hi) = 0 ≤ S_hi = 0 at θ = 0 when W* = 0), so S_min ≤ S_hi (docs/t4-bracket.md, Theorem C).
/// <see cref="Tests"/> re-decides S(θ_hi) ≤ s and S(θ_hi) &lt; s exactly for any other s.
/// </summary>
internal sealed record FlatMinimum(Rational[] Theta, Rational UpperBound, ExactManifoldSharpness Tests, string Method)
{
    private static readonly double[] Slacks = [1e-13, 1e-10, 1e-7, 1e-4, 1e-2, 0.5];

    /// <summary>
    /// The best of the given candidate points: each is checked to lie on M exactly, its sharpness is estimated in
    /// doubles, and the smallest rational above the estimate that the exact test accepts becomes its bound.
    /// </summary>
    public static FlatMinimum? Best(Problem problem, IEnumerable<(Rational[]? Theta, string Method)> candidates,
        Func<(Rational[]? Theta, string Method)>? fallback = null)
    {
        var best = BestOf(problem, candidates);
        return best is null && fallback is not null ? BestOf(problem, [fallback()]) : best;
    }

    private static FlatMinimum? BestOf(Problem problem, IEnumerable<(Rational[]? Theta, string Method)> candidates)
    {
        var numeric = new ManifoldSharpness(new NumericProblem(problem));
        FlatMinimum? best = null;
        foreach (var (theta, method) in candidates)
        {
            if (theta is null || ExactManifoldSharpness.At(problem, theta) is not { } tests) continue;
            double estimate = numeric.Sharpness(theta.Select(v => v.ToDouble()).ToArray());
            var bound = VerifiedBound(tests, estimate);
            if (bound is { } b && (best is null || b < best.UpperBound)) best = new FlatMinimum(theta, b, tests, method);
        }
        return best;
    }

    private static Rational? VerifiedBound(ExactManifoldSharpness tests, double estimate)
    {
        if (!double.IsFinite(estimate)) return null;
        if (estimate <= 1e-300) return tests.AtMost(Rational.Zero) ? Rational.Zero : null; // S ≈ 0: only S = 0 exactly is worth proving (Γ = 0 is fast)
        foreach (double slack in Slacks)
        {
            var candidate = ExactProjection.Rationalize(estimate * (1 + slack), 17);
            if (tests.ProvedBelow(candidate)) return candidate; // S < candidate, so S ≤ candidate
        }
        return null;
    }
}

using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// Exact rational points of M = μ⁻¹(W*) that are expected to be flat, for <see cref="FlatMinimum.Best"/>:
/// the numeric flattest point projected onto M, the canonical rank-factorisation point, and for scalar outputs the
/// chain point at a given τ (docs/t4-bracket.md, Theorem B: equality in the lower bound holds there).
/// </summary>
internal static class FlatMinimumCandidates
{
    /// <summary>Significant digits kept when a double point is made exact: S is stationary at the flattest point, so
    /// the rounding changes S only to second order, while shorter rationals keep the exact tests fast.</summary>
    public const int ProjectionDigits = 8;

    public static Rational[]? Projected(Problem problem, IReadOnlyList<double>? theta, RationalMatrix wStar) =>
        theta is null || theta.Any(v => !double.IsFinite(v)) ? null : ExactProjection.OntoManifold(problem, theta, wStar, ProjectionDigits);

    public static Rational[]? Canonical(Problem problem, RationalMatrix wStar)
    {
        var arch = problem.Architecture;
        int rank = ExactLinearAlgebra.Rank(wStar);
        return arch.Depth > 1 && rank > arch.Bottleneck ? null : ExactManifoldPoints.Canonical(arch, wStar);
    }

    /// <summary>
    /// Scalar outputs (dL = 1), L ≥ 2: W_1 = β^{−(L−1)}·e₁w*ᵀ, W_k = β·e₁e₁ᵀ (1 &lt; k &lt; L), W_L = β·e₁ᵀ. On M exactly,
    /// and there JJᵀ = τ^{−(L−1)}I + (L−1)τ·w*w*ᵀ with τ = β^{−2}, so S = 2c·φ(τ).
    /// </summary>
    public static Rational[] ScalarOutputChainPoint(Architecture architecture, IReadOnlyList<Rational> wStar, Rational beta)
    {
        int depth = architecture.Depth;
        if (architecture.OutputDimension != 1 || depth < 2) throw new ArgumentException("The chain point needs dL = 1 and L ≥ 2.", nameof(architecture));
        if (beta.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(beta), "β must be positive.");
        var first = beta.Pow(depth - 1).Reciprocal();
        return ExactManifoldPoints.FromEntries(architecture, (k, i, j) =>
            i != 0 ? Rational.Zero : k == 1 ? first * wStar[j] : j == 0 ? beta : Rational.Zero);
    }
}

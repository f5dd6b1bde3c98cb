using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// Closed forms of MATH.md T3 for the scalar chain 1-1-…-1 (L ≥ 2), in exact arithmetic wherever the statement
/// allows. With σ' = 2c·Sxx (c the loss factor, so σ' = σ for half-mean) and p = ∏ w_k = w*, a global minimum has
/// H = σ' g gᵀ with g_k = p / w_k, hence S = σ' p² Σ_k 1/w_k², minimised at balanced |w_k| = |p|^{1/L}:
/// S_min = L σ' |w*|^{2(L−1)/L}. S_min is irrational in general, so comparisons with it are done on L-th powers.
/// </summary>
public sealed class ScalarChain
{
    public int Depth { get; }

    /// <summary>σ' = 2c·Sxx: the curvature scale (σ for half-mean, 2σ for mean).</summary>
    public Rational CurvatureScale { get; }

    /// <summary>w* = Syx / Sxx.</summary>
    public Rational Target { get; }

    private ScalarChain(int depth, Rational curvatureScale, Rational target)
    {
        Depth = depth;
        CurvatureScale = curvatureScale;
        Target = target;
    }

    /// <summary>The chain's closed forms, or null when the problem is not a scalar chain with L ≥ 2, Sxx &gt; 0 and w* ≠ 0.</summary>
    public static ScalarChain? TryCreate(Problem problem)
    {
        var a = problem.Architecture;
        if (!a.IsScalarChain || a.Depth < 2) return null;
        var sxx = problem.Moments.Sxx[0, 0];
        if (sxx.Sign <= 0) return null;
        var target = problem.Moments.Syx[0, 0] / sxx;
        if (target.IsZero) return null;
        return new ScalarChain(a.Depth, 2 * problem.LossScale.Factor() * sxx, target);
    }

    /// <summary>S_min as a double (for display and numerics only).</summary>
    public double MinSharpnessApprox =>
        Depth * CurvatureScale.ToDouble() * Math.Pow(Math.Abs(Target.ToDouble()), 2.0 * (Depth - 1) / Depth);

    /// <summary>Sign of S_min − s, exactly: compares (Lσ')^L |w*|^{2(L−1)} with s^L (both sides ≥ 0 for s ≥ 0).</summary>
    public int CompareMinSharpnessWith(Rational s)
    {
        if (s.Sign < 0) return 1;
        var lhs = (Depth * CurvatureScale).Pow(Depth) * Target.Abs().Pow(2 * (Depth - 1));
        return lhs.CompareTo(s.Pow(Depth));
    }

    /// <summary>η* = 2 / S_min; η &gt; η* exactly iff S_min &gt; 2/η.</summary>
    public bool EveryMinimumUnstableAt(Rational eta) => CompareMinSharpnessWith(2 / eta) > 0;

    /// <summary>The sharpness at a global minimum θ (exact; θ must satisfy ∏ θ_k = w*).</summary>
    public Rational SharpnessOnManifold(IReadOnlyList<Rational> theta)
    {
        RequireOnManifold(theta);
        var sum = Rational.Zero;
        foreach (var w in theta) sum += w.Pow(2).Reciprocal();
        return CurvatureScale * Target.Pow(2) * sum;
    }

    public bool IsOnManifold(IReadOnlyList<Rational> theta)
    {
        if (theta.Count != Depth) return false;
        var product = Rational.One;
        foreach (var w in theta) product *= w;
        return product == Target;
    }

    /// <summary>
    /// The point of M with w_1 = … = w_{L−1} = v (rational, nonzero) and w_L = w* / v^{L−1}: every such point is on M
    /// exactly, and these points include the extreme stable minima (MATH.md T3's exact radius).
    /// </summary>
    public IReadOnlyList<Rational> PointWithEqualLeadingWeights(Rational v)
    {
        if (v.IsZero) throw new ArgumentException("The leading weights must be nonzero.", nameof(v));
        var theta = new Rational[Depth];
        for (int k = 0; k < Depth - 1; k++) theta[k] = v;
        theta[Depth - 1] = Target / v.Pow(Depth - 1);
        return theta;
    }

    /// <summary>f(b) = b^L − (2/(ησ')) b + (L−1) w*²; its smallest positive root b gives R² = w*²/b^{L−1} + (L−1) b.</summary>
    public Rational RadiusPolynomial(Rational eta, Rational b) =>
        b.Pow(Depth) - 2 / (eta * CurvatureScale) * b + (Depth - 1) * Target.Pow(2);

    public Rational RadiusSquaredAt(Rational b) => Target.Pow(2) / b.Pow(Depth - 1) + (Depth - 1) * b;

    /// <summary>
    /// A certified upper bound on R(η)² — the largest ‖θ‖² of a stable minimum (S ≤ 2/η) — and a lower bound, from a
    /// rational bracket [lo, hi] of the smallest positive root b of f (bisection with exact signs). Null when no stable
    /// minimum exists (η ≥ η*, where f has no positive root below |w*|^{2/L}).
    /// </summary>
    public (Rational Lower, Rational Upper, Rational RootLow, Rational RootHigh)? StableRadiusSquared(Rational eta, int bisections = 80)
    {
        // f(0) = (L−1)w*² > 0 and f is convex on b > 0; its minimum over b ≤ |w*|^{2/L} is attained at or before
        // b_max = |w*|^{2/L}, where f ≤ 0 iff η ≤ η*. Find a rational point with f < 0 by scanning upward.
        var hi = FindNegativePoint(eta);
        if (hi is null) return null;
        var lo = Rational.Zero;
        var h = hi.Value;
        for (int i = 0; i < bisections; i++)
        {
            var mid = (lo + h) / 2;
            if (RadiusPolynomial(eta, mid).Sign > 0) lo = mid; else h = mid;
        }
        while (lo.IsZero)
        {
            // Every midpoint had f ≤ 0, so the root is below h; f(0) > 0 and f is continuous, so halving ends.
            var half = h / 2;
            if (RadiusPolynomial(eta, half).Sign > 0) lo = half; else h = half;
        }
        // R² is decreasing in b on (0, |w*|^{2/L}], so the bracket of b gives a bracket of R² in reverse.
        return (RadiusSquaredAt(h), RadiusSquaredAt(lo), lo, h);
    }

    private Rational? FindNegativePoint(Rational eta)
    {
        // Candidates: rational approximations of the minimiser of f, b0 = (2/(ησ'L))^{1/(L−1)}, and of |w*|^{2/L}.
        double b0 = Math.Pow(2 / (eta.ToDouble() * CurvatureScale.ToDouble() * Depth), 1.0 / (Depth - 1));
        double bw = Math.Pow(Math.Abs(Target.ToDouble()), 2.0 / Depth);
        foreach (var guess in new[] { Math.Min(b0, bw), b0, bw })
        {
            if (!double.IsFinite(guess) || guess <= 0) continue;
            var b = Rational.FromDouble(guess);
            if (RadiusPolynomial(eta, b).Sign < 0) return b;
        }
        return null;
    }

    private void RequireOnManifold(IReadOnlyList<Rational> theta)
    {
        if (!IsOnManifold(theta))
            throw new ArgumentException($"θ is not a global minimum: the product of its {theta.Count} weights is not w* = {Target}.", nameof(theta));
    }
}

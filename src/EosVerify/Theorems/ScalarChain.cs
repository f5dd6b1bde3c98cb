using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// Closed forms of MATH.md T3 for the scalar chain 1-1-…-1 (L ≥ 2), in exact arithmetic wherever the statement
/// allows. With σ' = 2c·Sxx (c the loss factor, so σ' = σ for half-mean) and p = ∏ w_k = w*, a global minimum has
/// H = σ' g gᵀ with g_k = p / w_k, hence S = σ' p² Σ_k 1/w_k², minimised at balanced |w_k| = |p|^{1/L}:
/// S_min = L σ' |w*|^{2(L−1)/L}. S_min is irrational in general, so comparisons with it are done on L-th powers.
/// </summary>
internal sealed class ScalarChain
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
    /// rational bracket [lo, hi] of the smallest positive root b of f (bisection with exact signs). Null when no rational
    /// point with f &lt; 0 is found: always so when η ≥ η* (then f ≥ 0 on b &gt; 0), and possibly when η is extremely close
    /// below η*; callers decide existence exactly first (<see cref="CompareMinSharpnessWith"/>). With
    /// <paramref name="separate"/>, bisection goes on (up to a budget) until that value lies outside the bracket of R².
    /// </summary>
    public (Rational Lower, Rational Upper, Rational RootLow, Rational RootHigh)? StableRadiusSquared(Rational eta, Rational? separate = null, int bisections = 80, int maxBisections = 4000)
    {
        // f(0) = (L−1)w*² > 0 and f is convex on b > 0 with its minimum at b0 = (2/(ησ'L))^{1/(L−1)}.
        if (FindNegativePoint(eta) is not { } h) return null;
        var lo = Rational.Zero;
        for (int i = 0; i < maxBisections; i++)
        {
            bool enough = i >= bisections && !lo.IsZero
                && (separate is not { } x || x < RadiusSquaredAt(h) || x > RadiusSquaredAt(lo));
            if (enough) break;
            var mid = (lo + h) / 2;
            if (RadiusPolynomial(eta, mid).Sign > 0) lo = mid; else h = mid;
        }
        if (lo.IsZero) return null;
        // R² is decreasing in b on (0, |w*|^{2/L}], so the bracket of b gives a bracket of R² in reverse.
        return (RadiusSquaredAt(h), RadiusSquaredAt(lo), lo, h);
    }

    /// <summary>
    /// A point with equal leading weights v, v² ≥ the bracket's upper root end (so f(v²) ≤ 0 and the point is stable)
    /// and ‖θ‖² &gt; <paramref name="normSquared"/>, found by rounding √rootHigh up to finer and finer dyadic rationals; null if none verifies.
    /// </summary>
    public IReadOnlyList<Rational>? StablePointBeyond(Rational eta, Rational rootHigh, Rational normSquared)
    {
        for (int bits = 16; bits <= 1024; bits *= 2)
        {
            var scale = System.Numerics.BigInteger.Pow(2, bits);
            var scaled = rootHigh * new Rational(scale * scale);
            var root = IntegerSquareRoot(scaled.Numerator / scaled.Denominator) + 1;
            var v = new Rational(root, scale);
            if (RadiusPolynomial(eta, v * v).Sign > 0) continue;
            var point = PointWithEqualLeadingWeights(v);
            if (point.Aggregate(Rational.Zero, (acc, w) => acc + w * w) > normSquared) return point;
        }
        return null;
    }

    private static System.Numerics.BigInteger IntegerSquareRoot(System.Numerics.BigInteger n)
    {
        if (n.Sign <= 0) return 0;
        var x = (System.Numerics.BigInteger)Math.Sqrt((double)n);
        while (x * x > n) x--;
        while ((x + 1) * (x + 1) <= n) x++;
        return x;
    }

    /// <summary>
    /// A rational b &gt; 0 with f(b) &lt; 0, if one is found: bisection on the sign of f'(b) = L b^{L−1} − 2/(ησ') narrows
    /// in on the minimiser b0 of f, testing f at every midpoint, so that even η = η*(1 − 10⁻⁴⁰) is found.
    /// </summary>
    private Rational? FindNegativePoint(Rational eta, int maxSteps = 400)
    {
        var slope = 2 / (eta * CurvatureScale);
        Rational Derivative(Rational b) => Depth * b.Pow(Depth - 1) - slope;
        var lo = Rational.Zero;
        var hi = Rational.One;
        while (Derivative(hi).Sign <= 0) hi *= 2;
        for (int i = 0; i < maxSteps; i++)
        {
            var mid = (lo + hi) / 2;
            if (RadiusPolynomial(eta, mid).Sign < 0) return mid;
            if (Derivative(mid).Sign < 0) lo = mid; else hi = mid;
        }
        return null;
    }

    private void RequireOnManifold(IReadOnlyList<Rational> theta)
    {
        if (!IsOnManifold(theta))
            throw new ArgumentException($"θ is not a global minimum: the product of its {theta.Count} weights is not w* = {Target}.", nameof(theta));
    }
}

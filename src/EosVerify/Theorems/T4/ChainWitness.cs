using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// Rational points of a scalar chain's M near the balanced minimiser |w_k| = |w*|^{1/L} (irrational in general):
/// w_1 = … = w_{L−1} = v, w_L = w*/v^{L−1}. S is continuous in v and equals S_min at v = |w*|^{1/L}, so whenever
/// S_min &lt; s exactly, bisection of v on rationals toward the root of v^L = |w*| reaches a point with S &lt; s.
/// </summary>
internal static class ChainWitness
{
    private const int MaxBisections = 400;

    /// <summary>The chain point at a 12-digit rational v ≈ |w*|^{1/L}.</summary>
    public static Rational[]? Balanced(Problem problem, Rational target)
    {
        if (target.IsZero || problem.Architecture.Depth < 2) return null;
        double v = Math.Pow(Math.Abs(target.ToDouble()), 1.0 / problem.Architecture.Depth);
        return PointAt(problem.Architecture.Depth, target, ExactProjection.Rationalize(v));
    }

    /// <summary>A rational point of M with S &lt; s exactly, or null when none was reached (then S_min ≥ s is likely).</summary>
    public static Rational[]? Below(ScalarChain chain, Rational s)
    {
        if (chain.CompareMinSharpnessWith(s) >= 0) return null;
        var root = chain.Target.Abs();
        int depth = chain.Depth;
        double guess = Math.Pow(root.ToDouble(), 1.0 / depth);
        var first = ExactProjection.Rationalize(guess);
        if (first.Sign > 0 && Test(chain, first, s) is { } quick) return quick;
        // v^L − |w*| changes sign between lo and hi: 1 and |w*| bracket the L-th root.
        Rational lo = Rational.Min(Rational.One, root), hi = Rational.Max(Rational.One, root);
        for (int i = 0; i < MaxBisections; i++)
        {
            var mid = (lo + hi) / 2;
            if (Test(chain, mid, s) is { } point) return point;
            if (mid.Pow(depth) < root) lo = mid; else hi = mid;
        }
        return null;
    }

    private static Rational[]? Test(ScalarChain chain, Rational v, Rational s)
    {
        var theta = PointAt(chain.Depth, chain.Target, v);
        return chain.SharpnessOnManifold(theta) < s ? theta : null;
    }

    private static Rational[] PointAt(int depth, Rational target, Rational v)
    {
        var theta = new Rational[depth];
        for (int k = 0; k < depth - 1; k++) theta[k] = v;
        theta[depth - 1] = target / v.Pow(depth - 1);
        return theta;
    }
}

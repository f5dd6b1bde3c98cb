using System.Numerics;
using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Experiments;

/// <summary>
/// S_min and η* = 2/S_min as exact rationals where they are rational. Scalar chains 1-1-…-1 (MATH.md T3):
/// S_min = L·σ'·|w*|^{2(L−1)/L} with σ' = 2c·Sxx and w* = Syx/Sxx, so S_min^L = (Lσ')^L·|w*|^{2(L−1)} is rational and
/// S_min is rational exactly when that has a rational L-th root (always for L = 1, 2). Null otherwise, and when
/// S_min = 0 (w* = 0, L ≥ 2), where η* is undefined.
/// </summary>
internal static class ExactCriticalEta
{
    public static (Rational MinSharpness, Rational CriticalEta)? TryFind(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var architecture = problem.Architecture;
        if (!architecture.IsScalarChain) return null;
        var sxx = problem.Moments.Sxx[0, 0];
        if (sxx.Sign <= 0) return null;
        int depth = architecture.Depth;
        var curvature = 2 * problem.LossScale.Factor() * sxx;
        var target = (problem.Moments.Syx[0, 0] / sxx).Abs();
        if (depth >= 2 && target.IsZero) return null;
        var power = (depth * curvature).Pow(depth) * target.Pow(2 * (depth - 1));
        if (RationalRoot(power, depth) is not { } sMin) return null;
        return (sMin, 2 / sMin);
    }

    /// <summary>The positive rational r with r^n = value (value &gt; 0), or null when there is none.</summary>
    internal static Rational? RationalRoot(Rational value, int n)
    {
        if (value.Sign <= 0 || n < 1) return null;
        if (IntegerRoot(value.Numerator, n) is not { } p || IntegerRoot(value.Denominator, n) is not { } q) return null;
        return new Rational(p, q);
    }

    /// <summary>The integer r ≥ 0 with r^n = m exactly (m ≥ 0), by Newton's method on the floor root; null when m is no n-th power.</summary>
    internal static BigInteger? IntegerRoot(BigInteger m, int n)
    {
        if (m.Sign < 0) return null;
        if (m.IsZero || m.IsOne || n == 1) return m;
        // Start above the root: 2^⌈bits/n⌉ > m^{1/n}; Newton's iterates then decrease monotonically to ⌊m^{1/n}⌋.
        long bits = (long)m.GetBitLength();
        var x = BigInteger.One << (int)((bits + n - 1) / n);
        while (true)
        {
            var next = ((n - 1) * x + m / BigInteger.Pow(x, n - 1)) / n;
            if (next >= x) break;
            x = next;
        }
        return BigInteger.Pow(x, n) == m ? x : null;
    }
}

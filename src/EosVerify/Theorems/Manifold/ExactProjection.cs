using System.Numerics;
using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// Turns a floating-point point near M into an exact rational point ON M = μ⁻¹(W*). Every entry is made rational, then
/// one end layer is corrected so that W_L⋯W_1 = W* exactly, by the first of these that applies:
/// <list type="number">
/// <item>A = W_L⋯W_2 of full row rank: W_1 += Aᵀ(AAᵀ)⁻¹(W* − A W_1);</item>
/// <item>B = W_{L−1}⋯W_1 of full column rank: W_L += (W* − W_L B)(BᵀB)⁻¹Bᵀ;</item>
/// <item>any hidden widths ≥ ρ = rank W*, with W* = C R a rank factorisation: W_L ← Π_C W_L (Π_C the projector onto
/// the columns of C), so that W_L⋯W_2 = C·T with T = (CᵀC)⁻¹Cᵀ W_L⋯W_2; then W_1 += Tᵀ(TTᵀ)⁻¹(R − T W_1) when T has
/// full row rank ρ, which gives W_L⋯W_1 = C R = W*.</item>
/// </list>
/// The result is checked exactly; null when no correction applies (e.g. the point is far from M).
/// </summary>
internal static class ExactProjection
{
    public static Rational[]? OntoManifold(Problem problem, IReadOnlyList<double> theta, RationalMatrix wStar, int significantDigits = 12)
    {
        var arch = problem.Architecture;
        var weights = arch.Layout.Split(theta.Select(x => Rationalize(x, significantDigits)).ToArray()).Select(RationalArrays.ToMatrix).ToArray();
        if (arch.Depth == 1) return arch.Layout.Join([RationalArrays.ToArray(wStar)]);
        var corrected = CorrectFirstLayer(weights, wStar) ?? CorrectLastLayer(weights, wStar) ?? CorrectThroughRankFactorization(weights, wStar);
        if (corrected is null) return null;
        var layers = new ExactLayers(arch, corrected);
        return layers.Product.Equals(wStar) ? layers.ToTheta() : null;
    }

    private static RationalMatrix[]? CorrectFirstLayer(RationalMatrix[] w, RationalMatrix wStar)
    {
        var a = Chain(w, 1, w.Length - 1);
        var gram = a * a.Transpose();
        if (ExactLinearAlgebra.Rank(gram) < gram.RowCount) return null;
        var result = (RationalMatrix[])w.Clone();
        result[0] = w[0] + a.Transpose() * ExactLinearAlgebra.Solve(gram, wStar - a * w[0]);
        return result;
    }

    private static RationalMatrix[]? CorrectLastLayer(RationalMatrix[] w, RationalMatrix wStar)
    {
        var b = Chain(w, 0, w.Length - 2);
        var gram = b.Transpose() * b;
        if (ExactLinearAlgebra.Rank(gram) < gram.RowCount) return null;
        var result = (RationalMatrix[])w.Clone();
        result[^1] = w[^1] + ExactLinearAlgebra.SolveRight(gram, wStar - w[^1] * b) * b.Transpose();
        return result;
    }

    private static RationalMatrix[]? CorrectThroughRankFactorization(RationalMatrix[] w, RationalMatrix wStar)
    {
        var (c, r) = ExactManifoldPoints.RankFactorization(wStar);
        var result = (RationalMatrix[])w.Clone();
        if (c.ColumnCount == 0)
        {
            result[0] = RationalMatrix.Zero(w[0].RowCount, w[0].ColumnCount); // W* = 0: W_1 = 0 puts θ on M
            return result;
        }
        var ctc = c.Transpose() * c;
        var projector = c * ExactLinearAlgebra.Solve(ctc, c.Transpose());
        result[^1] = projector * w[^1];
        var t = ExactLinearAlgebra.Solve(ctc, c.Transpose() * Chain(result, 1, result.Length - 1));
        var gram = t * t.Transpose();
        if (ExactLinearAlgebra.Rank(gram) < gram.RowCount) return null;
        result[0] = w[0] + t.Transpose() * ExactLinearAlgebra.Solve(gram, r - t * w[0]);
        return result;
    }

    /// <summary>W_{last+1}⋯W_{first+1} (0-based indices into w), the identity of the right size when empty.</summary>
    private static RationalMatrix Chain(RationalMatrix[] w, int first, int last)
    {
        var m = RationalMatrix.Identity(w[first].ColumnCount);
        for (int k = first; k <= last; k++) m = w[k] * m;
        return m;
    }

    /// <summary>A short rational close to x (12 significant digits by default), so exact arithmetic on the point stays cheap.</summary>
    public static Rational Rationalize(double x) => Rationalize(x, 12);

    public static Rational Rationalize(double x, int significantDigits)
    {
        if (!double.IsFinite(x)) throw new ArgumentException($"Cannot make {x} exact.", nameof(x));
        if (x == 0) return Rational.Zero;
        int exponent = (int)Math.Floor(Math.Log10(Math.Abs(x)));
        int digits = significantDigits - exponent;
        var scale = BigInteger.Pow(10, Math.Max(0, digits));
        var down = BigInteger.Pow(10, Math.Max(0, -digits));
        var mantissa = new BigInteger(Math.Round(x * Math.Pow(10, digits)));
        return digits >= 0 ? new Rational(mantissa, scale) : new Rational(mantissa * down);
    }
}

using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>
/// Certifies a rational φ_lo ≤ φ_min = min_{τ&gt;0} λ_max(τ^{−(L−1)}Sxx + (L−1)τ·w*w*ᵀSxx) for scalar outputs
/// (docs/t4-bracket.md, Theorem B and its certificate). φ_lo ≤ φ_min iff for no τ &gt; 0 is
/// N(τ) = τ^{L−1}φ_lo·Sxx⁻¹ − I − (L−1)τ^L·w*w*ᵀ positive definite. p(τ) = det N(τ) is a rational polynomial of degree
/// ≤ L·d0, obtained exactly by interpolation at τ = 0..L·d0; the set {τ &gt; 0 : N(τ) ≻ 0} is open and its boundary
/// points are positive roots of p, so one exact definiteness test in each gap between consecutive positive roots
/// (isolated exactly by Sturm sequences) decides it.
/// </summary>
internal static class ScalarOutputSharpnessLowerBound
{
    /// <summary>True when φ_lo ≤ φ_min is proved (exact).</summary>
    public static bool Certify(RationalMatrix sxxInverse, Rational[] wStar, int depth, Rational phiLow)
    {
        if (phiLow.Sign <= 0) return true;
        int degree = depth * sxxInverse.RowCount;
        var abscissae = Enumerable.Range(0, degree + 1).Select(i => new Rational(i)).ToArray();
        var values = abscissae.Select(t => ExactLinearAlgebra.Determinant(Pencil(sxxInverse, wStar, depth, phiLow, t))).ToArray();
        var p = Interpolate(abscissae, values);
        if (p.IsZero) return true; // N(τ) is singular for every τ, so never positive definite
        foreach (var tau in TestPoints(p))
            if (ExactLinearAlgebra.IsPositiveDefinite(Pencil(sxxInverse, wStar, depth, phiLow, tau))) return false;
        return true;
    }

    /// <summary>N(τ) = τ^{L−1}φ·Sxx⁻¹ − I − (L−1)τ^L·w*w*ᵀ.</summary>
    internal static RationalMatrix Pencil(RationalMatrix sxxInverse, Rational[] w, int depth, Rational phi, Rational tau)
    {
        var a = tau.Pow(depth - 1) * phi;
        var b = (depth - 1) * tau.Pow(depth);
        return RationalMatrix.Create(sxxInverse.RowCount, sxxInverse.RowCount,
            (i, j) => a * sxxInverse[i, j] - (i == j ? Rational.One : Rational.Zero) - b * w[i] * w[j]);
    }

    /// <summary>One rational τ &gt; 0 strictly inside each gap between consecutive positive roots of p, and one beyond the last.</summary>
    private static List<Rational> TestPoints(UnivariatePolynomial p)
    {
        var positive = new List<RationalInterval>();
        foreach (var root in p.IsolateRealRoots())
        {
            var r = root;
            while (!r.IsPoint && r.Lower.Sign <= 0 && r.Upper.Sign > 0) r = p.RefineRoot(r, r.Width / 2);
            if (r.Lower.Sign > 0) positive.Add(r);
        }
        // p(0) = det(−I) ≠ 0, so no root is at 0 and every positive root's interval can be made to lie in (0, ∞).
        var points = new List<Rational>();
        var previous = Rational.Zero;
        foreach (var r in positive)
        {
            points.Add((previous + r.Lower) / 2);
            previous = r.Upper;
        }
        points.Add(previous.IsZero ? Rational.One : 2 * previous);
        return points.Where(t => t.Sign > 0 && !p.Evaluate(t).IsZero).ToList();
    }

    /// <summary>The polynomial through (x_i, y_i), by Newton's divided differences (exact).</summary>
    private static UnivariatePolynomial Interpolate(Rational[] x, Rational[] y)
    {
        int n = x.Length;
        var c = (Rational[])y.Clone();
        for (int j = 1; j < n; j++)
            for (int i = n - 1; i >= j; i--)
                c[i] = (c[i] - c[i - 1]) / (x[i] - x[i - j]);
        var result = UnivariatePolynomial.Constant(c[n - 1], "tau");
        for (int i = n - 2; i >= 0; i--)
            result = result * UnivariatePolynomial.FromCoefficients([-x[i], Rational.One], "tau") + UnivariatePolynomial.Constant(c[i], "tau");
        return result;
    }
}

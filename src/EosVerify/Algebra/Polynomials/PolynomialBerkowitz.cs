namespace EosVerify.Algebra;

/// <summary>
/// Berkowitz's division-free characteristic polynomial: for the leading k×k block A_k = [[A_{k−1}, C], [R, a]],
/// the coefficient vector of det(λI − A_k) is T_k times that of A_{k−1}, where T_k is the (k+1)×k lower-triangular
/// Toeplitz matrix with first column (1, −a, −RC, −RA_{k−1}C, …, −RA_{k−1}^{k−2}C). O(n⁴) ring operations and no
/// division, so it works over any commutative ring, polynomials included.
/// Rational coefficients are first cleared by the common denominator D (c_k(D·A) = D^k c_k(A)), so the inner loops
/// run on integer coefficients, which skip the gcd of rational arithmetic.
/// </summary>
internal static class PolynomialBerkowitz
{
    /// <summary>c_0 = 1, …, c_n with det(λI − A) = Σ c_k λ^{n−k}; in particular det A = (−1)^n c_n.</summary>
    public static Polynomial[] CharacteristicCoefficients(PolynomialMatrix a)
    {
        var denominator = CommonDenominator(a);
        if (denominator.IsOne) return IntegerCharacteristicCoefficients(a);
        var scale = new Rational(denominator);
        var c = IntegerCharacteristicCoefficients(scale * a);
        var unscale = Rational.One;
        for (int k = 1; k < c.Length; k++)
        {
            unscale /= scale;
            c[k] *= unscale;
        }
        return c;
    }

    private static System.Numerics.BigInteger CommonDenominator(PolynomialMatrix a)
    {
        var lcm = System.Numerics.BigInteger.One;
        for (int i = 0; i < a.RowCount; i++)
            for (int j = 0; j < a.ColumnCount; j++)
                foreach (var term in a[i, j].Terms)
                {
                    var d = term.Coefficient.Denominator;
                    if (!d.IsOne) lcm = lcm / System.Numerics.BigInteger.GreatestCommonDivisor(lcm, d) * d;
                }
        return lcm;
    }

    private static Polynomial[] IntegerCharacteristicCoefficients(PolynomialMatrix a)
    {
        var ring = a.Ring;
        int n = a.RowCount;
        var builder = ring.CreateBuilder();
        Polynomial[] p = [ring.One];
        for (int k = 1; k <= n; k++)
        {
            int m = k - 1; // size of the leading block A_{k−1}
            var t = new Polynomial[k + 1];
            t[0] = ring.One;
            t[1] = -a[m, m];
            // v = A_{k−1}^j C for j = 0, 1, …; t_{j+2} = −R v.
            var v = new Polynomial[m];
            for (int i = 0; i < m; i++) v[i] = a[i, m];
            for (int j = 0; j + 2 <= k; j++)
            {
                builder.Clear();
                for (int i = 0; i < m; i++) builder.AddProduct(a[m, i], v[i]);
                t[j + 2] = -builder.ToPolynomial();
                if (j + 3 > k) break;
                var next = new Polynomial[m];
                for (int r = 0; r < m; r++)
                {
                    builder.Clear();
                    for (int c = 0; c < m; c++) builder.AddProduct(a[r, c], v[c]);
                    next[r] = builder.ToPolynomial();
                }
                v = next;
            }
            var q = new Polynomial[k + 1];
            for (int i = 0; i <= k; i++)
            {
                builder.Clear();
                for (int j = 0; j <= Math.Min(i, k - 1); j++) builder.AddProduct(t[i - j], p[j]);
                q[i] = builder.ToPolynomial();
            }
            p = q;
        }
        return p;
    }
}

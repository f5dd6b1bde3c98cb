namespace EosVerify.Algebra;

internal static partial class ExactLinearAlgebra
{
    /// <summary>
    /// The characteristic polynomial det(x·I − A) (monic, degree n) over Q, exactly. Its constant term is
    /// (−1)ⁿ det A and its x^(n−1) coefficient −tr A. Computed by the multimodular algorithm (Hessenberg reduction
    /// modulo 62-bit primes, Chinese remaindering up to a Hadamard-type coefficient bound), which avoids the growth
    /// of rational entries; <see cref="CharacteristicPolynomialOverQ"/> is the direct rational algorithm.
    /// </summary>
    public static UnivariatePolynomial CharacteristicPolynomial(RationalMatrix a, string variable = "x")
    {
        RequireSquare(a, "characteristic polynomial");
        return MultimodularCharacteristicPolynomial.Compute(a, variable);
    }

    /// <summary>
    /// det(x·I − A) by exact similarity reduction to upper Hessenberg form over Q and the Hessenberg recurrence
    /// (Cohen, A Course in Computational Algebraic Number Theory, Alg. 2.2.9). Fine for small matrices; the
    /// rational entries can grow quickly with n.
    /// </summary>
    public static UnivariatePolynomial CharacteristicPolynomialOverQ(RationalMatrix a, string variable = "x")
    {
        RequireSquare(a, "characteristic polynomial");
        int n = a.RowCount;
        var h = ToArray(a);
        ReduceToHessenberg(h, n);

        var x = UnivariatePolynomial.X(variable);
        var p = new UnivariatePolynomial[n + 1];
        p[0] = UnivariatePolynomial.One(variable);
        for (int m = 0; m < n; m++)
        {
            var next = (x - UnivariatePolynomial.Constant(h[m * n + m], variable)) * p[m];
            var t = Rational.One; // ∏_{j=i+1..m} h[j, j−1]
            for (int i = m - 1; i >= 0; i--)
            {
                t *= h[(i + 1) * n + i];
                if (t.IsZero) break;
                var c = h[i * n + m] * t;
                if (!c.IsZero) next -= c * p[i];
            }
            p[m + 1] = next;
        }
        return p[n];
    }

    /// <summary>In-place similarity transform to upper Hessenberg form (entries below the subdiagonal become zero).</summary>
    private static void ReduceToHessenberg(Rational[] h, int n)
    {
        for (int m = 1; m < n - 1; m++)
        {
            int i0 = m;
            while (i0 < n && h[i0 * n + m - 1].IsZero) i0++;
            if (i0 == n) continue;
            if (i0 != m)
            {
                SwapRows(h, n, i0, m);
                for (int r = 0; r < n; r++) (h[r * n + i0], h[r * n + m]) = (h[r * n + m], h[r * n + i0]);
            }
            var pivotInverse = h[m * n + m - 1].Reciprocal();
            for (int i = m + 1; i < n; i++)
            {
                var u = h[i * n + m - 1] * pivotInverse;
                if (u.IsZero) continue;
                // Row_i −= u·Row_m, then Column_m += u·Column_i: conjugation by an elementary matrix.
                for (int j = m - 1; j < n; j++) h[i * n + j] -= u * h[m * n + j];
                for (int r = 0; r < n; r++) h[r * n + m] += u * h[r * n + i];
            }
        }
    }
}

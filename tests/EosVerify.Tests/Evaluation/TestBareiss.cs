using EosVerify.Algebra;

namespace EosVerify.Tests.Evaluation;

/// <summary>A textbook Bareiss determinant over Q, independent of ExactLinearAlgebra (no row scaling, no multimodular path).</summary>
internal static class TestBareiss
{
    public static Rational Determinant(RationalMatrix a)
    {
        int n = a.RowCount;
        var m = new Rational[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) m[i, j] = a[i, j];
        Rational previous = Rational.One;
        int sign = 1;
        for (int k = 0; k < n - 1; k++)
        {
            if (m[k, k].IsZero)
            {
                int swap = Enumerable.Range(k + 1, n - k - 1).FirstOrDefault(r => !m[r, k].IsZero, -1);
                if (swap < 0) return Rational.Zero;
                for (int j = 0; j < n; j++) (m[k, j], m[swap, j]) = (m[swap, j], m[k, j]);
                sign = -sign;
            }
            for (int i = k + 1; i < n; i++)
            {
                for (int j = k + 1; j < n; j++) m[i, j] = (m[k, k] * m[i, j] - m[i, k] * m[k, j]) / previous;
                m[i, k] = Rational.Zero;
            }
            previous = m[k, k];
        }
        return sign * m[n - 1, n - 1];
    }
}

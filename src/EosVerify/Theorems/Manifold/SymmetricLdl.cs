using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>
/// Exact LDLᵀ of a positive semidefinite rational matrix without pivoting: S = L D Lᵀ with L unit lower triangular
/// and D diagonal ⪰ 0. For a PSD matrix a zero pivot forces a zero column below it, so no pivoting is needed;
/// a negative pivot, or a zero pivot with a nonzero entry below, shows S is not PSD (null).
/// </summary>
internal sealed record SymmetricLdl(RationalMatrix Lower, Rational[] Diagonal)
{
    public static SymmetricLdl? Decompose(RationalMatrix s)
    {
        if (!s.IsSquare) throw new ArgumentException($"LDLᵀ needs a square matrix, got {s.RowCount}×{s.ColumnCount}", nameof(s));
        int n = s.RowCount;
        var a = new Rational[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                if (s[i, j] != s[j, i]) return null;
                a[i, j] = s[i, j];
            }
        var lower = new Rational[n, n];
        var d = new Rational[n];
        for (int k = 0; k < n; k++)
        {
            lower[k, k] = Rational.One;
            d[k] = a[k, k];
            if (d[k].Sign < 0) return null;
            if (d[k].IsZero)
            {
                for (int i = k + 1; i < n; i++) if (!a[i, k].IsZero) return null;
                continue;
            }
            for (int i = k + 1; i < n; i++) lower[i, k] = a[i, k] / d[k];
            for (int i = k + 1; i < n; i++)
            {
                if (lower[i, k].IsZero) continue;
                for (int j = k + 1; j <= i; j++)
                {
                    a[i, j] -= lower[i, k] * a[k, j];
                    a[j, i] = a[i, j];
                }
            }
        }
        return new SymmetricLdl(RationalArrays.ToMatrix(lower), d);
    }
}

using System.Numerics;
using EosVerify.Algebra;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Theorems;

/// <summary>
/// An exact, sufficient test that a symmetric rational matrix M is positive definite, for sizes where fraction-free
/// elimination on big entries is too slow. M is scaled to an integer matrix d·M (d &gt; 0, the lcm of its
/// denominators); an approximate inverse Cholesky factor is computed in doubles and rounded to an integer lower
/// triangular T with nonzero diagonal (so T is invertible); then C = T(d·M)Tᵀ is computed exactly in integers. If C is
/// strictly diagonally dominant with a positive diagonal, C ≻ 0 (Gershgorin), hence M ≻ 0 by congruence. The floating
/// point only chooses T: the proof is the exact integer computation. A false answer means "not proved", nothing more.
/// </summary>
internal static class CongruenceDefiniteness
{
    /// <summary>Bits kept in each row of T: enough that C is within about 2⁻⁴⁵·cond(M) of a diagonal matrix.</summary>
    private const int RowBits = 52;

    public static bool ProvesPositiveDefinite(RationalMatrix m)
    {
        if (!m.IsSquare) throw new ArgumentException($"expected a square matrix, got {m.RowCount}×{m.ColumnCount}", nameof(m));
        int n = m.RowCount;
        if (n == 0) return true;
        var factor = m.ToDouble();
        factor = (factor + factor.Transpose()) * 0.5;
        if (CholeskyFactor(factor) is not { } lower) return false; // not positive definite in doubles: nothing to prove with
        var inverse = lower.Inverse();
        var t = new BigInteger[n, n];
        for (int i = 0; i < n; i++)
        {
            double max = 0;
            for (int j = 0; j <= i; j++) max = Math.Max(max, Math.Abs(inverse[i, j]));
            if (!(max > 0) || !double.IsFinite(max)) return false;
            double scale = Math.ScaleB(1, RowBits - Math.ILogB(max));
            for (int j = 0; j <= i; j++) t[i, j] = new BigInteger(Math.Round(inverse[i, j] * scale));
            if (t[i, i].IsZero) return false;
        }
        var integer = ScaledToIntegers(m);
        // U = T·(dM), using that T is lower triangular; then C = U·Tᵀ.
        var u = new BigInteger[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                var sum = BigInteger.Zero;
                for (int k = 0; k <= i; k++) if (!t[i, k].IsZero) sum += t[i, k] * integer[k, j];
                u[i, j] = sum;
            }
        var c = new BigInteger[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++)
            {
                var sum = BigInteger.Zero;
                for (int k = 0; k <= j; k++) if (!t[j, k].IsZero) sum += u[i, k] * t[j, k];
                c[i, j] = sum;
                c[j, i] = sum;
            }
        for (int i = 0; i < n; i++)
        {
            if (c[i, i].Sign <= 0) return false;
            var off = BigInteger.Zero;
            for (int j = 0; j < n; j++) if (j != i) off += BigInteger.Abs(c[i, j]);
            if (off >= c[i, i]) return false;
        }
        return true;
    }

    private static BigInteger[,] ScaledToIntegers(RationalMatrix m)
    {
        int n = m.RowCount;
        var lcm = BigInteger.One;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                var d = m[i, j].Denominator;
                if (!d.IsOne) lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, d) * d;
            }
        var result = new BigInteger[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                result[i, j] = m[i, j].Numerator * (lcm / m[i, j].Denominator);
        return result;
    }

    /// <summary>The lower Cholesky factor L (A = LLᵀ) in doubles, or null when a pivot is not positive.</summary>
    private static Matrix<double>? CholeskyFactor(Matrix<double> a)
    {
        int n = a.RowCount;
        var l = Matrix<double>.Build.Dense(n, n);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = a[i, j];
                for (int k = 0; k < j; k++) sum -= l[i, k] * l[j, k];
                if (i != j) l[i, j] = sum / l[j, j];
                else if (sum > 0) l[i, i] = Math.Sqrt(sum);
                else return null;
            }
        }
        return l;
    }
}

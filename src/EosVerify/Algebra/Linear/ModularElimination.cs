namespace EosVerify.Algebra;

/// <summary>Gaussian elimination over Z/p on a row-major scratch array of internal-form residues (overwritten).</summary>
internal static class ModularElimination
{
    /// <summary>Determinant of an n×n matrix in internal form; the result is in internal form too.</summary>
    public static ulong Determinant<TField>(TField field, ulong[] m, int n) where TField : struct, IPrimeField
    {
        ulong det = field.One;
        for (int k = 0; k < n; k++)
        {
            int pivotRow = k;
            while (pivotRow < n && m[pivotRow * n + k] == 0) pivotRow++;
            if (pivotRow == n) return 0;
            if (pivotRow != k)
            {
                SwapRows(m, n, pivotRow, k);
                det = field.Subtract(0, det);
            }
            ulong pivot = m[k * n + k];
            det = field.Multiply(det, pivot);
            ulong pivotInverse = Inverse(field, pivot);
            var pivotTail = m.AsSpan(k * n + k + 1, n - k - 1);
            for (int i = k + 1; i < n; i++)
            {
                ulong entry = m[i * n + k];
                if (entry == 0) continue;
                ulong factor = field.Multiply(entry, pivotInverse);
                field.SubtractScaled(m.AsSpan(i * n + k + 1, n - k - 1), pivotTail, factor);
            }
        }
        return det;
    }

    /// <summary>Rank of a rows×columns matrix in internal form.</summary>
    public static int Rank<TField>(TField field, ulong[] m, int rows, int columns) where TField : struct, IPrimeField
    {
        int rank = 0;
        for (int col = 0; col < columns && rank < rows; col++)
        {
            int pivotRow = rank;
            while (pivotRow < rows && m[pivotRow * columns + col] == 0) pivotRow++;
            if (pivotRow == rows) continue;
            if (pivotRow != rank) SwapRows(m, columns, pivotRow, rank);
            ulong pivotInverse = Inverse(field, m[rank * columns + col]);
            var pivotTail = m.AsSpan(rank * columns + col + 1, columns - col - 1);
            for (int i = rank + 1; i < rows; i++)
            {
                ulong entry = m[i * columns + col];
                if (entry == 0) continue;
                ulong factor = field.Multiply(entry, pivotInverse);
                field.SubtractScaled(m.AsSpan(i * columns + col + 1, columns - col - 1), pivotTail, factor);
                m[i * columns + col] = 0;
            }
            rank++;
        }
        return rank;
    }

    private static void SwapRows(ulong[] m, int columns, int r1, int r2)
    {
        var a = m.AsSpan(r1 * columns, columns);
        var b = m.AsSpan(r2 * columns, columns);
        for (int j = 0; j < columns; j++) (a[j], b[j]) = (b[j], a[j]);
    }

    /// <summary>a⁻¹ = a^(p−2) (Fermat), for a ≠ 0 in internal form.</summary>
    public static ulong Inverse<TField>(TField field, ulong a) where TField : struct, IPrimeField
    {
        if (a == 0) throw new DivideByZeroException("Zero has no inverse modulo p.");
        ulong e = field.Modulus - 2, result = field.One, b = a;
        while (e != 0)
        {
            if ((e & 1) != 0) result = field.Multiply(result, b);
            b = field.Multiply(b, b);
            e >>= 1;
        }
        return result;
    }
}

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
            EliminateBelow(field, m, n, n, k, k);
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
            EliminateBelow(field, m, rows, columns, rank, col);
            rank++;
        }
        return rank;
    }

    /// <summary>
    /// Coefficients (ascending, internal form, length n + 1, monic) of det(x·I − M) for an n×n matrix in internal
    /// form: similarity reduction to upper Hessenberg form, then the Hessenberg recurrence, all mod p.
    /// </summary>
    public static ulong[] CharacteristicPolynomial<TField>(TField field, ulong[] h, int n) where TField : struct, IPrimeField
    {
        for (int m = 1; m < n - 1; m++)
        {
            int i0 = m;
            while (i0 < n && h[i0 * n + m - 1] == 0) i0++;
            if (i0 == n) continue;
            if (i0 != m)
            {
                SwapRows(h, n, i0, m);
                for (int r = 0; r < n; r++) (h[r * n + i0], h[r * n + m]) = (h[r * n + m], h[r * n + i0]);
            }
            ulong pivotInverse = PrimeFieldOps.Inverse(field, h[m * n + m - 1]);
            for (int i = m + 1; i < n; i++)
            {
                ulong u = field.Multiply(h[i * n + m - 1], pivotInverse);
                if (u == 0) continue;
                // Row_i −= u·Row_m, then Column_m += u·Column_i.
                field.SubtractScaled(h.AsSpan(i * n + m - 1, n - m + 1), h.AsSpan(m * n + m - 1, n - m + 1), u);
                for (int r = 0; r < n; r++) h[r * n + m] = field.Add(h[r * n + m], field.Multiply(u, h[r * n + i]));
            }
        }
        // p_{m+1} = (x − h_mm)·p_m − Σ_{i<m} h_im·(∏_{j=i+1..m} h_{j,j−1})·p_i, each p_k stored with k + 1 coefficients.
        var p = new ulong[n + 1][];
        p[0] = [field.One];
        for (int m = 0; m < n; m++)
        {
            var next = new ulong[m + 2];
            ulong diagonal = h[m * n + m];
            for (int k = 0; k <= m; k++)
            {
                next[k + 1] = field.Add(next[k + 1], p[m][k]);
                next[k] = field.Subtract(next[k], field.Multiply(diagonal, p[m][k]));
            }
            ulong t = field.One;
            for (int i = m - 1; i >= 0; i--)
            {
                t = field.Multiply(t, h[(i + 1) * n + i]);
                if (t == 0) break;
                ulong c = field.Multiply(h[i * n + m], t);
                if (c == 0) continue;
                for (int k = 0; k <= i; k++) next[k] = field.Subtract(next[k], field.Multiply(c, p[i][k]));
            }
            p[m + 1] = next;
        }
        return p[n];
    }

    /// <summary>Clears column <paramref name="col"/> below the nonzero pivot at (pivotRow, col) by row operations.</summary>
    private static void EliminateBelow<TField>(TField field, ulong[] m, int rows, int columns, int pivotRow, int col) where TField : struct, IPrimeField
    {
        ulong pivotInverse = PrimeFieldOps.Inverse(field, m[pivotRow * columns + col]);
        var pivotTail = m.AsSpan(pivotRow * columns + col + 1, columns - col - 1);
        for (int i = pivotRow + 1; i < rows; i++)
        {
            ulong entry = m[i * columns + col];
            if (entry == 0) continue;
            ulong factor = field.Multiply(entry, pivotInverse);
            field.SubtractScaled(m.AsSpan(i * columns + col + 1, columns - col - 1), pivotTail, factor);
            m[i * columns + col] = 0;
        }
    }

    private static void SwapRows(ulong[] m, int columns, int r1, int r2)
    {
        var a = m.AsSpan(r1 * columns, columns);
        var b = m.AsSpan(r2 * columns, columns);
        for (int j = 0; j < columns; j++) (a[j], b[j]) = (b[j], a[j]);
    }
}

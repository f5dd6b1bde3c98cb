using System.Numerics;

namespace EosVerify.Algebra;

internal static partial class ExactLinearAlgebra
{
    /// <summary>Exact rank, by fraction-free (Bareiss) elimination on the denominator-cleared rows.</summary>
    public static int Rank(RationalMatrix a)
    {
        ArgumentNullException.ThrowIfNull(a);
        int rows = a.RowCount, columns = a.ColumnCount;
        var m = IntegerRows.From(a).Entries;
        int rank = 0, sign = 1;
        var previous = BigInteger.One;
        for (int col = 0; col < columns && rank < rows; col++)
        {
            if (m[rank * columns + col].IsZero && !SwapInNonzeroPivot(m, rows, columns, rank, col, ref sign)) continue;
            previous = BareissStep(m, rows, columns, rank, col, previous);
            rank++;
        }
        return rank;
    }

    /// <summary>The reduced row echelon form, by Gauss–Jordan elimination over Q.</summary>
    public static RowEchelonForm ReducedRowEchelon(RationalMatrix a)
    {
        ArgumentNullException.ThrowIfNull(a);
        int rows = a.RowCount, columns = a.ColumnCount;
        var m = ToArray(a);
        var pivots = new List<int>();
        int r = 0;
        for (int col = 0; col < columns && r < rows; col++)
        {
            int p = r;
            while (p < rows && m[p * columns + col].IsZero) p++;
            if (p == rows) continue;
            SwapRows(m, columns, p, r);
            var inverse = m[r * columns + col].Reciprocal();
            for (int j = col; j < columns; j++) m[r * columns + j] *= inverse;
            for (int i = 0; i < rows; i++)
            {
                if (i == r) continue;
                var f = m[i * columns + col];
                if (f.IsZero) continue;
                for (int j = col; j < columns; j++) m[i * columns + j] -= f * m[r * columns + j];
            }
            pivots.Add(col);
            r++;
        }
        return new RowEchelonForm(RationalMatrix.FromRowMajor(rows, columns, m), pivots);
    }

    /// <summary>
    /// A basis of the right nullspace {v : A·v = 0} as the columns of a ColumnCount × (ColumnCount − rank) matrix:
    /// one vector per free column f of the echelon form, with v_f = 1 and zeros at the other free columns.
    /// </summary>
    public static RationalMatrix NullspaceBasis(RationalMatrix a)
    {
        var echelon = ReducedRowEchelon(a);
        int n = a.ColumnCount;
        var free = Enumerable.Range(0, n).Except(echelon.PivotColumns).ToArray();
        var basis = new Rational[n * free.Length];
        for (int k = 0; k < free.Length; k++)
        {
            basis[free[k] * free.Length + k] = Rational.One;
            for (int r = 0; r < echelon.Rank; r++)
                basis[echelon.PivotColumns[r] * free.Length + k] = -echelon.Reduced[r, free[k]];
        }
        return RationalMatrix.FromRowMajor(n, free.Length, basis);
    }

    /// <summary>X with A·X = B, for A square and non-singular (throws <see cref="ArgumentException"/> if singular).</summary>
    public static RationalMatrix Solve(RationalMatrix a, RationalMatrix b)
    {
        RequireSquare(a, "solve");
        ArgumentNullException.ThrowIfNull(b);
        if (b.RowCount != a.RowCount)
            throw new ArgumentException($"Cannot solve A·X = B with A {a.RowCount}×{a.ColumnCount} and B {b.RowCount}×{b.ColumnCount}: row counts differ.");
        int n = a.RowCount, k = b.ColumnCount, w = n + k;
        var m = new Rational[n * w];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++) m[i * w + j] = a[i, j];
            for (int j = 0; j < k; j++) m[i * w + n + j] = b[i, j];
        }
        for (int col = 0; col < n; col++)
        {
            int p = col;
            while (p < n && m[p * w + col].IsZero) p++;
            if (p == n) throw new ArgumentException($"The {n}×{n} matrix is singular (rank {Rank(a)}); A·X = B has no unique solution.", nameof(a));
            SwapRows(m, w, p, col);
            var inverse = m[col * w + col].Reciprocal();
            for (int j = col; j < w; j++) m[col * w + j] *= inverse;
            for (int i = 0; i < n; i++)
            {
                if (i == col) continue;
                var f = m[i * w + col];
                if (f.IsZero) continue;
                for (int j = col; j < w; j++) m[i * w + j] -= f * m[col * w + j];
            }
        }
        return RationalMatrix.Create(n, k, (i, j) => m[i * w + n + j]);
    }

    /// <summary>X with X·A = B, for A square and non-singular: e.g. W* = Syx·Sxx⁻¹ is SolveRight(Sxx, Syx).</summary>
    public static RationalMatrix SolveRight(RationalMatrix a, RationalMatrix b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (b.ColumnCount != a.RowCount)
            throw new ArgumentException($"Cannot solve X·A = B with A {a.RowCount}×{a.ColumnCount} and B {b.RowCount}×{b.ColumnCount}: column counts differ.");
        return Solve(a.Transpose(), b.Transpose()).Transpose();
    }

    /// <summary>The exact inverse (throws <see cref="ArgumentException"/> for a singular matrix).</summary>
    public static RationalMatrix Inverse(RationalMatrix a)
    {
        RequireSquare(a, "inverse");
        return Solve(a, RationalMatrix.Identity(a.RowCount));
    }

    /// <summary>
    /// Whether a symmetric matrix is positive definite, decided exactly by Sylvester's criterion: the leading
    /// principal minors, which are the pivots of Bareiss elimination without row exchanges, are all positive.
    /// Throws for a non-symmetric matrix.
    /// </summary>
    public static bool IsPositiveDefinite(RationalMatrix a)
    {
        RequireSymmetric(a);
        int n = a.RowCount;
        // Rows are scaled by positive lcms, which multiplies each leading minor by a positive number.
        var m = IntegerRows.From(a).Entries;
        var previous = BigInteger.One;
        for (int k = 0; k < n; k++)
        {
            var pivot = m[k * n + k]; // the (k+1)-th leading principal minor of the scaled matrix
            if (pivot.Sign <= 0) return false;
            for (int i = k + 1; i < n; i++)
            {
                var mik = m[i * n + k];
                for (int j = k + 1; j < n; j++)
                    m[i * n + j] = BigInteger.Divide(pivot * m[i * n + j] - mik * m[k * n + j], previous);
            }
            previous = pivot;
        }
        return true;
    }

    /// <summary>
    /// Whether a symmetric matrix is positive semidefinite, exactly: A ⪰ 0 iff a positive diagonal pivot d has a
    /// positive semidefinite Schur complement; a negative diagonal entry refutes; an all-zero diagonal needs a zero block.
    /// </summary>
    public static bool IsPositiveSemidefinite(RationalMatrix a)
    {
        RequireSymmetric(a);
        int n = a.RowCount;
        var m = ToArray(a);
        var active = Enumerable.Range(0, n).ToList();
        while (active.Count > 0)
        {
            // Choose any positive diagonal pivot; a negative one refutes; an all-zero diagonal needs zero rows.
            int pick = -1;
            foreach (int k in active)
            {
                int s = m[k * n + k].Sign;
                if (s < 0) return false;
                if (s > 0 && pick < 0) pick = k;
            }
            if (pick < 0)
            {
                foreach (int i in active)
                    foreach (int j in active)
                        if (!m[i * n + j].IsZero) return false; // zero diagonal with a nonzero off-diagonal entry: indefinite
                return true;
            }
            active.Remove(pick);
            var d = m[pick * n + pick];
            foreach (int i in active)
            {
                var f = m[i * n + pick] / d;
                if (f.IsZero) continue;
                foreach (int j in active) m[i * n + j] -= f * m[pick * n + j];
            }
        }
        return true;
    }

    private static void RequireSymmetric(RationalMatrix a)
    {
        RequireSquare(a, "definiteness test");
        for (int i = 0; i < a.RowCount; i++)
            for (int j = 0; j < i; j++)
                if (a[i, j] != a[j, i]) throw new ArgumentException($"Definiteness is tested for symmetric matrices; entry ({i},{j}) = {a[i, j]} differs from ({j},{i}) = {a[j, i]}.", nameof(a));
    }

    private static Rational[] ToArray(RationalMatrix a)
    {
        var m = new Rational[a.RowCount * a.ColumnCount];
        for (int i = 0; i < a.RowCount; i++)
            for (int j = 0; j < a.ColumnCount; j++)
                m[i * a.ColumnCount + j] = a[i, j];
        return m;
    }

    private static void SwapRows<T>(T[] m, int columns, int r1, int r2)
    {
        if (r1 == r2) return;
        for (int j = 0; j < columns; j++) (m[r1 * columns + j], m[r2 * columns + j]) = (m[r2 * columns + j], m[r1 * columns + j]);
    }
}

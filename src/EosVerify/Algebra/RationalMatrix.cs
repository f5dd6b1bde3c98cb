using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Algebra;

/// <summary>An immutable dense matrix of exact rationals, stored row-major.</summary>
public sealed class RationalMatrix : IEquatable<RationalMatrix>
{
    private readonly Rational[] _entries;

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }
    /// <summary>The number of columns.</summary>
    public int ColumnCount { get; }

    private RationalMatrix(int rows, int columns, Rational[] entries)
    {
        RowCount = rows;
        ColumnCount = columns;
        _entries = entries;
    }

    /// <summary>A <paramref name="rows"/> × <paramref name="columns"/> matrix whose entry (i, j) is <paramref name="entry"/>(i, j).</summary>
    public static RationalMatrix Create(int rows, int columns, Func<int, int, Rational> entry)
    {
        if (rows < 0 || columns < 0) throw new ArgumentOutOfRangeException(nameof(rows), "Matrix dimensions must be non-negative.");
        var e = new Rational[rows * columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                e[i * columns + j] = entry(i, j);
        return new RationalMatrix(rows, columns, e);
    }

    /// <summary>Takes ownership of a row-major array.</summary>
    internal static RationalMatrix FromRowMajor(int rows, int columns, Rational[] entries)
    {
        if (entries.Length != rows * columns) throw new ArgumentException($"Expected {rows * columns} entries for a {rows}×{columns} matrix, got {entries.Length}.");
        return new RationalMatrix(rows, columns, entries);
    }

    /// <summary>The matrix with the given rows (all of the same length).</summary>
    public static RationalMatrix FromRows(IReadOnlyList<IReadOnlyList<Rational>> rows)
    {
        int r = rows.Count;
        int c = r == 0 ? 0 : rows[0].Count;
        for (int i = 0; i < r; i++)
            if (rows[i].Count != c) throw new ArgumentException($"Row {i} has {rows[i].Count} entries; row 0 has {c}.");
        return Create(r, c, (i, j) => rows[i][j]);
    }

    /// <summary>The zero matrix of the given shape.</summary>
    public static RationalMatrix Zero(int rows, int columns) => Create(rows, columns, (_, _) => Rational.Zero);
    /// <summary>The n × n identity matrix.</summary>
    public static RationalMatrix Identity(int n) => Create(n, n, (i, j) => i == j ? Rational.One : Rational.Zero);

    /// <summary>Entry (row, column), 0-based.</summary>
    public Rational this[int row, int column] => _entries[row * ColumnCount + column];

    /// <summary>True when the matrix has as many rows as columns.</summary>
    public bool IsSquare => RowCount == ColumnCount;

    /// <summary>Every entry is zero.</summary>
    public bool IsZero => _entries.All(e => e.IsZero);

    /// <summary>The transpose.</summary>
    public RationalMatrix Transpose() => Create(ColumnCount, RowCount, (i, j) => this[j, i]);

    /// <summary>The entrywise sum of two matrices of the same shape.</summary>
    public static RationalMatrix operator +(RationalMatrix a, RationalMatrix b)
    {
        RequireSameShape(a, b, "add");
        return Create(a.RowCount, a.ColumnCount, (i, j) => a[i, j] + b[i, j]);
    }

    /// <summary>The entrywise difference of two matrices of the same shape.</summary>
    public static RationalMatrix operator -(RationalMatrix a, RationalMatrix b)
    {
        RequireSameShape(a, b, "subtract");
        return Create(a.RowCount, a.ColumnCount, (i, j) => a[i, j] - b[i, j]);
    }

    /// <summary>The matrix scaled by s.</summary>
    public static RationalMatrix operator *(Rational s, RationalMatrix a) => Create(a.RowCount, a.ColumnCount, (i, j) => s * a[i, j]);

    /// <summary>The matrix product (columns of a must equal rows of b).</summary>
    public static RationalMatrix operator *(RationalMatrix a, RationalMatrix b)
    {
        if (a.ColumnCount != b.RowCount)
            throw new ArgumentException($"Cannot multiply a {a.RowCount}×{a.ColumnCount} matrix by a {b.RowCount}×{b.ColumnCount} matrix.");
        var e = new Rational[a.RowCount * b.ColumnCount];
        for (int i = 0; i < a.RowCount; i++)
            for (int k = 0; k < a.ColumnCount; k++)
            {
                var aik = a[i, k];
                if (aik.IsZero) continue;
                for (int j = 0; j < b.ColumnCount; j++)
                    e[i * b.ColumnCount + j] += aik * b[k, j];
            }
        return new RationalMatrix(a.RowCount, b.ColumnCount, e);
    }

    /// <summary>The sum of the diagonal entries of a square matrix.</summary>
    public Rational Trace()
    {
        if (!IsSquare) throw new InvalidOperationException($"Trace of a non-square {RowCount}×{ColumnCount} matrix.");
        var t = Rational.Zero;
        for (int i = 0; i < RowCount; i++) t += this[i, i];
        return t;
    }

    /// <summary>The nearest doubles, entry by entry.</summary>
    public Matrix<double> ToDouble() => Matrix<double>.Build.Dense(RowCount, ColumnCount, (i, j) => this[i, j].ToDouble());

    /// <summary>The exact values of a matrix of finite doubles.</summary>
    public static RationalMatrix FromDouble(Matrix<double> m) => Create(m.RowCount, m.ColumnCount, (i, j) => Rational.FromDouble(m[i, j]));

    /// <summary>True when <paramref name="other"/> has the same shape and the same entries.</summary>
    public bool Equals(RationalMatrix? other) =>
        other is not null && RowCount == other.RowCount && ColumnCount == other.ColumnCount && _entries.AsSpan().SequenceEqual(other._entries);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RationalMatrix);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(RowCount);
        h.Add(ColumnCount);
        foreach (var x in _entries) h.Add(x);
        return h.ToHashCode();
    }

    private static void RequireSameShape(RationalMatrix a, RationalMatrix b, string operation)
    {
        if (a.RowCount != b.RowCount || a.ColumnCount != b.ColumnCount)
            throw new ArgumentException($"Cannot {operation} a {a.RowCount}×{a.ColumnCount} matrix and a {b.RowCount}×{b.ColumnCount} matrix.");
    }
}

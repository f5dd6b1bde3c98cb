using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Algebra;

/// <summary>An immutable dense matrix of exact rationals, stored row-major.</summary>
public sealed class RationalMatrix : IEquatable<RationalMatrix>
{
    private readonly Rational[] _entries;

    public int RowCount { get; }
    public int ColumnCount { get; }

    private RationalMatrix(int rows, int columns, Rational[] entries)
    {
        RowCount = rows;
        ColumnCount = columns;
        _entries = entries;
    }

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

    public static RationalMatrix FromRows(IReadOnlyList<IReadOnlyList<Rational>> rows)
    {
        int r = rows.Count;
        int c = r == 0 ? 0 : rows[0].Count;
        for (int i = 0; i < r; i++)
            if (rows[i].Count != c) throw new ArgumentException($"Row {i} has {rows[i].Count} entries; row 0 has {c}.");
        return Create(r, c, (i, j) => rows[i][j]);
    }

    public static RationalMatrix Zero(int rows, int columns) => Create(rows, columns, (_, _) => Rational.Zero);
    public static RationalMatrix Identity(int n) => Create(n, n, (i, j) => i == j ? Rational.One : Rational.Zero);

    public Rational this[int row, int column] => _entries[row * ColumnCount + column];

    public bool IsSquare => RowCount == ColumnCount;

    /// <summary>Every entry is zero.</summary>
    public bool IsZero => _entries.All(e => e.IsZero);

    public RationalMatrix Transpose() => Create(ColumnCount, RowCount, (i, j) => this[j, i]);

    public static RationalMatrix operator +(RationalMatrix a, RationalMatrix b)
    {
        RequireSameShape(a, b, "add");
        return Create(a.RowCount, a.ColumnCount, (i, j) => a[i, j] + b[i, j]);
    }

    public static RationalMatrix operator -(RationalMatrix a, RationalMatrix b)
    {
        RequireSameShape(a, b, "subtract");
        return Create(a.RowCount, a.ColumnCount, (i, j) => a[i, j] - b[i, j]);
    }

    public static RationalMatrix operator *(Rational s, RationalMatrix a) => Create(a.RowCount, a.ColumnCount, (i, j) => s * a[i, j]);

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

    public Rational Trace()
    {
        if (!IsSquare) throw new InvalidOperationException($"Trace of a non-square {RowCount}×{ColumnCount} matrix.");
        var t = Rational.Zero;
        for (int i = 0; i < RowCount; i++) t += this[i, i];
        return t;
    }

    public Matrix<double> ToDouble() => Matrix<double>.Build.Dense(RowCount, ColumnCount, (i, j) => this[i, j].ToDouble());

    public static RationalMatrix FromDouble(Matrix<double> m) => Create(m.RowCount, m.ColumnCount, (i, j) => Rational.FromDouble(m[i, j]));

    public bool Equals(RationalMatrix? other) =>
        other is not null && RowCount == other.RowCount && ColumnCount == other.ColumnCount && _entries.AsSpan().SequenceEqual(other._entries);

    public override bool Equals(object? obj) => Equals(obj as RationalMatrix);

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

namespace EosVerify.Algebra;

/// <summary>An immutable dense matrix of polynomials of one ring, stored row-major.</summary>
internal sealed class PolynomialMatrix : IEquatable<PolynomialMatrix>
{
    private readonly Polynomial[] _entries;

    public PolynomialRing Ring { get; }
    public int RowCount { get; }
    public int ColumnCount { get; }

    private PolynomialMatrix(PolynomialRing ring, int rows, int columns, Polynomial[] entries)
    {
        Ring = ring;
        RowCount = rows;
        ColumnCount = columns;
        _entries = entries;
    }

    public static PolynomialMatrix Create(PolynomialRing ring, int rows, int columns, Func<int, int, Polynomial> entry)
    {
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentNullException.ThrowIfNull(entry);
        if (rows < 0 || columns < 0) throw new ArgumentOutOfRangeException(nameof(rows), $"Matrix dimensions must be non-negative, got {rows}×{columns}.");
        var e = new Polynomial[rows * columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
            {
                var p = entry(i, j) ?? throw new ArgumentException($"Entry ({i},{j}) is null.", nameof(entry));
                ring.RequireSame(p.Ring);
                e[i * columns + j] = p;
            }
        return new PolynomialMatrix(ring, rows, columns, e);
    }

    public static PolynomialMatrix FromRational(PolynomialRing ring, RationalMatrix m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return Create(ring, m.RowCount, m.ColumnCount, (i, j) => ring.Constant(m[i, j]));
    }

    public static PolynomialMatrix Zero(PolynomialRing ring, int rows, int columns) => Create(ring, rows, columns, (_, _) => ring.Zero);

    public static PolynomialMatrix Identity(PolynomialRing ring, int n) => Create(ring, n, n, (i, j) => i == j ? ring.One : ring.Zero);

    public Polynomial this[int row, int column]
    {
        get
        {
            if ((uint)row >= (uint)RowCount || (uint)column >= (uint)ColumnCount)
                throw new ArgumentOutOfRangeException(nameof(row), $"Entry ({row},{column}) is outside a {RowCount}×{ColumnCount} matrix.");
            return _entries[row * ColumnCount + column];
        }
    }

    public bool IsSquare => RowCount == ColumnCount;

    public PolynomialMatrix Transpose() => Create(Ring, ColumnCount, RowCount, (i, j) => this[j, i]);

    public static PolynomialMatrix operator +(PolynomialMatrix a, PolynomialMatrix b)
    {
        RequireSameShape(a, b, "add");
        return Create(a.Ring, a.RowCount, a.ColumnCount, (i, j) => a[i, j] + b[i, j]);
    }

    public static PolynomialMatrix operator -(PolynomialMatrix a, PolynomialMatrix b)
    {
        RequireSameShape(a, b, "subtract");
        return Create(a.Ring, a.RowCount, a.ColumnCount, (i, j) => a[i, j] - b[i, j]);
    }

    public static PolynomialMatrix operator *(Rational s, PolynomialMatrix a) => a.Map(p => p * s);

    public static PolynomialMatrix operator *(Polynomial s, PolynomialMatrix a)
    {
        ArgumentNullException.ThrowIfNull(s);
        a.Ring.RequireSame(s.Ring);
        return a.Map(p => s * p);
    }

    public static PolynomialMatrix operator *(PolynomialMatrix a, PolynomialMatrix b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a.Ring.RequireSame(b.Ring);
        if (a.ColumnCount != b.RowCount)
            throw new ArgumentException($"Cannot multiply a {a.RowCount}×{a.ColumnCount} matrix by a {b.RowCount}×{b.ColumnCount} matrix.");
        var builder = a.Ring.CreateBuilder();
        return Create(a.Ring, a.RowCount, b.ColumnCount, (i, j) =>
        {
            builder.Clear();
            for (int k = 0; k < a.ColumnCount; k++) builder.AddProduct(a[i, k], b[k, j]);
            return builder.ToPolynomial();
        });
    }

    /// <summary>Applies a function to every entry.</summary>
    public PolynomialMatrix Map(Func<Polynomial, Polynomial> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return Create(Ring, RowCount, ColumnCount, (i, j) => f(this[i, j]));
    }

    public Polynomial Trace()
    {
        RequireSquare("trace");
        var builder = Ring.CreateBuilder();
        for (int i = 0; i < RowCount; i++) builder.Add(this[i, i]);
        return builder.ToPolynomial();
    }

    public RationalMatrix Evaluate(IReadOnlyList<Rational> point) =>
        RationalMatrix.Create(RowCount, ColumnCount, (i, j) => this[i, j].Evaluate(point));

    public double[,] Evaluate(IReadOnlyList<double> point)
    {
        var m = new double[RowCount, ColumnCount];
        for (int i = 0; i < RowCount; i++)
            for (int j = 0; j < ColumnCount; j++)
                m[i, j] = this[i, j].Evaluate(point);
        return m;
    }

    /// <summary>The determinant by Berkowitz's division-free algorithm (see <see cref="PolynomialBerkowitz"/>).</summary>
    public Polynomial Determinant()
    {
        RequireSquare("determinant");
        var c = PolynomialBerkowitz.CharacteristicCoefficients(this);
        return RowCount % 2 == 0 ? c[RowCount] : -c[RowCount];
    }

    /// <summary>Coefficients c_0 = 1, c_1, …, c_n of det(λI − A) = Σ c_k λ^{n−k}, division-free.</summary>
    public IReadOnlyList<Polynomial> CharacteristicCoefficients()
    {
        RequireSquare("characteristic polynomial");
        return PolynomialBerkowitz.CharacteristicCoefficients(this);
    }

    public bool Equals(PolynomialMatrix? other) =>
        other is not null && ReferenceEquals(Ring, other.Ring) && RowCount == other.RowCount && ColumnCount == other.ColumnCount
        && _entries.AsSpan().SequenceEqual(other._entries);

    public override bool Equals(object? obj) => Equals(obj as PolynomialMatrix);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(RowCount);
        h.Add(ColumnCount);
        foreach (var p in _entries) h.Add(p);
        return h.ToHashCode();
    }

    private void RequireSquare(string operation)
    {
        if (!IsSquare) throw new InvalidOperationException($"The {operation} needs a square matrix; this one is {RowCount}×{ColumnCount}.");
    }

    private static void RequireSameShape(PolynomialMatrix a, PolynomialMatrix b, string operation)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a.Ring.RequireSame(b.Ring);
        if (a.RowCount != b.RowCount || a.ColumnCount != b.ColumnCount)
            throw new ArgumentException($"Cannot {operation} a {a.RowCount}×{a.ColumnCount} matrix and a {b.RowCount}×{b.ColumnCount} matrix.");
    }
}

namespace EosVerify.Algebra;

/// <summary>
/// Q[x_0, …, x_{n−1}]: owns the variable names and the packing of exponent vectors. Polynomials are created
/// through a ring, and combining polynomials of different rings throws (rings compare by identity, so two rings
/// with the same names are still different rings). Variable order x_0 &gt; x_1 &gt; … defines graded-lex order.
/// </summary>
internal sealed class PolynomialRing
{
    /// <summary>The degree limit used when none is requested; the ring may allow more (see <see cref="MaxTotalDegree"/>).</summary>
    public const int DefaultDegreeLimit = 31;

    private readonly string[] _names;
    private readonly Dictionary<string, int> _indexByName;

    internal MonomialLayout Layout { get; }

    /// <param name="variableNames">Distinct, non-empty names; their order is the variable order.</param>
    /// <param name="requiredTotalDegree">The largest total degree any polynomial of this ring must reach. The ring
    /// rounds it up to what its packing allows; exceeding the limit later throws an <see cref="OverflowException"/>.</param>
    public PolynomialRing(IEnumerable<string> variableNames, int requiredTotalDegree = DefaultDegreeLimit)
    {
        ArgumentNullException.ThrowIfNull(variableNames);
        _names = variableNames.ToArray();
        _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(_names[i])) throw new ArgumentException($"Variable {i} has an empty name.", nameof(variableNames));
            if (!_indexByName.TryAdd(_names[i], i)) throw new ArgumentException($"Variable name '{_names[i]}' occurs twice.", nameof(variableNames));
        }
        Layout = new MonomialLayout(_names.Length, requiredTotalDegree);
        Zero = new Polynomial(this, [], []);
        One = new Polynomial(this, [default], [Rational.One]);
    }

    public int VariableCount => _names.Length;
    public IReadOnlyList<string> VariableNames => _names;

    /// <summary>The largest total degree a polynomial of this ring can have.</summary>
    public int MaxTotalDegree => Layout.MaxTotalDegree;

    /// <summary>Machine words per packed monomial (1 for small rings).</summary>
    public int WordsPerMonomial => Layout.WordCount;

    public Polynomial Zero { get; }
    public Polynomial One { get; }

    public int IndexOf(string name) =>
        _indexByName.TryGetValue(name, out int i) ? i : throw new ArgumentException($"This ring has no variable named '{name}'.", nameof(name));

    public Polynomial Variable(int index)
    {
        RequireVariable(index);
        return new Polynomial(this, [Layout.UnitVariable(index)], [Rational.One]);
    }

    public Polynomial Variable(string name) => Variable(IndexOf(name));

    public Polynomial Constant(Rational value) => value.IsZero ? Zero : new Polynomial(this, [default], [value]);

    /// <summary>coefficient · ∏ x_i^{exponents[i]}.</summary>
    public Polynomial Monomial(Rational coefficient, IReadOnlyList<int> exponents)
    {
        ArgumentNullException.ThrowIfNull(exponents);
        if (coefficient.IsZero) return Zero;
        return new Polynomial(this, [Layout.Pack(exponents.ToArray())], [coefficient]);
    }

    public PolynomialBuilder CreateBuilder() => new(this);

    internal void RequireVariable(int index)
    {
        if ((uint)index >= (uint)_names.Length)
            throw new ArgumentOutOfRangeException(nameof(index), $"Variable index {index} is not in 0..{_names.Length - 1}.");
    }

    internal void RequireSame(PolynomialRing other)
    {
        if (!ReferenceEquals(this, other))
            throw new InvalidOperationException("Cannot combine polynomials of different rings.");
    }

    public override string ToString() => $"Q[{string.Join(", ", _names)}]";
}

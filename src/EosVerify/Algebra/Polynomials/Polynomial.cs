using System.Globalization;
using System.Text;

namespace EosVerify.Algebra;

/// <summary>
/// An immutable polynomial with rational coefficients in a <see cref="PolynomialRing"/>: a sparse list of terms
/// with nonzero coefficients, sorted by graded-lex order, largest first. The form is canonical, so two polynomials
/// are equal exactly when their term lists are. Arithmetic lives in the other parts of this partial class.
/// </summary>
internal sealed partial class Polynomial : IEquatable<Polynomial>
{
    private readonly Monomial[] _monomials;
    private readonly Rational[] _coefficients;

    public PolynomialRing Ring { get; }

    /// <summary>Takes ownership of canonical arrays (sorted descending, distinct monomials, no zero coefficients).</summary>
    internal Polynomial(PolynomialRing ring, Monomial[] monomials, Rational[] coefficients)
    {
        Ring = ring;
        _monomials = monomials;
        _coefficients = coefficients;
    }

    /// <summary>Number of terms.</summary>
    public int Count => _monomials.Length;

    public bool IsZero => _monomials.Length == 0;

    public bool IsConstant => _monomials.Length == 0 || (_monomials.Length == 1 && _monomials[0].IsOne);

    /// <summary>The constant term (zero if there is none).</summary>
    public Rational ConstantTerm => _monomials.Length > 0 && _monomials[^1].IsOne ? _coefficients[^1] : Rational.Zero;

    internal Monomial MonomialAt(int i) => _monomials[i];
    internal Rational CoefficientAt(int i) => _coefficients[i];

    /// <summary>Total degree; −1 for the zero polynomial. The leading term has the largest total degree.</summary>
    public int TotalDegree => IsZero ? -1 : Ring.Layout.TotalDegree(_monomials[0]);

    /// <summary>Largest exponent of a variable over all terms; −1 for the zero polynomial.</summary>
    public int DegreeIn(int variable)
    {
        Ring.RequireVariable(variable);
        if (IsZero) return -1;
        int d = 0;
        foreach (var m in _monomials) d = Math.Max(d, Ring.Layout.Exponent(m, variable));
        return d;
    }

    /// <summary>The coefficient of ∏ x_i^{exponents[i]} (zero if absent).</summary>
    public Rational Coefficient(IReadOnlyList<int> exponents)
    {
        ArgumentNullException.ThrowIfNull(exponents);
        var m = Ring.Layout.Pack(exponents.ToArray());
        int i = Array.BinarySearch(_monomials, m, DescendingOrder.Instance);
        return i >= 0 ? _coefficients[i] : Rational.Zero;
    }

    /// <summary>The terms in graded-lex descending order, factors in increasing variable order.</summary>
    public IEnumerable<PolynomialTerm> Terms
    {
        get
        {
            for (int t = 0; t < _monomials.Length; t++)
                yield return new PolynomialTerm(_coefficients[t], Factors(_monomials[t]));
        }
    }

    private VariablePower[] Factors(Monomial m)
    {
        var layout = Ring.Layout;
        var factors = new List<VariablePower>();
        for (int v = 0; v < Ring.VariableCount; v++)
        {
            int e = layout.Exponent(m, v);
            if (e > 0) factors.Add(new VariablePower(v, e));
        }
        return factors.ToArray();
    }

    public bool Equals(Polynomial? other) =>
        other is not null && ReferenceEquals(Ring, other.Ring)
        && _monomials.AsSpan().SequenceEqual(other._monomials) && _coefficients.AsSpan().SequenceEqual(other._coefficients);

    public override bool Equals(object? obj) => Equals(obj as Polynomial);

    public override int GetHashCode()
    {
        var h = new HashCode();
        for (int i = 0; i < _monomials.Length; i++)
        {
            h.Add(_monomials[i]);
            h.Add(_coefficients[i]);
        }
        return h.ToHashCode();
    }

    public static bool operator ==(Polynomial? a, Polynomial? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(Polynomial? a, Polynomial? b) => !(a == b);

    /// <summary>
    /// Canonical text, e.g. "3/2*x^2*y - x + 1": terms in graded-lex descending order, "c*" omitted when c = ±1,
    /// "0" for the zero polynomial.
    /// </summary>
    public override string ToString()
    {
        if (IsZero) return "0";
        var sb = new StringBuilder();
        for (int t = 0; t < _monomials.Length; t++)
        {
            var c = _coefficients[t];
            if (t == 0) { if (c.Sign < 0) sb.Append('-'); }
            else sb.Append(c.Sign < 0 ? " - " : " + ");
            var abs = c.Abs();
            var factors = Factors(_monomials[t]);
            bool unit = abs.Equals(Rational.One);
            if (factors.Length == 0 || !unit) sb.Append(abs.ToString());
            for (int f = 0; f < factors.Length; f++)
            {
                if (f > 0 || !unit) sb.Append('*');
                sb.Append(Ring.VariableNames[factors[f].Variable]);
                if (factors[f].Exponent > 1) sb.Append('^').Append(factors[f].Exponent.ToString(CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    private sealed class DescendingOrder : IComparer<Monomial>
    {
        public static readonly DescendingOrder Instance = new();
        public int Compare(Monomial x, Monomial y) => y.CompareTo(x);
    }
}

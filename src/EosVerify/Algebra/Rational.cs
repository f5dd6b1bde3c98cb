using System.Globalization;
using System.Numerics;

namespace EosVerify.Algebra;

/// <summary>
/// An exact rational number p/q in lowest terms with q &gt; 0. The default value is zero.
/// </summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominatorMinusOne; // so that default(Rational) is 0/1

    public static readonly Rational Zero = new(BigInteger.Zero, BigInteger.One, normalized: true);
    public static readonly Rational One = new(BigInteger.One, BigInteger.One, normalized: true);
    public static readonly Rational MinusOne = new(BigInteger.MinusOne, BigInteger.One, normalized: true);

    public BigInteger Numerator => _numerator;
    public BigInteger Denominator => _denominatorMinusOne + BigInteger.One;

    private Rational(BigInteger numerator, BigInteger denominator, bool normalized)
    {
        if (!normalized)
        {
            if (denominator.IsZero) throw new DivideByZeroException("Rational with zero denominator.");
            if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
            var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (!g.IsOne && !g.IsZero) { numerator /= g; denominator /= g; }
            if (numerator.IsZero) denominator = BigInteger.One;
        }
        _numerator = numerator;
        _denominatorMinusOne = denominator - BigInteger.One;
    }

    public Rational(BigInteger numerator, BigInteger denominator) : this(numerator, denominator, normalized: false) { }

    public Rational(BigInteger integer) : this(integer, BigInteger.One, normalized: true) { }

    public static implicit operator Rational(int value) => new(value);
    public static implicit operator Rational(long value) => new(value);
    public static implicit operator Rational(BigInteger value) => new(value);

    public bool IsZero => _numerator.IsZero;
    public bool IsInteger => _denominatorMinusOne.IsZero;
    public int Sign => _numerator.Sign;

    public static Rational operator +(Rational a, Rational b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        if (a.IsInteger && b.IsInteger) return new Rational(a._numerator + b._numerator);
        return new Rational(a._numerator * b.Denominator + b._numerator * a.Denominator, a.Denominator * b.Denominator);
    }

    public static Rational operator -(Rational a) => new(-a._numerator, a.Denominator, normalized: true);
    public static Rational operator -(Rational a, Rational b) => a + (-b);

    public static Rational operator *(Rational a, Rational b)
    {
        if (a.IsZero || b.IsZero) return Zero;
        if (a.IsInteger && b.IsInteger) return new Rational(a._numerator * b._numerator);
        return new Rational(a._numerator * b._numerator, a.Denominator * b.Denominator);
    }

    public static Rational operator /(Rational a, Rational b)
    {
        if (b.IsZero) throw new DivideByZeroException("Division of a rational by zero.");
        return new Rational(a._numerator * b.Denominator, a.Denominator * b._numerator);
    }

    public Rational Reciprocal() => One / this;
    public Rational Abs() => _numerator.Sign < 0 ? -this : this;

    public Rational Pow(int exponent)
    {
        if (exponent < 0) return Reciprocal().Pow(-exponent);
        return new Rational(BigInteger.Pow(_numerator, exponent), BigInteger.Pow(Denominator, exponent), normalized: true);
    }

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public bool Equals(Rational other) => _numerator == other._numerator && _denominatorMinusOne == other._denominatorMinusOne;
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);
    public override int GetHashCode() => HashCode.Combine(_numerator, _denominatorMinusOne);

    public int CompareTo(Rational other)
    {
        if (IsInteger && other.IsInteger) return _numerator.CompareTo(other._numerator);
        return (_numerator * other.Denominator).CompareTo(other._numerator * Denominator);
    }

    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;
    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    /// <summary>The nearest double, correctly rounded (see <see cref="NearestDouble"/>).</summary>
    public double ToDouble() => NearestDouble.Of(_numerator, Denominator);

    /// <summary>The exact value of a finite double (every finite double is a dyadic rational).</summary>
    public static Rational FromDouble(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"Cannot convert {value} to a rational.", nameof(value));
        if (value == 0) return Zero;
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent++; else mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger num = mantissa;
        if (negative) num = -num;
        return exponent >= 0 ? new Rational(num << exponent) : new Rational(num, BigInteger.One << -exponent);
    }

    /// <summary>
    /// Parses "p/q", an integer, or a decimal such as "-1.25e-3" exactly (0.1 is 1/10).
    /// Returns false for anything else, including "NaN" and "Infinity".
    /// </summary>
    public static bool TryParse(string? text, out Rational value)
    {
        value = Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        int slash = text.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParseDecimal(text[..slash], out var p) || !TryParseDecimal(text[(slash + 1)..], out var q) || q.IsZero)
                return false;
            value = p / q;
            return true;
        }
        return TryParseDecimal(text, out value);
    }

    public static Rational Parse(string text) =>
        TryParse(text, out var r) ? r : throw new FormatException($"'{text}' is not a rational number (expected e.g. 3, -0.25, 1e-3 or 1/3).");

    private static bool TryParseDecimal(string s, out Rational value)
    {
        value = Zero;
        s = s.Trim();
        if (s.Length == 0 || s.Length > 10_000) return false;
        int pos = 0;
        bool negative = false;
        if (s[pos] is '+' or '-') { negative = s[pos] == '-'; pos++; }
        var digits = new System.Text.StringBuilder();
        int fractionDigits = 0;
        bool seenPoint = false, seenDigit = false;
        for (; pos < s.Length; pos++)
        {
            char c = s[pos];
            if (c is >= '0' and <= '9') { digits.Append(c); seenDigit = true; if (seenPoint) fractionDigits++; }
            else if (c == '.' && !seenPoint) seenPoint = true;
            else break;
        }
        if (!seenDigit) return false;
        long exponent = 0;
        if (pos < s.Length)
        {
            if (s[pos] is not ('e' or 'E')) return false;
            pos++;
            if (pos >= s.Length) return false;
            if (!long.TryParse(s.AsSpan(pos), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)) return false;
            if (Math.Abs(exponent) > 4096) return false;
        }
        var mantissa = BigInteger.Parse(digits.ToString(), CultureInfo.InvariantCulture);
        if (negative) mantissa = -mantissa;
        long scale = exponent - fractionDigits;
        value = scale >= 0
            ? new Rational(mantissa * BigInteger.Pow(10, (int)scale))
            : new Rational(mantissa, BigInteger.Pow(10, (int)-scale));
        return true;
    }

    /// <summary>"p/q", or "p" for integers: the exchange format of reports.</summary>
    public override string ToString() =>
        IsInteger ? _numerator.ToString(CultureInfo.InvariantCulture)
                  : _numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Numerics;

namespace EosVerify.Algebra;

/// <summary>
/// An exact rational number p/q in lowest terms with q &gt; 0. The default value is zero.
/// </summary>
/// <remarks>
/// Values whose numerator and denominator fit in a <see cref="long"/> (numerator ≠ long.MinValue) are stored inline
/// and computed with 128-bit intermediates; anything larger is stored as a pair of <see cref="BigInteger"/>s. The
/// choice depends only on the value, so the representation stays canonical and equality is structural.
/// </remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    // Small form (_big is null): _numerator / (_denominatorMinusOne + 1), so that default(Rational) is 0/1.
    private readonly long _numerator;
    private readonly long _denominatorMinusOne;
    // Large form: used exactly when the value does not fit the small form.
    private readonly LargeFraction? _big;

    private sealed class LargeFraction(BigInteger numerator, BigInteger denominator)
    {
        public readonly BigInteger Numerator = numerator;
        public readonly BigInteger Denominator = denominator;
    }

    /// <summary>0.</summary>
    public static readonly Rational Zero = default;
    /// <summary>1.</summary>
    public static readonly Rational One = Small(1, 1);
    /// <summary>−1.</summary>
    public static readonly Rational MinusOne = Small(-1, 1);

    /// <summary>p of p/q in lowest terms (carries the sign).</summary>
    public BigInteger Numerator => _big is null ? new BigInteger(_numerator) : _big.Numerator;
    /// <summary>q of p/q in lowest terms (always positive).</summary>
    public BigInteger Denominator => _big is null ? new BigInteger(_denominatorMinusOne) + BigInteger.One : _big.Denominator;

    // The small-form constructor takes a dummy argument so that no (long, long) overload can be mistaken for p/q.
    private Rational(long numerator, long denominatorMinusOne, bool small)
    {
        _numerator = numerator;
        _denominatorMinusOne = denominatorMinusOne;
        _big = null;
    }

    /// <summary>The small form of numerator/denominator, already in lowest terms, denominator ≥ 1, numerator ≠ long.MinValue.</summary>
    private static Rational Small(long numerator, long denominator) => new(numerator, denominator - 1, small: true);

    private Rational(LargeFraction big)
    {
        _numerator = 0;
        _denominatorMinusOne = 0;
        _big = big;
    }

    /// <summary>The number <paramref name="numerator"/>/<paramref name="denominator"/>, reduced to lowest terms.</summary>
    /// <exception cref="DivideByZeroException">The denominator is zero.</exception>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("Rational with zero denominator.");
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsOne && !g.IsZero) { numerator /= g; denominator /= g; }
        if (numerator.IsZero) denominator = BigInteger.One;
        this = FromLowestTerms(numerator, denominator);
    }

    /// <summary>The integer <paramref name="integer"/>.</summary>
    public Rational(BigInteger integer) => this = FromLowestTerms(integer, BigInteger.One);

    /// <summary>The integer <paramref name="value"/>, exactly.</summary>
    public static implicit operator Rational(int value) => Small(value, 1);
    /// <summary>The integer <paramref name="value"/>, exactly.</summary>
    public static implicit operator Rational(long value) => value == long.MinValue ? new Rational(new BigInteger(value)) : Small(value, 1);
    /// <summary>The integer <paramref name="value"/>, exactly.</summary>
    public static implicit operator Rational(BigInteger value) => new(value);

    /// <summary>True for 0.</summary>
    public bool IsZero => _big is null && _numerator == 0;
    /// <summary>True when the denominator is 1.</summary>
    public bool IsInteger => _big is null ? _denominatorMinusOne == 0 : _big.Denominator.IsOne;
    /// <summary>−1, 0 or 1.</summary>
    public int Sign => _big is null ? Math.Sign(_numerator) : _big.Numerator.Sign;

    /// <summary>The value in lowest terms (denominator positive) in its canonical representation.</summary>
    private static Rational FromLowestTerms(BigInteger numerator, BigInteger denominator)
    {
        if (numerator > long.MinValue && numerator <= long.MaxValue && denominator <= long.MaxValue)
            return Small((long)numerator, (long)denominator);
        return new Rational(new LargeFraction(numerator, denominator));
    }

    private static Rational FromLowestTerms(Int128 numerator, UInt128 denominator)
    {
        if (numerator > long.MinValue && numerator <= long.MaxValue && denominator <= long.MaxValue)
            return Small((long)numerator, (long)denominator);
        return new Rational(new LargeFraction((BigInteger)numerator, (BigInteger)denominator));
    }

    private long SmallDenominator => _denominatorMinusOne + 1;

    /// <summary>The exact sum a + b.</summary>
    public static Rational operator +(Rational a, Rational b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        if (a._big is null && b._big is null) return AddSmall(a._numerator, a.SmallDenominator, b._numerator, b.SmallDenominator);
        var (an, ad, bn, bd) = (a.Numerator, a.Denominator, b.Numerator, b.Denominator);
        if (ad.IsOne && bd.IsOne) return new Rational(an + bn);
        return new Rational(an * bd + bn * ad, ad * bd);
    }

    /// <summary>Knuth's addition (TAOCP 4.5.1): with g = gcd(b, d), the only common factors left divide g.</summary>
    private static Rational AddSmall(long a, long b, long c, long d)
    {
        if (b == 1 && d == 1)
        {
            long sum = a + c;
            return ((a ^ sum) & (c ^ sum)) < 0 ? FromLowestTerms((Int128)a + c, 1) : FromLong(sum, 1);
        }
        long g = (long)Gcd((ulong)b, (ulong)d);
        long bg = b, dg = d;
        if (g != 1) { bg /= g; dg /= g; }
        if (TryMultiply(a, dg, out long ad) && TryMultiply(c, bg, out long cb) && TryAdd(ad, cb, out long t))
        {
            // Word-size path: t = a·(d/g) + c·(b/g), then cancel gcd(t, g).
            if (t == 0) return Zero;
            long g2 = g == 1 ? 1 : (long)Gcd((ulong)g, (ulong)Math.Abs(t % g));
            if (TryMultiply(bg, d / g2, out long denominator)) return FromLong(t / g2, denominator);
        }
        Int128 wide = (Int128)a * dg + (Int128)c * bg;
        if (wide == 0) return Zero;
        long wideG2 = g == 1 ? 1 : (long)Gcd((ulong)g, (ulong)((UInt128)Int128.Abs(wide) % (ulong)g));
        return FromLowestTerms(wide / wideG2, (UInt128)(ulong)bg * (ulong)(d / wideG2));
    }

    /// <summary>A lowest-terms value with denominator ≥ 1 whose numerator may be long.MinValue.</summary>
    private static Rational FromLong(long numerator, long denominator) =>
        numerator == long.MinValue ? new Rational(new LargeFraction(numerator, denominator)) : Small(numerator, denominator);

    private static bool TryMultiply(long x, long y, out long product)
    {
        long high = Math.BigMul(x, y, out product);
        return high == product >> 63;
    }

    private static bool TryAdd(long x, long y, out long sum)
    {
        sum = x + y;
        return ((x ^ sum) & (y ^ sum)) >= 0;
    }

    /// <summary>The negation −a.</summary>
    public static Rational operator -(Rational a) =>
        a._big is null ? Small(-a._numerator, a.SmallDenominator) : new Rational(new LargeFraction(-a._big.Numerator, a._big.Denominator));

    /// <summary>The exact difference a − b.</summary>
    public static Rational operator -(Rational a, Rational b) => a + (-b);

    /// <summary>The exact product a·b.</summary>
    public static Rational operator *(Rational a, Rational b)
    {
        if (a.IsZero || b.IsZero) return Zero;
        if (a._big is null && b._big is null) return MultiplySmall(a._numerator, a.SmallDenominator, b._numerator, b.SmallDenominator);
        var (an, ad, bn, bd) = (a.Numerator, a.Denominator, b.Numerator, b.Denominator);
        if (ad.IsOne && bd.IsOne) return new Rational(an * bn);
        return new Rational(an * bn, ad * bd);
    }

    /// <summary>(a/b)(c/d) with cross-cancellation first, so the result is already in lowest terms.</summary>
    private static Rational MultiplySmall(long a, long b, long c, long d)
    {
        if (b == 1 && d == 1)
            return TryMultiply(a, c, out long p) ? FromLong(p, 1) : FromLowestTerms((Int128)a * c, 1);
        long g1 = (long)Gcd((ulong)Math.Abs(a), (ulong)d), g2 = (long)Gcd((ulong)Math.Abs(c), (ulong)b);
        long an = a, cn = c, bn = b, dn = d;
        if (g1 != 1) { an /= g1; dn /= g1; }
        if (g2 != 1) { cn /= g2; bn /= g2; }
        if (TryMultiply(an, cn, out long numerator) && TryMultiply(bn, dn, out long denominator))
            return FromLong(numerator, denominator);
        return FromLowestTerms((Int128)an * cn, (UInt128)(ulong)bn * (ulong)dn);
    }

    /// <summary>The exact quotient a/b.</summary>
    /// <exception cref="DivideByZeroException">b is zero.</exception>
    public static Rational operator /(Rational a, Rational b)
    {
        if (b.IsZero) throw new DivideByZeroException("Division of a rational by zero.");
        return a * b.Reciprocal();
    }

    /// <summary>1/this.</summary>
    /// <exception cref="DivideByZeroException">This is zero.</exception>
    public Rational Reciprocal()
    {
        if (IsZero) throw new DivideByZeroException("Division of a rational by zero.");
        if (_big is null)
            return _numerator > 0 ? Small(SmallDenominator, _numerator) : Small(-SmallDenominator, -_numerator);
        return _big.Numerator.Sign > 0
            ? FromLowestTerms(_big.Denominator, _big.Numerator)
            : FromLowestTerms(-_big.Denominator, -_big.Numerator);
    }

    /// <summary>The absolute value |this|.</summary>
    public Rational Abs() => Sign < 0 ? -this : this;

    /// <summary>this raised to <paramref name="exponent"/> (negative exponents invert).</summary>
    public Rational Pow(int exponent)
    {
        if (exponent < 0) return Reciprocal().Pow(-exponent);
        return FromLowestTerms(BigInteger.Pow(Numerator, exponent), BigInteger.Pow(Denominator, exponent));
    }

    /// <summary>True when a and b are the same number.</summary>
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    /// <summary>True when a and b are different numbers.</summary>
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    /// <summary>True when a &lt; b.</summary>
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    /// <summary>True when a &gt; b.</summary>
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    /// <summary>True when a ≤ b.</summary>
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    /// <summary>True when a ≥ b.</summary>
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <summary>True when <paramref name="other"/> is the same number.</summary>
    public bool Equals(Rational other)
    {
        if (_big is null) return other._big is null && _numerator == other._numerator && _denominatorMinusOne == other._denominatorMinusOne;
        return other._big is not null && _big.Numerator == other._big.Numerator && _big.Denominator == other._big.Denominator;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        _big is null ? HashCode.Combine(_numerator, _denominatorMinusOne) : HashCode.Combine(_big.Numerator, _big.Denominator);

    /// <summary>Compares the values: negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</summary>
    public int CompareTo(Rational other)
    {
        if (_big is null && other._big is null)
        {
            if (_denominatorMinusOne == 0 && other._denominatorMinusOne == 0) return _numerator.CompareTo(other._numerator);
            return ((Int128)_numerator * other.SmallDenominator).CompareTo((Int128)other._numerator * SmallDenominator);
        }
        if (IsInteger && other.IsInteger) return Numerator.CompareTo(other.Numerator);
        return (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }

    /// <summary>Binary gcd of two values below 2⁶³, branch-free in the loop (the comparisons are unpredictable).</summary>
    private static ulong Gcd(ulong u, ulong v)
    {
        if (u == 0) return v;
        if (v == 0) return u;
        int shift = BitOperations.TrailingZeroCount(u | v);
        u >>= BitOperations.TrailingZeroCount(u);
        do
        {
            v >>= BitOperations.TrailingZeroCount(v);
            long difference = (long)v - (long)u;
            long mask = difference >> 63;              // all ones when v < u
            u += (ulong)(difference & mask);           // min(u, v)
            v = (ulong)((difference ^ mask) - mask);   // |v − u|
        } while (v != 0);
        return u << shift;
    }

    /// <summary>The smaller of a and b.</summary>
    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;
    /// <summary>The larger of a and b.</summary>
    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    /// <summary>The nearest double, correctly rounded (see <see cref="NearestDouble"/>).</summary>
    public double ToDouble()
    {
        if (_big is null)
        {
            // Both exactly representable: one IEEE division is correctly rounded.
            const long exact = 1L << 53;
            long den = SmallDenominator;
            bool numeratorExact = _numerator >= -exact && _numerator <= exact; // no Math.Abs: long.MinValue
            if (_denominatorMinusOne == 0 && numeratorExact) return _numerator;
            if (numeratorExact && den <= exact) return (double)_numerator / den;
        }
        return NearestDouble.Of(Numerator, Denominator);
    }

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

    /// <summary>Parses as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatException">The text is not a rational number.</exception>
    public static Rational Parse(string text) =>
        TryParse(text, out var r) ? r : throw new FormatException($"'{text}' is not a rational number (expected e.g. 3, -0.25, 1e-3 or 1/3).");

    private static readonly long[] PowersOfTen =
        [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
         100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
         10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];

    /// <summary>
    /// Fast path for the common case (data files hold millions of short decimals): [sign] digits [. digits]
    /// [e [sign] digits] with at most 18 significant digits and a net power of ten within 10^±18, computed in
    /// 64-bit integers. Anything else is left to the BigInteger path of <see cref="TryParseDecimal"/>; both give the same value.
    /// </summary>
    private static bool TryParseShortDecimal(string s, out Rational value)
    {
        value = Zero;
        int pos = 0;
        bool negative = false;
        if (s[0] is '+' or '-') { negative = s[0] == '-'; pos++; }
        long mantissa = 0;
        int digits = 0, fractionDigits = 0;
        bool seenPoint = false, seenDigit = false;
        for (; pos < s.Length; pos++)
        {
            char c = s[pos];
            if (c is >= '0' and <= '9')
            {
                seenDigit = true;
                if (mantissa == 0 && c == '0') { if (seenPoint) fractionDigits++; continue; }
                if (++digits > 18) return false;
                mantissa = mantissa * 10 + (c - '0');
                if (seenPoint) fractionDigits++;
            }
            else if (c == '.' && !seenPoint) seenPoint = true;
            else break;
        }
        if (!seenDigit) return false;
        int exponent = 0;
        if (pos < s.Length)
        {
            if (s[pos] is not ('e' or 'E')) return false;
            pos++;
            bool negativeExponent = false;
            if (pos < s.Length && s[pos] is '+' or '-') { negativeExponent = s[pos] == '-'; pos++; }
            int start = pos;
            for (; pos < s.Length && pos - start < 4; pos++)
            {
                if (s[pos] is < '0' or > '9') return false;
                exponent = exponent * 10 + (s[pos] - '0');
            }
            if (pos == start || pos != s.Length || exponent > 4096) return false; // the general parser's exponent bound
            if (negativeExponent) exponent = -exponent;
        }
        int scale = exponent - fractionDigits;
        if (negative) mantissa = -mantissa;
        if (mantissa == 0) return true;
        if (scale >= 0)
        {
            if (scale > 18 || digits + scale > 18) return false;
            value = new Rational(mantissa * PowersOfTen[scale]);
        }
        else
        {
            if (-scale > 18) return false;
            value = new Rational(mantissa, PowersOfTen[-scale]);
        }
        return true;
    }

    /// <summary>The one decimal parser: [sign] digits [. digits] [e [sign] digits], exactly; a 64-bit fast path first.</summary>
    private static bool TryParseDecimal(string s, out Rational value)
    {
        value = Zero;
        s = s.Trim();
        if (s.Length == 0 || s.Length > 10_000) return false;
        if (TryParseShortDecimal(s, out value)) return true;
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
        IsInteger ? Numerator.ToString(CultureInfo.InvariantCulture)
                  : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);
}

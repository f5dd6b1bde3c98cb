namespace EosVerify.Algebra;

/// <summary>Ring operations: +, −, ×, scalar ×, powers. Sums merge the sorted term lists in one pass.</summary>
internal sealed partial class Polynomial
{
    public static Polynomial operator +(Polynomial a, Polynomial b) => Merge(a, b, Rational.One);

    public static Polynomial operator -(Polynomial a, Polynomial b) => Merge(a, b, Rational.MinusOne);

    public static Polynomial operator -(Polynomial a) => a * Rational.MinusOne;

    public static Polynomial operator *(Rational s, Polynomial a) => a * s;

    public static Polynomial operator *(Polynomial a, Rational s)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (s.IsZero) return a.Ring.Zero;
        if (s.Equals(Rational.One)) return a;
        var c = new Rational[a.Count];
        for (int i = 0; i < c.Length; i++) c[i] = a._coefficients[i] * s;
        return new Polynomial(a.Ring, a._monomials, c);
    }

    public static Polynomial operator +(Polynomial a, Rational s) => a + a.Ring.Constant(s);
    public static Polynomial operator -(Polynomial a, Rational s) => a - a.Ring.Constant(s);
    public static Polynomial operator -(Rational s, Polynomial a) => a.Ring.Constant(s) - a;

    public static Polynomial operator *(Polynomial a, Polynomial b)
    {
        RequireSameRing(a, b);
        if (a.IsZero || b.IsZero) return a.Ring.Zero;
        if (a.Count < b.Count) (a, b) = (b, a);
        // A monomial order is preserved by multiplying with a fixed monomial, so a one-term factor needs no sort.
        if (b.Count == 1) return a.MultiplyByTerm(b._monomials[0], b._coefficients[0]);
        return a.Ring.CreateBuilder().AddProduct(a, b).ToPolynomial();
    }

    private Polynomial MultiplyByTerm(Monomial m, Rational c)
    {
        Ring.Layout.RequireDegree(TotalDegree + Ring.Layout.TotalDegree(m));
        var monomials = new Monomial[Count];
        var coefficients = new Rational[Count];
        for (int i = 0; i < Count; i++)
        {
            monomials[i] = _monomials[i] + m;
            coefficients[i] = _coefficients[i] * c;
        }
        return new Polynomial(Ring, monomials, coefficients);
    }

    /// <summary>this^exponent by repeated squaring; p^0 = 1 (also for p = 0).</summary>
    public Polynomial Pow(int exponent)
    {
        if (exponent < 0) throw new ArgumentOutOfRangeException(nameof(exponent), $"Polynomial powers need a non-negative exponent, got {exponent}.");
        if (exponent == 0) return Ring.One;
        if (IsZero) return this;
        Ring.Layout.RequireDegree((long)TotalDegree * exponent);
        var result = Ring.One;
        var square = this;
        for (int e = exponent; ; )
        {
            if ((e & 1) != 0) result = result * square;
            e >>= 1;
            if (e == 0) return result;
            square = square * square;
        }
    }

    private static Polynomial Merge(Polynomial a, Polynomial b, Rational signOfB)
    {
        RequireSameRing(a, b);
        if (b.IsZero) return a;
        if (a.IsZero) return signOfB.Equals(Rational.One) ? b : -b;
        var monomials = new Monomial[a.Count + b.Count];
        var coefficients = new Rational[a.Count + b.Count];
        int i = 0, j = 0, n = 0;
        bool subtract = !signOfB.Equals(Rational.One);
        while (i < a.Count || j < b.Count)
        {
            int cmp = i == a.Count ? -1 : j == b.Count ? 1 : a._monomials[i].CompareTo(b._monomials[j]);
            if (cmp > 0)
            {
                monomials[n] = a._monomials[i];
                coefficients[n++] = a._coefficients[i++];
            }
            else if (cmp < 0)
            {
                monomials[n] = b._monomials[j];
                coefficients[n++] = subtract ? -b._coefficients[j++] : b._coefficients[j++];
            }
            else
            {
                var c = subtract ? a._coefficients[i] - b._coefficients[j] : a._coefficients[i] + b._coefficients[j];
                if (!c.IsZero)
                {
                    monomials[n] = a._monomials[i];
                    coefficients[n++] = c;
                }
                i++;
                j++;
            }
        }
        Array.Resize(ref monomials, n);
        Array.Resize(ref coefficients, n);
        return new Polynomial(a.Ring, monomials, coefficients);
    }

    private static void RequireSameRing(Polynomial a, Polynomial b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a.Ring.RequireSame(b.Ring);
    }
}

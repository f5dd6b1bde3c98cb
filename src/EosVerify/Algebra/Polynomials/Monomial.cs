namespace EosVerify.Algebra;

/// <summary>
/// A packed exponent vector: up to four machine words holding the total degree followed by the exponents of
/// x_0, x_1, … in fixed-width bit fields, most significant first (the layout is owned by <see cref="MonomialLayout"/>).
/// Comparing the words as unsigned integers, first to last, is graded-lex order with x_0 &gt; x_1 &gt; …;
/// multiplying monomials is word-wise addition. Unused words are zero.
/// </summary>
internal readonly struct Monomial : IEquatable<Monomial>, IComparable<Monomial>
{
    public readonly ulong W0, W1, W2, W3;

    public Monomial(ulong w0, ulong w1, ulong w2, ulong w3)
    {
        W0 = w0;
        W1 = w1;
        W2 = w2;
        W3 = w3;
    }

    /// <summary>Field-wise sum; the caller has checked that the total degree stays within the layout's limit.</summary>
    public static Monomial operator +(Monomial a, Monomial b) => new(a.W0 + b.W0, a.W1 + b.W1, a.W2 + b.W2, a.W3 + b.W3);

    /// <summary>Field-wise difference; the caller has checked that b divides a.</summary>
    public static Monomial operator -(Monomial a, Monomial b) => new(a.W0 - b.W0, a.W1 - b.W1, a.W2 - b.W2, a.W3 - b.W3);

    public bool IsOne => (W0 | W1 | W2 | W3) == 0;

    public bool Equals(Monomial other) => W0 == other.W0 && W1 == other.W1 && W2 == other.W2 && W3 == other.W3;
    public override bool Equals(object? obj) => obj is Monomial m && Equals(m);

    public override int GetHashCode()
    {
        // A cheap multiplicative mix; the dictionary only needs a good spread of the low bits.
        ulong h = W0 * 0x9E3779B97F4A7C15UL;
        h ^= (W1 + (h >> 29)) * 0xBF58476D1CE4E5B9UL;
        h ^= (W2 + (h >> 31)) * 0x94D049BB133111EBUL;
        h ^= W3 + (h >> 27);
        return (int)(h ^ (h >> 32));
    }

    public int CompareTo(Monomial other)
    {
        if (W0 != other.W0) return W0 < other.W0 ? -1 : 1;
        if (W1 != other.W1) return W1 < other.W1 ? -1 : 1;
        if (W2 != other.W2) return W2 < other.W2 ? -1 : 1;
        if (W3 != other.W3) return W3 < other.W3 ? -1 : 1;
        return 0;
    }
}

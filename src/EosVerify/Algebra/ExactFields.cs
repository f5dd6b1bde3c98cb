using System.Numerics;
using EosVerify.Algebra;

namespace EosVerify.Derivation;

/// <summary>The exact fields the matrix calculus runs over: Q, and Z/pZ for a prime p.</summary>
internal interface IFieldOperations<T>
{
    T Zero { get; }
    T One { get; }
    T Add(T a, T b);
    T Subtract(T a, T b);
    T Multiply(T a, T b);
    T FromRational(Rational value);
}

internal readonly struct RationalField : IFieldOperations<Rational>
{
    public Rational Zero => Rational.Zero;
    public Rational One => Rational.One;
    public Rational Add(Rational a, Rational b) => a + b;
    public Rational Subtract(Rational a, Rational b) => a - b;
    public Rational Multiply(Rational a, Rational b) => a * b;
    public Rational FromRational(Rational value) => value;
}

/// <summary>Z/pZ with residues in [0, p); products through 128-bit intermediates, so any 64-bit prime works.</summary>
internal readonly struct PrimeField : IFieldOperations<ulong>
{
    public ulong Prime { get; }

    public PrimeField(ulong prime)
    {
        if (!Primes.IsPrime(prime)) throw new ArgumentException($"The modulus {prime} is not a prime.", nameof(prime));
        Prime = prime;
    }

    public ulong Zero => 0;
    public ulong One => 1;

    public ulong Add(ulong a, ulong b)
    {
        ulong s = a + b;
        return s >= Prime || s < a ? s - Prime : s;
    }

    public ulong Subtract(ulong a, ulong b) => a >= b ? a - b : a + (Prime - b);

    public ulong Multiply(ulong a, ulong b) => (ulong)((UInt128)a * b % Prime);

    /// <summary>p/q ↦ p·q⁻¹ mod Prime; throws when the prime divides the denominator.</summary>
    public ulong FromRational(Rational value)
    {
        var p = new BigInteger(Prime);
        var den = (ulong)(value.Denominator % p);
        if (den == 0)
            throw new ArgumentException($"The prime {Prime} divides the denominator of {value}; choose another prime.", nameof(value));
        var num = value.Numerator % p;
        if (num.Sign < 0) num += p;
        return Multiply((ulong)num, Primes.PowMod(den, Prime - 2, Prime));
    }
}

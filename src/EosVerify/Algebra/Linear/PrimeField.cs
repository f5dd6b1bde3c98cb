using System.Numerics;

namespace EosVerify.Algebra;

/// <summary>
/// Z/p on canonical residues in [0, p): the one modular add, multiply (128-bit product), power and inverse of the
/// library, for every prime <see cref="Primes.RequireSupported">supported</see> (any odd 64-bit prime). Elimination
/// uses it directly for primes of 2⁶² and above; below, <see cref="MersenneField"/> and <see cref="MontgomeryField"/>
/// are faster representations of the same field.
/// </summary>
internal readonly struct PrimeField : IPrimeField, IFieldOperations<ulong>
{
    /// <summary>Z/p; throws <see cref="ArgumentOutOfRangeException"/> unless p is a supported prime.</summary>
    public PrimeField(ulong prime)
    {
        Primes.RequireSupported(prime, nameof(prime));
        Modulus = prime;
    }

    private PrimeField(ulong modulus, bool _) => Modulus = modulus;

    /// <summary>Z/n for any n ≥ 2 without the primality check: for the primality test itself, and for a modulus a field has already checked.</summary>
    internal static PrimeField ResidueRing(ulong modulus) =>
        modulus >= 2 ? new PrimeField(modulus, false) : throw new ArgumentOutOfRangeException(nameof(modulus), $"A modulus must be at least 2, got {modulus}.");

    public ulong Modulus { get; }
    public ulong Prime => Modulus;
    public ulong Zero => 0;
    public ulong One => 1;

    public ulong Enter(ulong canonical) => canonical % Modulus;
    public ulong Leave(ulong internalValue) => internalValue;

    public ulong Add(ulong a, ulong b)
    {
        ulong s = a + b;
        return s >= Modulus || s < a ? s - Modulus : s; // s < a: the sum wrapped past 2⁶⁴
    }

    public ulong Subtract(ulong a, ulong b) => a >= b ? a - b : a + (Modulus - b);

    public ulong Multiply(ulong a, ulong b) => (ulong)((UInt128)a * b % Modulus);

    /// <summary>a^e (a in [0, p)); for a composite modulus too (Miller–Rabin).</summary>
    public ulong Power(ulong a, ulong exponent) => PrimeFieldOps.Power(this, a, exponent);

    /// <summary>a⁻¹ = a^(p−2) (Fermat); throws <see cref="DivideByZeroException"/> for a ≡ 0.</summary>
    public ulong Inverse(ulong a) => PrimeFieldOps.Inverse(this, a % Modulus);

    /// <summary>The canonical residue of an integer.</summary>
    public ulong Reduce(BigInteger value)
    {
        var r = BigInteger.Remainder(value, Modulus);
        return (ulong)(r.Sign < 0 ? r + Modulus : r);
    }

    /// <summary>num/den ↦ num·den⁻¹; throws <see cref="ArgumentException"/> when p divides the denominator.</summary>
    public ulong Reduce(Rational value)
    {
        ulong den = Reduce(value.Denominator);
        if (den == 0) throw new ArgumentException($"The prime {Modulus} divides the denominator of {value}; it has no residue mod p (choose another prime).", nameof(value));
        return Multiply(Reduce(value.Numerator), Inverse(den));
    }

    public ulong FromRational(Rational value) => Reduce(value);

    public void SubtractScaled(Span<ulong> target, ReadOnlySpan<ulong> source, ulong factor) =>
        PrimeFieldOps.SubtractScaled(this, target, source, factor);
}

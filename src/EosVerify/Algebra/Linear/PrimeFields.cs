using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EosVerify.Algebra;

/// <summary>
/// Arithmetic in Z/p on a machine word, possibly in an internal representation (Montgomery form):
/// <see cref="Enter"/> maps a canonical residue in, <see cref="Leave"/> maps back. Implemented by structs so that
/// generic elimination code is specialised and inlined by the JIT.
/// </summary>
internal interface IPrimeField
{
    ulong Modulus { get; }
    ulong Enter(ulong canonical);
    ulong Leave(ulong internalValue);
    ulong Add(ulong a, ulong b);
    ulong Subtract(ulong a, ulong b);
    ulong Multiply(ulong a, ulong b);
    ulong One { get; }

    /// <summary>target[j] ← target[j] − factor·source[j] for every j (the row operation of elimination; equal lengths).</summary>
    void SubtractScaled(Span<ulong> target, ReadOnlySpan<ulong> source, ulong factor);
}

/// <summary>Z/p for the Mersenne prime p = 2⁶¹ − 1: plain residues, reduction of a product by shift and add.</summary>
internal readonly struct MersenneField : IPrimeField
{
    public const ulong P = Primes.Mersenne61;
    public ulong Modulus => P;
    public ulong One => 1;
    public ulong Enter(ulong canonical) => canonical % P;
    public ulong Leave(ulong internalValue) => internalValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Add(ulong a, ulong b) => SubtractPIfAtLeastP(a + b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Subtract(ulong a, ulong b) => PrimeFieldOps.SubtractBelow2To63(a, b, P);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Multiply(ulong a, ulong b)
    {
        // a, b < p: the product is below 2¹²², and 2⁶¹ ≡ 1, so hi + lo ≡ a·b with hi + lo < 2p.
        ulong high = Math.BigMul(a, b, out ulong low);
        return SubtractPIfAtLeastP((low & P) + ((high << 3) | (low >> 61)));
    }

    public void SubtractScaled(Span<ulong> target, ReadOnlySpan<ulong> source, ulong factor)
    {
        PrimeFieldOps.RequireEqualLengths(target, source);
        ulong negated = factor == 0 ? 0 : P - factor;
        ref ulong t = ref MemoryMarshal.GetReference(target);
        ref ulong s = ref MemoryMarshal.GetReference(source);
        for (int j = 0; j < target.Length; j++)
        {
            // t + (p − f)·s: the folded product is below 2p, plus t below p, so x < 3p < 2⁶³; fold once more.
            ulong high = Math.BigMul(negated, Unsafe.Add(ref s, j), out ulong low);
            ulong x = Unsafe.Add(ref t, j) + (low & P) + ((high << 3) | (low >> 61));
            x = (x & P) + (x >> 61); // ≤ p + 2
            Unsafe.Add(ref t, j) = SubtractPIfAtLeastP(x);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SubtractPIfAtLeastP(ulong x)
    {
        ulong d = x - P; // x < 2p: negative (sign bit set) exactly when x < p
        return d + (P & (ulong)((long)d >> 63));
    }
}

/// <summary>Z/p for an odd prime p &lt; 2⁶² in Montgomery form x·2⁶⁴ mod p.</summary>
internal readonly struct MontgomeryField : IPrimeField
{
    private readonly ulong _p;
    private readonly ulong _pInverse;  // p⁻¹ mod 2⁶⁴
    private readonly ulong _r2;        // 2¹²⁸ mod p
    private readonly ulong _one;       // 2⁶⁴ mod p

    public MontgomeryField(ulong p)
    {
        if (p < 3 || (p & 1) == 0 || p >= 1UL << 62) throw new ArgumentOutOfRangeException(nameof(p), $"Montgomery arithmetic needs an odd modulus in [3, 2^62), got {p}.");
        _p = p;
        ulong inv = p; // Newton iteration: each step doubles the number of correct low bits (p·p ≡ 1 mod 8)
        for (int i = 0; i < 5; i++) inv *= 2 - p * inv;
        _pInverse = inv;
        _one = (ulong)(((UInt128)1 << 64) % p);
        _r2 = (ulong)((UInt128)_one * _one % p);
    }

    public ulong Modulus => _p;
    public ulong One => _one;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Enter(ulong canonical) => Multiply(canonical % _p, _r2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Leave(ulong internalValue) => Reduce(0, internalValue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Add(ulong a, ulong b) => Subtract(a, _p - b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Subtract(ulong a, ulong b) => PrimeFieldOps.SubtractBelow2To63(a, b, _p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Multiply(ulong a, ulong b)
    {
        ulong high = Math.BigMul(a, b, out ulong low);
        return Reduce(high, low);
    }

    /// <summary>REDC: (high·2⁶⁴ + low)·2⁻⁶⁴ mod p for a value below p·2⁶⁴.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Reduce(ulong high, ulong low)
    {
        ulong m = low * _pInverse;
        ulong mpHigh = Math.BigMul(m, _p, out _); // m·p has the same low word as the input
        return Subtract(high, mpHigh);             // both below p
    }

    public void SubtractScaled(Span<ulong> target, ReadOnlySpan<ulong> source, ulong factor) =>
        PrimeFieldOps.SubtractScaled(this, target, source, factor);
}

/// <summary>Power, inverse and the row operation of elimination, written once for every <see cref="IPrimeField"/> (in its internal form).</summary>
internal static class PrimeFieldOps
{
    /// <summary>(a − b) mod p for a, b &lt; p &lt; 2⁶³, branch-free: the sign bit of a − b is the borrow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SubtractBelow2To63(ulong a, ulong b, ulong p)
    {
        ulong d = a - b;
        return d + (p & (ulong)((long)d >> 63));
    }

    /// <summary>a^e by square and multiply.</summary>
    public static ulong Power<TField>(TField field, ulong a, ulong exponent) where TField : struct, IPrimeField
    {
        ulong result = field.One;
        while (exponent != 0)
        {
            if ((exponent & 1) != 0) result = field.Multiply(result, a);
            a = field.Multiply(a, a);
            exponent >>= 1;
        }
        return result;
    }

    /// <summary>a⁻¹ = a^(p−2) (Fermat); throws <see cref="DivideByZeroException"/> for a = 0.</summary>
    public static ulong Inverse<TField>(TField field, ulong a) where TField : struct, IPrimeField
    {
        if (a == 0) throw new DivideByZeroException($"Zero has no inverse modulo {field.Modulus}.");
        return Power(field, a, field.Modulus - 2);
    }

    public static void SubtractScaled<TField>(TField field, Span<ulong> target, ReadOnlySpan<ulong> source, ulong factor) where TField : struct, IPrimeField
    {
        RequireEqualLengths(target, source);
        ref ulong t = ref MemoryMarshal.GetReference(target);
        ref ulong s = ref MemoryMarshal.GetReference(source);
        for (int j = 0; j < target.Length; j++)
            Unsafe.Add(ref t, j) = field.Subtract(Unsafe.Add(ref t, j), field.Multiply(factor, Unsafe.Add(ref s, j)));
    }

    public static void RequireEqualLengths(Span<ulong> target, ReadOnlySpan<ulong> source)
    {
        if (source.Length != target.Length) throw new ArgumentException("Rows of different lengths.", nameof(source));
    }
}

namespace EosVerify.Algebra;

/// <summary>
/// The one primality test, the one statement of which primes modular code accepts, and the one rule for which primes
/// it uses (descending from a fixed start, so the k-th prime is the same on every machine).
/// </summary>
internal static class Primes
{
    /// <summary>The Mersenne prime 2⁶¹ − 1, the default single prime (it has the fastest field, <see cref="MersenneField"/>).</summary>
    public const ulong Mersenne61 = (1UL << 61) - 1;

    // Bases that make Miller–Rabin deterministic for every n < 2⁶⁴ (Jim Sinclair's set).
    private static readonly ulong[] MillerRabinBases = [2, 325, 9375, 28178, 450775, 9780504, 1795265022];

    public static bool IsPrime(ulong n)
    {
        if (n < 2) return false;
        foreach (ulong small in (ReadOnlySpan<ulong>)[2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37])
        {
            if (n == small) return true;
            if (n % small == 0) return false;
        }
        var ring = PrimeField.ResidueRing(n);
        ulong d = n - 1;
        int s = 0;
        while ((d & 1) == 0) { d >>= 1; s++; }
        foreach (ulong baseValue in MillerRabinBases)
        {
            ulong a = baseValue % n;
            if (a == 0) continue;
            ulong x = ring.Power(a, d);
            if (x == 1 || x == n - 1) continue;
            bool composite = true;
            for (int r = 1; r < s; r++)
            {
                x = ring.Multiply(x, x);
                if (x == n - 1) { composite = false; break; }
            }
            if (composite) return false;
        }
        return true;
    }

    /// <summary>
    /// The supported moduli: every odd prime below 2⁶⁴. (<see cref="PrimeField"/>'s 128-bit products are exact for any
    /// 64-bit modulus; the faster Montgomery form needs p &lt; 2⁶², and elimination falls back to PrimeField above.)
    /// Throws <see cref="ArgumentOutOfRangeException"/> otherwise.
    /// </summary>
    public static void RequireSupported(ulong p, string parameterName)
    {
        if (p == Mersenne61) return;
        if (p < 3 || !IsPrime(p))
            throw new ArgumentOutOfRangeException(parameterName, $"The modulus {p} is not a prime supported here (an odd prime below 2^64).");
    }

    /// <summary>The primes ≤ <paramref name="start"/> and &gt; <paramref name="floor"/>, largest first.</summary>
    public static IEnumerable<ulong> Descending(ulong start, ulong floor)
    {
        for (ulong candidate = start; candidate > floor && candidate >= 2; candidate--)
            if (IsPrime(candidate)) yield return candidate;
    }

    /// <summary>The primes of multimodular algorithms: 2⁶¹ &lt; p &lt; 2⁶², largest first (each contributes over 61 bits).</summary>
    public static IEnumerable<ulong> Descending62Bit() => Descending((1UL << 62) - 1, 1UL << 61);
}

namespace EosVerify.Algebra;

/// <summary>Deterministic primality for 64-bit integers and the fixed list of primes used by multimodular algorithms.</summary>
internal static class Primes
{
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
        ulong d = n - 1;
        int s = 0;
        while ((d & 1) == 0) { d >>= 1; s++; }
        foreach (ulong baseValue in MillerRabinBases)
        {
            ulong a = baseValue % n;
            if (a == 0) continue;
            ulong x = PowMod(a, d, n);
            if (x == 1 || x == n - 1) continue;
            bool composite = true;
            for (int r = 1; r < s; r++)
            {
                x = (ulong)((UInt128)x * x % n);
                if (x == n - 1) { composite = false; break; }
            }
            if (composite) return false;
        }
        return true;
    }

    /// <summary>The primes below 2⁶², largest first: the k-th call result is the same on every machine.</summary>
    public static IEnumerable<ulong> Descending62Bit()
    {
        for (ulong candidate = (1UL << 62) - 1; candidate > 1UL << 61; candidate -= 2)
            if (IsPrime(candidate)) yield return candidate;
    }

    /// <summary>a^e mod n for any 64-bit n (128-bit intermediates).</summary>
    internal static ulong PowMod(ulong a, ulong e, ulong n)
    {
        ulong result = 1;
        a %= n;
        while (e != 0)
        {
            if ((e & 1) != 0) result = (ulong)((UInt128)result * a % n);
            a = (ulong)((UInt128)a * a % n);
            e >>= 1;
        }
        return result;
    }
}

using System.Numerics;

namespace EosVerify.Algebra;

/// <summary>
/// The exact determinant of a rational matrix from determinants modulo many primes: clear denominators per row,
/// bound |det| of the integer matrix by Hadamard's inequality H = ∏ ‖row_i‖₂, take primes p_1, p_2, … (below 2⁶²,
/// largest first) until their product M exceeds 2H, and recover det as the residue mod M of least absolute value
/// (Chinese remainder theorem). The bound makes this deterministic and exact, not probabilistic.
/// </summary>
internal static class MultimodularDeterminant
{
    public static Rational Compute(RationalMatrix a)
    {
        int n = a.RowCount;
        if (n == 0) return Rational.One;
        var rows = IntegerRows.From(a);
        long boundBits = HadamardBoundBits(rows.Entries, n);
        if (boundBits < 0) return Rational.Zero; // a zero row
        var det = IntegerDeterminant(rows.Entries, n, boundBits);
        return new Rational(det, rows.ScaleProduct());
    }

    /// <summary>b with |det| ≤ ∏‖row‖₂ &lt; 2^b, or −1 when some row is zero.</summary>
    internal static long HadamardBoundBits(BigInteger[] entries, int n)
    {
        long bits = 0;
        for (int i = 0; i < n; i++)
        {
            var sumOfSquares = BigInteger.Zero;
            for (int j = 0; j < n; j++) sumOfSquares += entries[i * n + j] * entries[i * n + j];
            if (sumOfSquares.IsZero) return -1;
            bits += ((long)sumOfSquares.GetBitLength() + 1) / 2; // √s < 2^⌈bitlength/2⌉
        }
        return bits;
    }

    internal static BigInteger IntegerDeterminant(BigInteger[] entries, int n, long boundBits)
    {
        bool small = entries.All(e => e >= long.MinValue + 1 && e <= long.MaxValue);
        var smallEntries = small ? Array.ConvertAll(entries, e => (long)e) : null;
        var residues = new ulong[entries.Length];
        var product = BigInteger.One;   // M = ∏ primes used so far
        var value = BigInteger.Zero;    // det mod M, in [0, M)
        long productBits = 0;
        foreach (ulong p in Primes.Descending62Bit())
        {
            var canonical = PrimeField.ResidueRing(p); // p is prime: it comes from Primes.Descending62Bit
            for (int k = 0; k < residues.Length; k++)
                residues[k] = smallEntries is null ? canonical.Reduce(entries[k]) : ReduceSmall(smallEntries[k], p);
            var field = new MontgomeryField(p);
            for (int k = 0; k < residues.Length; k++) residues[k] = field.Enter(residues[k]);
            ulong r = field.Leave(ModularElimination.Determinant(field, residues, n));

            // CRT step: value' = value + M·t with t ≡ (r − value)·M⁻¹ (mod p).
            ulong valueModP = (ulong)(value % p);
            ulong productModP = (ulong)(product % p);
            ulong difference = canonical.Subtract(r, valueModP);
            ulong t = canonical.Multiply(difference, canonical.Inverse(productModP));
            value += product * t;
            product *= p;
            productBits += 61; // every prime used exceeds 2⁶¹
            if (productBits >= boundBits + 1) break;
        }
        return value > product / 2 ? value - product : value;
    }

    private static ulong ReduceSmall(long x, ulong p)
    {
        long r = x % (long)p;
        return (ulong)(r < 0 ? r + (long)p : r);
    }
}

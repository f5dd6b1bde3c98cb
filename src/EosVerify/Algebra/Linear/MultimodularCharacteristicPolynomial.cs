using System.Numerics;

namespace EosVerify.Algebra;

/// <summary>
/// The characteristic polynomial over Q from its images modulo many primes. With D the lcm of all denominators and
/// B = D·A an integer matrix, det(x·I − A) = D⁻ⁿ·det(D·x·I − B), so c_k(A) = c_k(B) / D^(n−k). The coefficient
/// c_{n−m}(B) is ± a sum of C(n, m) principal m×m minors, each at most the product of its rows' norms (Hadamard),
/// so |c_k(B)| &lt; 2ⁿ·∏ max(1, ‖row_i‖). Primes are taken until their product exceeds twice that bound, which
/// makes the reconstruction exact and deterministic.
/// </summary>
internal static class MultimodularCharacteristicPolynomial
{
    public static UnivariatePolynomial Compute(RationalMatrix a, string variable)
    {
        int n = a.RowCount;
        if (n == 0) return UnivariatePolynomial.One(variable);
        var denominator = BigInteger.One;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                var d = a[i, j].Denominator;
                if (!d.IsOne) denominator = denominator / BigInteger.GreatestCommonDivisor(denominator, d) * d;
            }
        var entries = new BigInteger[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                entries[i * n + j] = a[i, j].Numerator * (denominator / a[i, j].Denominator);

        long boundBits = n + 1;
        for (int i = 0; i < n; i++)
        {
            var sumOfSquares = BigInteger.Zero;
            for (int j = 0; j < n; j++) sumOfSquares += entries[i * n + j] * entries[i * n + j];
            boundBits += ((long)sumOfSquares.GetBitLength() + 1) / 2; // max(1, ‖row‖) < 2^⌈bitlength/2⌉ (also for a zero row)
        }

        var coefficients = IntegerCoefficients(entries, n, boundBits);
        var result = new Rational[n + 1];
        var scale = BigInteger.One; // D^(n−k) for k = n, n−1, …
        for (int k = n; k >= 0; k--)
        {
            result[k] = new Rational(coefficients[k], scale);
            scale *= denominator;
        }
        return UnivariatePolynomial.FromCoefficients(result, variable);
    }

    private static BigInteger[] IntegerCoefficients(BigInteger[] entries, int n, long boundBits)
    {
        var residues = new ulong[entries.Length];
        var values = new BigInteger[n + 1];   // coefficient mod M, in [0, M)
        var product = BigInteger.One;
        long productBits = 0;
        foreach (ulong p in Primes.Descending62Bit())
        {
            var field = new MontgomeryField(p);
            var canonical = PrimeField.ResidueRing(p); // p is prime: it comes from Primes.Descending62Bit
            for (int k = 0; k < residues.Length; k++) residues[k] = field.Enter(canonical.Reduce(entries[k]));
            var image = ModularElimination.CharacteristicPolynomial(field, residues, n);
            ulong inverse = canonical.Inverse((ulong)(product % p));
            for (int k = 0; k <= n; k++)
            {
                ulong r = field.Leave(image[k]);
                ulong current = (ulong)(values[k] % p);
                ulong difference = canonical.Subtract(r, current);
                values[k] += product * canonical.Multiply(difference, inverse);
            }
            product *= p;
            productBits += 61; // every prime used exceeds 2⁶¹
            if (productBits >= boundBits + 1) break;
        }
        var half = product / 2;
        for (int k = 0; k <= n; k++) if (values[k] > half) values[k] -= product;
        return values;
    }
}

using System.Numerics;

namespace EosVerify.Algebra;

/// <summary>
/// Arithmetic, determinants and ranks in Z/p for a stated prime p, by default the Mersenne prime
/// p = 2⁶¹ − 1 = 2305843009213693951 (<see cref="MersennePrime61"/>). Other primes must be odd and below 2⁶².
/// <para>
/// Certificate logic: reduction mod p is a ring homomorphism from the rationals whose denominators p does not
/// divide onto Z/p, so det(A) mod p = det(A mod p). Hence <b>a nonzero determinant mod p proves det A ≠ 0 over Q</b>
/// (and a rank r mod p proves rank A ≥ r) whenever p divides no denominator of A — which the reduction checks, throwing
/// otherwise. A zero determinant mod p proves nothing: det A may be a nonzero multiple of p.
/// </para>
/// </summary>
internal static class ModularArithmetic
{
    /// <summary>The default prime 2⁶¹ − 1.</summary>
    public const ulong MersennePrime61 = (1UL << 61) - 1;

    /// <summary>The canonical residue of an integer in [0, p) (any modulus p ≥ 2).</summary>
    public static ulong Reduce(BigInteger value, ulong p = MersennePrime61)
    {
        RequireModulus(p);
        return ReduceUnchecked(value, p);
    }

    /// <summary>
    /// The residue of a rational num/den: num·den⁻¹ mod p. Throws <see cref="ArgumentException"/> when p divides the
    /// denominator (the value has no image in Z/p; choose another prime).
    /// </summary>
    public static ulong Reduce(Rational value, ulong p = MersennePrime61)
    {
        RequireSupportedPrime(p);
        ulong den = ReduceUnchecked(value.Denominator, p);
        if (den == 0) throw new ArgumentException($"The prime {p} divides the denominator of {value}; it has no residue mod p (choose another prime).", nameof(value));
        return MultiplyUnchecked(ReduceUnchecked(value.Numerator, p), InverseUnchecked(den, p), p);
    }

    /// <summary>(a + b) mod p; the elementwise operations accept any modulus p ≥ 2.</summary>
    public static ulong Add(ulong a, ulong b, ulong p = MersennePrime61) => (ulong)(((UInt128)Canonical(a, p) + Canonical(b, p)) % p);

    public static ulong Subtract(ulong a, ulong b, ulong p = MersennePrime61)
    {
        a = Canonical(a, p);
        b = Canonical(b, p);
        return a >= b ? a - b : a + (p - b);
    }

    public static ulong Multiply(ulong a, ulong b, ulong p = MersennePrime61) => MultiplyUnchecked(Canonical(a, p), Canonical(b, p), p);

    public static ulong Power(ulong a, ulong exponent, ulong p = MersennePrime61) => PowerUnchecked(Canonical(a, p), exponent, p);

    /// <summary>a⁻¹ mod a prime p (Fermat: a^(p−2)); throws for a ≡ 0.</summary>
    public static ulong Inverse(ulong a, ulong p = MersennePrime61)
    {
        RequireSupportedPrime(p);
        return InverseUnchecked(a % p, p);
    }

    private static ulong ReduceUnchecked(BigInteger value, ulong p)
    {
        var r = BigInteger.Remainder(value, p);
        if (r.Sign < 0) r += p;
        return (ulong)r;
    }

    private static ulong MultiplyUnchecked(ulong a, ulong b, ulong p) => (ulong)((UInt128)a * b % p);

    private static ulong PowerUnchecked(ulong b, ulong exponent, ulong p)
    {
        ulong result = 1 % p;
        while (exponent != 0)
        {
            if ((exponent & 1) != 0) result = MultiplyUnchecked(result, b, p);
            b = MultiplyUnchecked(b, b, p);
            exponent >>= 1;
        }
        return result;
    }

    private static ulong InverseUnchecked(ulong a, ulong p)
    {
        if (a == 0) throw new DivideByZeroException($"Zero has no inverse modulo {p}.");
        return PowerUnchecked(a, p - 2, p);
    }

    /// <summary>The determinant mod p of a square matrix of residues (entries are reduced mod p first).</summary>
    public static ulong Determinant(ulong[,] a, ulong p = MersennePrime61)
    {
        ArgumentNullException.ThrowIfNull(a);
        int n = a.GetLength(0);
        if (a.GetLength(1) != n) throw new ArgumentException($"The determinant needs a square matrix, got {n}×{a.GetLength(1)}.", nameof(a));
        var flat = new ulong[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                flat[i * n + j] = a[i, j];
        return DeterminantInPlace(flat, n, p);
    }

    /// <summary>The determinant mod p of an n×n row-major matrix of residues (entries are reduced mod p first).</summary>
    public static ulong Determinant(ReadOnlySpan<ulong> rowMajor, int n, ulong p = MersennePrime61)
    {
        if (n < 0 || rowMajor.Length != (long)n * n) throw new ArgumentException($"Expected {(long)n * n} entries for an {n}×{n} matrix, got {rowMajor.Length}.", nameof(rowMajor));
        return DeterminantInPlace(rowMajor.ToArray(), n, p);
    }

    /// <summary>
    /// det(A) mod p for a rational matrix. Throws <see cref="ArgumentException"/> when p divides a denominator.
    /// A nonzero result certifies det A ≠ 0 (see the class remarks).
    /// </summary>
    public static ulong Determinant(RationalMatrix a, ulong p = MersennePrime61)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (!a.IsSquare) throw new ArgumentException($"The determinant needs a square matrix, got {a.RowCount}×{a.ColumnCount}.", nameof(a));
        var (residues, scaleInverse) = ReduceRows(a, p);
        return MultiplyUnchecked(DeterminantInPlace(residues, a.RowCount, p), scaleInverse, p);
    }

    /// <summary>The rank mod p of a matrix of residues (entries are reduced mod p first).</summary>
    public static int Rank(ulong[,] a, ulong p = MersennePrime61)
    {
        ArgumentNullException.ThrowIfNull(a);
        int rows = a.GetLength(0), columns = a.GetLength(1);
        var flat = new ulong[rows * columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                flat[i * columns + j] = a[i, j];
        return RankInPlace(flat, rows, columns, p);
    }

    /// <summary>The rank mod p of a rational matrix: a lower bound on its rank over Q (equal for all but finitely many p).</summary>
    public static int Rank(RationalMatrix a, ulong p = MersennePrime61)
    {
        ArgumentNullException.ThrowIfNull(a);
        var (residues, _) = ReduceRows(a, p);
        return RankInPlace(residues, a.RowCount, a.ColumnCount, p);
    }

    /// <summary>Row-major residues of the denominator-cleared rows, and the inverse mod p of the product of the row scales.</summary>
    private static (ulong[] Residues, ulong ScaleInverse) ReduceRows(RationalMatrix a, ulong p)
    {
        RequireSupportedPrime(p);
        var rows = IntegerRows.From(a);
        ulong scale = 1 % p;
        for (int i = 0; i < rows.RowCount; i++)
        {
            ulong s = ReduceUnchecked(rows.RowScales[i], p);
            if (s == 0) throw new ArgumentException($"The prime {p} divides a denominator in row {i} of the matrix; it has no image mod p (choose another prime).", nameof(a));
            scale = MultiplyUnchecked(scale, s, p);
        }
        var residues = new ulong[rows.Entries.Length];
        for (int k = 0; k < residues.Length; k++) residues[k] = ReduceUnchecked(rows.Entries[k], p);
        return (residues, InverseUnchecked(scale, p));
    }

    private static ulong DeterminantInPlace(ulong[] m, int n, ulong p)
    {
        RequireSupportedPrime(p);
        if (p == MersennePrime61)
        {
            for (int k = 0; k < m.Length; k++) m[k] %= p;
            return ModularElimination.Determinant(new MersenneField(), m, n);
        }
        var field = new MontgomeryField(p);
        for (int k = 0; k < m.Length; k++) m[k] = field.Enter(m[k]);
        return field.Leave(ModularElimination.Determinant(field, m, n));
    }

    private static int RankInPlace(ulong[] m, int rows, int columns, ulong p)
    {
        RequireSupportedPrime(p);
        if (p == MersennePrime61)
        {
            for (int k = 0; k < m.Length; k++) m[k] %= p;
            return ModularElimination.Rank(new MersenneField(), m, rows, columns);
        }
        var field = new MontgomeryField(p);
        for (int k = 0; k < m.Length; k++) m[k] = field.Enter(m[k]);
        return ModularElimination.Rank(field, m, rows, columns);
    }

    private static ulong Canonical(ulong a, ulong p)
    {
        RequireModulus(p);
        return a % p;
    }

    private static void RequireModulus(ulong p)
    {
        if (p < 2) throw new ArgumentOutOfRangeException(nameof(p), $"A modulus must be at least 2, got {p}.");
    }

    private static void RequireSupportedPrime(ulong p)
    {
        if (p == MersennePrime61) return;
        if (p < 3 || p >= 1UL << 62 || !Primes.IsPrime(p))
            throw new ArgumentOutOfRangeException(nameof(p), $"The modulus must be an odd prime below 2^62 (or 2^61 − 1); {p} is not.");
    }
}

using System.Numerics;

namespace EosVerify.Algebra;

/// <summary>
/// Determinants and ranks in Z/p for a stated prime p, by default the Mersenne prime p = 2⁶¹ − 1 = 2305843009213693951
/// (<see cref="MersennePrime61"/>); any prime <see cref="Primes.RequireSupported">supported</see> works. Scalar arithmetic
/// is <see cref="PrimeField"/>
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
    public const ulong MersennePrime61 = Primes.Mersenne61;

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
        return new PrimeField(p).Multiply(DeterminantInPlace(residues, a.RowCount, p), scaleInverse);
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
        var field = new PrimeField(p);
        var rows = IntegerRows.From(a);
        ulong scale = 1;
        for (int i = 0; i < rows.RowCount; i++)
        {
            ulong s = field.Reduce(rows.RowScales[i]);
            if (s == 0) throw new ArgumentException($"The prime {p} divides a denominator in row {i} of the matrix; it has no image mod p (choose another prime).", nameof(a));
            scale = field.Multiply(scale, s);
        }
        var residues = new ulong[rows.Entries.Length];
        for (int k = 0; k < residues.Length; k++) residues[k] = field.Reduce(rows.Entries[k]);
        return (residues, field.Inverse(scale));
    }

    private static ulong DeterminantInPlace(ulong[] m, int n, ulong p)
    {
        Primes.RequireSupported(p, nameof(p));
        if (p == MersennePrime61) return DeterminantIn(new MersenneField(), m, n);
        if (p < MontgomeryBound) return DeterminantIn(new MontgomeryField(p), m, n);
        return DeterminantIn(new PrimeField(p), m, n);
    }

    private static int RankInPlace(ulong[] m, int rows, int columns, ulong p)
    {
        Primes.RequireSupported(p, nameof(p));
        if (p == MersennePrime61) return RankIn(new MersenneField(), m, rows, columns);
        if (p < MontgomeryBound) return RankIn(new MontgomeryField(p), m, rows, columns);
        return RankIn(new PrimeField(p), m, rows, columns);
    }

    /// <summary>Montgomery form needs p &lt; 2⁶²; larger primes use canonical residues.</summary>
    private const ulong MontgomeryBound = 1UL << 62;

    private static ulong DeterminantIn<TField>(TField field, ulong[] m, int n) where TField : struct, IPrimeField
    {
        for (int k = 0; k < m.Length; k++) m[k] = field.Enter(m[k]);
        return field.Leave(ModularElimination.Determinant(field, m, n));
    }

    private static int RankIn<TField>(TField field, ulong[] m, int rows, int columns) where TField : struct, IPrimeField
    {
        for (int k = 0; k < m.Length; k++) m[k] = field.Enter(m[k]);
        return ModularElimination.Rank(field, m, rows, columns);
    }
}

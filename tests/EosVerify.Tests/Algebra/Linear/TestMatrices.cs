using System.Numerics;
using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Algebra.Linear;

/// <summary>Seeded random exact matrices and an independent determinant (cofactor expansion) for the tests.</summary>
internal static class TestMatrices
{
    public static RationalMatrix RandomInteger(SeededRandom random, int rows, int columns, int magnitude) =>
        RationalMatrix.Create(rows, columns, (_, _) => random.NextInt(2 * magnitude + 1) - magnitude);

    /// <summary>Entries p/q with |p| ≤ magnitude, 1 ≤ q ≤ maxDenominator; about a third of them zero when sparse.</summary>
    public static RationalMatrix RandomRational(SeededRandom random, int rows, int columns, int magnitude, int maxDenominator, bool sparse = false) =>
        RationalMatrix.Create(rows, columns, (_, _) =>
            sparse && random.NextInt(3) == 0
                ? Rational.Zero
                : new Rational(random.NextInt(2 * magnitude + 1) - magnitude, 1 + random.NextInt(maxDenominator)));

    public static RationalMatrix RandomSymmetric(SeededRandom random, int n, int magnitude, int maxDenominator)
    {
        var a = RandomRational(random, n, n, magnitude, maxDenominator);
        return RationalMatrix.Create(n, n, (i, j) => i <= j ? a[i, j] : a[j, i]);
    }

    /// <summary>Laplace expansion along the first row: exponential, independent of any elimination.</summary>
    public static Rational CofactorDeterminant(RationalMatrix a)
    {
        int n = a.RowCount;
        if (n == 0) return Rational.One;
        if (n == 1) return a[0, 0];
        var det = Rational.Zero;
        for (int j = 0; j < n; j++)
        {
            if (a[0, j].IsZero) continue;
            var minor = RationalMatrix.Create(n - 1, n - 1, (r, c) => a[r + 1, c < j ? c : c + 1]);
            var term = a[0, j] * CofactorDeterminant(minor);
            det = j % 2 == 0 ? det + term : det - term;
        }
        return det;
    }

    public static RationalMatrix LeadingBlock(RationalMatrix a, int k) => RationalMatrix.Create(k, k, (i, j) => a[i, j]);

    public static BigInteger Mod(BigInteger x, BigInteger p)
    {
        var r = BigInteger.Remainder(x, p);
        return r.Sign < 0 ? r + p : r;
    }
}

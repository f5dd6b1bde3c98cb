using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Benchmarks;

/// <summary>Seeded inputs shared by the exact-linear-algebra benchmarks.</summary>
internal static class ExactMatrices
{
    /// <summary>
    /// I − η·H of the kind T1 evaluates: H symmetric with entries k/100 (|k| ≤ 100), η = 1/10, so every entry of the
    /// result is a small fraction k/1000.
    /// </summary>
    public static RationalMatrix GdJacobian(int n, ulong seed)
    {
        var random = new SeededRandom(seed);
        var upper = new Rational[n, n];
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++)
                upper[i, j] = new Rational(random.NextInt(201) - 100, 100);
        var h = RationalMatrix.Create(n, n, (i, j) => i <= j ? upper[i, j] : upper[j, i]);
        return RationalMatrix.Identity(n) - new Rational(1, 10) * h;
    }

    /// <summary>Uniform residues modulo 2⁶¹ − 1, row-major.</summary>
    public static ulong[] ResiduesModMersenne(int n, ulong seed)
    {
        var random = new SeededRandom(seed);
        var m = new ulong[n * n];
        for (int k = 0; k < m.Length; k++) m[k] = random.NextUInt64() % ModularArithmetic.MersennePrime61;
        return m;
    }
}

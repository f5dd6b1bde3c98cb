using System.Numerics;
using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Algebra.Linear;

public class ModularArithmeticTests
{
    private const ulong Mersenne = (1UL << 61) - 1;
    private const ulong SmallPrime = 1_000_000_007;

    [TestCase(Mersenne)]
    [TestCase(SmallPrime)]
    [TestCase(4611686018427387847UL)] // 2⁶² − 57, prime (checked independently below)
    public void DeterminantModPEqualsExactDeterminantReduced(ulong p)
    {
        var random = new SeededRandom(41);
        for (int trial = 0; trial < 30; trial++)
        {
            int n = 1 + trial % 7;
            var a = TestMatrices.RandomRational(random, n, n, 1000, trial % 2 == 0 ? 1 : 1000, sparse: trial % 3 == 0);
            var exact = TestMatrices.CofactorDeterminant(a);
            ulong expected = (ulong)(TestMatrices.Mod(exact.Numerator, p) * BigInteger.ModPow(exact.Denominator, p - 2, p) % p);
            Assert.That(ModularArithmetic.Determinant(a, p), Is.EqualTo(expected), $"trial {trial}");
            Assert.That(new PrimeField(p).Reduce(exact), Is.EqualTo(expected));
        }
    }

    [Test]
    public void IntegerResidueMatricesInArrayAndSpanForms()
    {
        var random = new SeededRandom(42);
        for (int trial = 0; trial < 20; trial++)
        {
            int n = 1 + trial % 6;
            var entries = new ulong[n, n];
            var flat = new ulong[n * n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    flat[i * n + j] = entries[i, j] = random.NextUInt64() % Mersenne;
            var exact = TestMatrices.CofactorDeterminant(RationalMatrix.Create(n, n, (i, j) => new BigInteger(entries[i, j])));
            ulong expected = (ulong)TestMatrices.Mod(exact.Numerator, Mersenne);
            Assert.That(ModularArithmetic.Determinant(entries), Is.EqualTo(expected));
            Assert.That(ModularArithmetic.Determinant(flat, n), Is.EqualTo(expected));
        }
    }

    [Test]
    public void SingularMatrixHasZeroDeterminantAndLowerRank()
    {
        var random = new SeededRandom(43);
        var a = TestMatrices.RandomRational(random, 6, 3, 50, 7) * TestMatrices.RandomRational(random, 3, 6, 50, 7);
        Assert.That(ModularArithmetic.Determinant(a), Is.EqualTo(0UL));
        Assert.That(ModularArithmetic.Rank(a), Is.EqualTo(ExactLinearAlgebra.Rank(a)));
        Assert.That(ModularArithmetic.Rank(a, SmallPrime), Is.EqualTo(ExactLinearAlgebra.Rank(a)));
        var residues = new ulong[,] { { 1, 2, 3 }, { 2, 4, 6 }, { 0, 0, 5 } };
        Assert.That(ModularArithmetic.Rank(residues), Is.EqualTo(2));
    }

    [Test]
    public void RankModPBoundsExactRankAndDropsWhenPDividesAMinor()
    {
        // [[1, 0], [0, p]] has rank 2 over Q and rank 1 mod p: the mod-p rank is only a lower bound.
        var a = RationalMatrix.FromRows([[1, 0], [0, (long)SmallPrime]]);
        Assert.That(ExactLinearAlgebra.Rank(a), Is.EqualTo(2));
        Assert.That(ModularArithmetic.Rank(a, SmallPrime), Is.EqualTo(1));
        Assert.That(ModularArithmetic.Determinant(a, SmallPrime), Is.EqualTo(0UL), "zero mod p, although det = p ≠ 0: not a certificate");
    }

    [Test]
    public void DenominatorDivisibleByPIsRejected()
    {
        var a = RationalMatrix.FromRows([[new Rational(1, (long)SmallPrime * 3), 0], [0, 1]]);
        var e = Assert.Throws<ArgumentException>(() => ModularArithmetic.Determinant(a, SmallPrime));
        Assert.That(e!.Message, Does.Contain("divides a denominator"));
        Assert.Throws<ArgumentException>(() => new PrimeField(SmallPrime).Reduce(new Rational(2, (long)SmallPrime)));
    }

    [Test]
    public void NonPrimeModuliAreRejectedForDeterminants()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ModularArithmetic.Determinant(new ulong[,] { { 1 } }, 1_000_000_008));
        Assert.Throws<ArgumentOutOfRangeException>(() => ModularArithmetic.Determinant(new ulong[,] { { 1 } }, 2));
    }

    [Test]
    public void FieldMultiplicationMatchesBigIntegerIncludingEdges()
    {
        var random = new SeededRandom(44);
        ulong q = 4611686018427387847UL;
        var montgomery = new MontgomeryField(q);
        var mersenne = new MersenneField();
        var edges = new ulong[] { 0, 1, 2, Mersenne - 1, Mersenne - 2, 1UL << 60, (1UL << 61) - 3 };
        var samples = edges.Concat(Enumerable.Range(0, 300).Select(_ => random.NextUInt64() % Mersenne)).ToArray();
        foreach (ulong a in samples)
            foreach (ulong b in samples.Take(20))
            {
                Assert.That(mersenne.Multiply(a, b), Is.EqualTo((ulong)(new BigInteger(a) * b % Mersenne)));
                ulong expected = (ulong)(new BigInteger(a % q) * (b % q) % q);
                Assert.That(montgomery.Leave(montgomery.Multiply(montgomery.Enter(a), montgomery.Enter(b))), Is.EqualTo(expected));
                Assert.That(montgomery.Leave(montgomery.Subtract(montgomery.Enter(a), montgomery.Enter(b))),
                    Is.EqualTo((ulong)TestMatrices.Mod(new BigInteger(a % q) - (b % q), q)));
            }
    }

    [Test]
    public void InverseTimesValueIsOne()
    {
        var random = new SeededRandom(45);
        for (int i = 0; i < 100; i++)
        {
            ulong a = 1 + random.NextUInt64() % (Mersenne - 1);
            Assert.That(new PrimeField(Mersenne).Inverse(a), Is.EqualTo((ulong)BigInteger.ModPow(a, Mersenne - 2, Mersenne)));
        }
        Assert.Throws<DivideByZeroException>(() => new PrimeField(Mersenne).Inverse(Mersenne));
    }

    [Test]
    public void MillerRabinAgreesWithTrialDivision()
    {
        static bool TrialDivision(ulong n)
        {
            if (n < 2) return false;
            for (ulong d = 2; d * d <= n; d++) if (n % d == 0) return false;
            return true;
        }
        for (ulong n = 0; n < 20000; n++) Assert.That(Primes.IsPrime(n), Is.EqualTo(TrialDivision(n)), $"n = {n}");
        // Strong pseudoprimes to base 2 and Carmichael numbers are composite.
        foreach (ulong n in new ulong[] { 2047, 3277, 4033, 561, 1105, 1729, 3215031751, 3825123056546413051 })
            Assert.That(Primes.IsPrime(n), Is.False, $"n = {n}");
        Assert.That(Primes.IsPrime(Mersenne), Is.True);
        Assert.That(Primes.IsPrime(4611686018427387847UL), Is.EqualTo(BigInteger.ModPow(3, 4611686018427387846UL, 4611686018427387847UL).IsOne
            && TrialDivisionUpTo(4611686018427387847UL, 100000)), "2⁶² − 57 passes Fermat and has no small factor");
    }

    private static bool TrialDivisionUpTo(ulong n, ulong limit)
    {
        for (ulong d = 2; d < limit; d++) if (n % d == 0) return false;
        return true;
    }
}

using System.Numerics;
using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Algebra.Linear;

/// <summary>The one canonical prime field against BigInteger arithmetic, over the whole supported range.</summary>
public class PrimeFieldTests
{
    private const ulong Largest64BitPrime = 18_446_744_073_709_551_557UL;

    [TestCase(3UL)]
    [TestCase(1_000_000_007UL)]
    [TestCase((1UL << 61) - 1)]
    [TestCase(4611686018427387847UL)]   // 2⁶² − 57: the largest Montgomery prime
    [TestCase(9223372036854775783UL)]   // 2⁶³ − 25: above 2⁶², canonical residues only
    [TestCase(Largest64BitPrime)]        // sums of residues wrap past 2⁶⁴ here
    public void OperationsMatchBigInteger(ulong p)
    {
        var field = new PrimeField(p);
        var random = new SeededRandom(71);
        var edges = new ulong[] { 0, 1, 2, p - 1, p - 2, p / 2, p / 2 + 1 }.Where(x => x < p);
        var samples = edges.Concat(Enumerable.Range(0, 60).Select(_ => random.NextUInt64() % p)).ToArray();
        var m = new BigInteger(p);
        foreach (ulong a in samples)
            foreach (ulong b in samples.Take(25))
            {
                Assert.That(field.Add(a, b), Is.EqualTo((ulong)((new BigInteger(a) + b) % m)), $"{a} + {b}");
                Assert.That(field.Subtract(a, b), Is.EqualTo((ulong)(((new BigInteger(a) - b) % m + m) % m)), $"{a} − {b}");
                Assert.That(field.Multiply(a, b), Is.EqualTo((ulong)(new BigInteger(a) * b % m)), $"{a} · {b}");
                Assert.That(field.Power(a, b), Is.EqualTo((ulong)BigInteger.ModPow(a, b, m)), $"{a}^{b}");
            }
        foreach (ulong a in samples.Where(x => x != 0))
            Assert.That(field.Inverse(a), Is.EqualTo((ulong)BigInteger.ModPow(a, m - 2, m)), $"{a}⁻¹");
    }

    [TestCase(1_000_000_007UL)]
    [TestCase(Largest64BitPrime)]
    public void RationalsReduceToNumeratorTimesInverseDenominator(ulong p)
    {
        var field = new PrimeField(p);
        var m = new BigInteger(p);
        foreach (var (num, den) in new (long, long)[] { (0, 1), (1, 3), (-7, 5), (long.MaxValue, 999_999_937), (-1, long.MaxValue) })
        {
            var q = new Rational(num, den);
            var expected = ((q.Numerator % m + m) % m) * BigInteger.ModPow(q.Denominator % m, m - 2, m) % m;
            Assert.That(field.Reduce(q), Is.EqualTo((ulong)expected), $"{q}");
        }
        Assert.That(field.Reduce(BigInteger.Pow(-3, 80)), Is.EqualTo((ulong)(((BigInteger.Pow(-3, 80) % m) + m) % m)));
    }

    [TestCase(0UL)]
    [TestCase(1UL)]
    [TestCase(2UL)]   // odd primes only
    [TestCase(9UL)]
    [TestCase(3_215_031_751UL)]
    [TestCase(18_446_744_073_709_551_615UL)]
    public void UnsupportedModuliAreRejected(ulong modulus) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new PrimeField(modulus));

    [Test]
    public void DeterminantsAboveTwoToThe62UseCanonicalResidues()
    {
        // det [[a, b], [c, d]] = ad − bc, reduced by BigInteger.
        ulong p = Largest64BitPrime;
        var random = new SeededRandom(72);
        for (int trial = 0; trial < 50; trial++)
        {
            ulong a = random.NextUInt64() % p, b = random.NextUInt64() % p, c = random.NextUInt64() % p, d = random.NextUInt64() % p;
            var m = new BigInteger(p);
            var expected = ((new BigInteger(a) * d - new BigInteger(b) * c) % m + m) % m;
            Assert.That(ModularArithmetic.Determinant(new[,] { { a, b }, { c, d } }, p), Is.EqualTo((ulong)expected), $"trial {trial}");
        }
        Assert.That(ModularArithmetic.Rank(new ulong[,] { { 1, 2 }, { 2, 4 } }, p), Is.EqualTo(1));
    }

    [Test]
    public void PrimeListsDescendFromTheirStartAndSkipNoPrime()
    {
        // Independent check: a Fermat test to four bases with BigInteger (no Carmichael number is this close to 2⁶¹).
        static bool Fermat(ulong n) => new BigInteger[] { 2, 3, 5, 7 }.All(b => BigInteger.ModPow(b, n - 1, n).IsOne);
        ulong start = (1UL << 61) - 1;
        var listed = Primes.Descending(start, start - 200).ToList();
        var expected = Enumerable.Range(0, 200).Select(i => start - (ulong)i).Where(n => n % 2 == 1 && Fermat(n)).ToList();
        Assert.That(listed, Is.EqualTo(expected));
        Assert.That(listed.Take(3), Is.EqualTo(new[] { 2305843009213693951UL, 2305843009213693921UL, 2305843009213693907UL }),
            "the T1 witness primes recorded in existing certificates");
        var multimodular = Primes.Descending62Bit().Take(3).ToList();
        Assert.That(multimodular, Is.Ordered.Descending);
        Assert.That(multimodular, Has.All.GreaterThan(1UL << 61).And.All.LessThan(1UL << 62));
        Assert.That(multimodular.All(Fermat));
        Assert.That(multimodular[0], Is.EqualTo(Enumerable.Range(1, 200).Select(i => (1UL << 62) - (ulong)i).First(n => n % 2 == 1 && Fermat(n))));
    }
}

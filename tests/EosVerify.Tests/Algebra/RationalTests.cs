using System.Numerics;
using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Algebra;

/// <summary>The small-value fast path of Rational against a plain BigInteger reference.</summary>
public class RationalTests
{
    /// <summary>The reference: p/q reduced by BigInteger gcd, q &gt; 0. Nothing shared with Rational's code.</summary>
    private readonly record struct Reference(BigInteger P, BigInteger Q)
    {
        public static Reference Of(BigInteger p, BigInteger q)
        {
            if (q.Sign < 0) { p = -p; q = -q; }
            var g = BigInteger.GreatestCommonDivisor(p, q);
            return g.IsZero || g.IsOne ? new(p, p.IsZero ? 1 : q) : new(p / g, p.IsZero ? 1 : q / g);
        }
        public static Reference operator +(Reference a, Reference b) => Of(a.P * b.Q + b.P * a.Q, a.Q * b.Q);
        public static Reference operator -(Reference a, Reference b) => Of(a.P * b.Q - b.P * a.Q, a.Q * b.Q);
        public static Reference operator *(Reference a, Reference b) => Of(a.P * b.P, a.Q * b.Q);
        public static Reference operator /(Reference a, Reference b) => Of(a.P * b.Q, a.Q * b.P);
        public int CompareTo(Reference b) => (P * b.Q).CompareTo(b.P * Q);
    }

    private static readonly BigInteger[] EdgeIntegers =
    [
        0, 1, -1, 2, -2, 3, int.MaxValue, int.MinValue, (BigInteger)int.MaxValue + 1, uint.MaxValue,
        long.MaxValue, long.MinValue, -(BigInteger)long.MaxValue, long.MaxValue - 1, long.MinValue + 1,
        (BigInteger)long.MaxValue + 1, (BigInteger)long.MaxValue + 2, BigInteger.One << 62, -(BigInteger.One << 62),
        (BigInteger.One << 62) + 1, 3037000499, 3037000500, 4294967296, 6074000999, BigInteger.Pow(10, 18),
        BigInteger.One << 64, BigInteger.One << 100, -(BigInteger.One << 127), BigInteger.Pow(3, 40),
    ];

    private static BigInteger RandomInteger(SeededRandom random)
    {
        switch (random.NextInt(5))
        {
            case 0: return EdgeIntegers[random.NextInt(EdgeIntegers.Length)];
            case 1: return random.NextInt(41) - 20;
            case 2: return EdgeIntegers[random.NextInt(EdgeIntegers.Length)] + (random.NextInt(5) - 2);
            case 3: return (long)random.NextUInt64() >> random.NextInt(64);
            default: return new BigInteger((long)random.NextUInt64()) * random.NextInt(1000) * (random.NextInt(2) == 0 ? 1 : (BigInteger)random.NextUInt64());
        }
    }

    private static (Rational, Reference) RandomPair(SeededRandom random)
    {
        var p = RandomInteger(random);
        var q = RandomInteger(random);
        if (q.IsZero || random.NextInt(4) == 0) q = 1;
        return (new Rational(p, q), Reference.Of(p, q));
    }

    private static void AssertSame(Rational actual, Reference expected, string context)
    {
        Assert.That(actual.Numerator, Is.EqualTo(expected.P), context);
        Assert.That(actual.Denominator, Is.EqualTo(expected.Q), context);
        var rebuilt = new Rational(expected.P, expected.Q);
        Assert.That(actual, Is.EqualTo(rebuilt), context);
        Assert.That(actual.GetHashCode(), Is.EqualTo(rebuilt.GetHashCode()), context + ": equal values hash alike");
        Assert.That(actual.Sign, Is.EqualTo(expected.P.Sign), context);
        Assert.That(actual.IsInteger, Is.EqualTo(expected.Q.IsOne), context);
        Assert.That(actual.IsZero, Is.EqualTo(expected.P.IsZero), context);
    }

    [Test]
    public void ArithmeticAgreesWithBigIntegerReference()
    {
        var random = new SeededRandom(61);
        for (int trial = 0; trial < 20000; trial++)
        {
            var (a, ra) = RandomPair(random);
            var (b, rb) = RandomPair(random);
            string context = $"a = {ra.P}/{ra.Q}, b = {rb.P}/{rb.Q}";
            AssertSame(a, ra, context);
            AssertSame(a + b, ra + rb, "sum, " + context);
            AssertSame(a - b, ra - rb, "difference, " + context);
            AssertSame(a * b, ra * rb, "product, " + context);
            AssertSame(-a, Reference.Of(-ra.P, ra.Q), "negation, " + context);
            AssertSame(a.Abs(), Reference.Of(BigInteger.Abs(ra.P), ra.Q), "abs, " + context);
            if (!rb.P.IsZero)
            {
                AssertSame(a / b, ra / rb, "quotient, " + context);
                AssertSame(b.Reciprocal(), Reference.Of(rb.Q, rb.P), "reciprocal, " + context);
            }
            Assert.That(Math.Sign(a.CompareTo(b)), Is.EqualTo(Math.Sign(ra.CompareTo(rb))), "comparison, " + context);
            Assert.That(a == b, Is.EqualTo(ra == rb), "equality, " + context);
        }
    }

    [Test]
    public void OverflowEdgesMoveBetweenRepresentationsAndBack()
    {
        Rational max = long.MaxValue, min = long.MinValue;
        Assert.That((max + 1).Numerator, Is.EqualTo((BigInteger)long.MaxValue + 1));
        Assert.That(max + 1 - 1, Is.EqualTo(max));
        Assert.That(min.Numerator, Is.EqualTo((BigInteger)long.MinValue));
        Assert.That(-min, Is.EqualTo(max + 1));
        Assert.That(-(-min), Is.EqualTo(min));
        Assert.That(min - 1 + 1, Is.EqualTo(min));
        Assert.That(min * -1, Is.EqualTo(max + 1));
        Assert.That(max * max / max, Is.EqualTo(max));
        var huge = new Rational(BigInteger.One << 70, 3);
        Assert.That(huge * (new Rational(3, 1) / (BigInteger.One << 70)), Is.EqualTo(Rational.One));
        Assert.That((huge * huge.Reciprocal()).GetHashCode(), Is.EqualTo(Rational.One.GetHashCode()));
        Assert.That(new Rational(1, long.MaxValue) + new Rational(1, long.MaxValue - 1),
            Is.EqualTo(new Rational((BigInteger)long.MaxValue * 2 - 1, (BigInteger)long.MaxValue * (long.MaxValue - 1))));
        Assert.That(new Rational(long.MinValue, 2), Is.EqualTo((Rational)(long.MinValue / 2)));
        Assert.That(new Rational(1, long.MinValue).Denominator, Is.EqualTo(-(BigInteger)long.MinValue));
        Assert.That(new Rational(3, long.MaxValue).CompareTo(new Rational(2, long.MaxValue - 5)), Is.EqualTo(1));
    }

    [Test]
    public void DefaultIsZeroAndConstantsAreCanonical()
    {
        Assert.That(default(Rational), Is.EqualTo(Rational.Zero));
        Assert.That(default(Rational).Denominator, Is.EqualTo(BigInteger.One));
        Assert.That(default(Rational).ToString(), Is.EqualTo("0"));
        Assert.That(new Rational(0, -5), Is.EqualTo(Rational.Zero));
        Assert.That(new Rational(4, -6).ToString(), Is.EqualTo("-2/3"));
        Assert.That(Rational.One + Rational.MinusOne, Is.EqualTo(default(Rational)));
        Assert.Throws<DivideByZeroException>(() => _ = new Rational(1, 0));
        Assert.Throws<DivideByZeroException>(() => _ = Rational.One / Rational.Zero);
        Assert.Throws<DivideByZeroException>(() => Rational.Zero.Reciprocal());
    }

    [Test]
    public void PowersAgreeWithRepeatedReferenceProducts()
    {
        var random = new SeededRandom(62);
        for (int trial = 0; trial < 300; trial++)
        {
            var (a, ra) = RandomPair(random);
            int e = random.NextInt(7);
            var expected = Reference.Of(1, 1);
            for (int k = 0; k < e; k++) expected *= ra;
            AssertSame(a.Pow(e), expected, $"({ra.P}/{ra.Q})^{e}");
            if (!ra.P.IsZero) AssertSame(a.Pow(-e), Reference.Of(expected.Q, expected.P), $"({ra.P}/{ra.Q})^-{e}");
        }
    }

    [Test]
    public void ToDoubleIsNearestWhenSmallAndWithinAnUlpOtherwise()
    {
        // Exact check through rational arithmetic: d is the nearest double iff r is no farther from d than from
        // d's neighbours.
        var random = new SeededRandom(63);
        var limit = BigInteger.One << 53;
        for (int trial = 0; trial < 5000; trial++)
        {
            var (a, ra) = RandomPair(random);
            double d = a.ToDouble();
            if (double.IsInfinity(d) || Math.Abs(d) < 1e-290) continue;
            var error = (a - Rational.FromDouble(d)).Abs();
            var up = (a - Rational.FromDouble(Math.BitIncrement(d))).Abs();
            var down = (a - Rational.FromDouble(Math.BitDecrement(d))).Abs();
            var ulp = Rational.FromDouble(Math.BitIncrement(Math.Abs(d))) - Rational.FromDouble(Math.Abs(d));
            Assert.That(error, Is.LessThanOrEqualTo(ulp), $"{ra.P}/{ra.Q} ↦ {d:R}");
            if (BigInteger.Abs(ra.P) <= limit && ra.Q <= limit)
                Assert.That(error <= up && error <= down, Is.True, $"{ra.P}/{ra.Q} ↦ {d:R} is not the nearest double");
        }
        Assert.That(new Rational(1, 3).ToDouble(), Is.EqualTo(1.0 / 3.0));
        Assert.That(new Rational(-7, 10).ToDouble(), Is.EqualTo(-0.7));
        Assert.That(((Rational)long.MaxValue).ToDouble(), Is.EqualTo(9.223372036854775807e18));
    }

    [Test]
    public void FromDoubleIsExactAndRoundTrips()
    {
        var random = new SeededRandom(64);
        foreach (double x in new[] { 0.1, -2.5, 1e-300, 1e300, double.Epsilon, -double.MaxValue, 3.0, 0.75 }
                     .Concat(Enumerable.Range(0, 500).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(2, random.NextInt(200) - 100))))
        {
            var r = Rational.FromDouble(x);
            Assert.That(r.ToDouble(), Is.EqualTo(x));
            // Exact: the denominator is a power of two and r·den is the integer numerator.
            Assert.That(r.Denominator.IsPowerOfTwo, Is.True, $"{x}");
        }
        Assert.That(Rational.FromDouble(0.1), Is.Not.EqualTo(new Rational(1, 10)), "0.1 as a double is not 1/10");
        Assert.That(Rational.FromDouble(0.75), Is.EqualTo(new Rational(3, 4)));
    }

    [TestCase("0.1", "1/10")]
    [TestCase("-1.25e-3", "-1/800")]
    [TestCase("1e-3", "1/1000")]
    [TestCase("1/3", "1/3")]
    [TestCase("-6/4", "-3/2")]
    [TestCase("  42 ", "42")]
    [TestCase("9223372036854775808", "9223372036854775808")]
    [TestCase("-9223372036854775808/3", "-9223372036854775808/3")]
    [TestCase("1.5e20", "150000000000000000000")]
    public void ParsesExactDecimalsAndFractions(string text, string printed)
    {
        Assert.That(Rational.Parse(text).ToString(), Is.EqualTo(printed));
    }

    [TestCase("")]
    [TestCase("NaN")]
    [TestCase("1/0")]
    [TestCase("1.2.3")]
    [TestCase("e5")]
    public void RejectsMalformedText(string text)
    {
        Assert.That(Rational.TryParse(text, out _), Is.False);
    }

    [Test]
    public void PrintingAndParsingRoundTrip()
    {
        var random = new SeededRandom(65);
        for (int trial = 0; trial < 3000; trial++)
        {
            var (a, ra) = RandomPair(random);
            string text = a.ToString();
            Assert.That(text, Is.EqualTo(ra.Q.IsOne ? ra.P.ToString() : $"{ra.P}/{ra.Q}"));
            Assert.That(Rational.Parse(text), Is.EqualTo(a));
        }
    }
}

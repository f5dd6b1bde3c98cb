using System.Globalization;
using System.Numerics;
using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Algebra;

/// <summary>Rational.ToDouble is the nearest double: checked against .NET's correctly rounded parser and IEEE division.</summary>
public class RationalToDoubleTests
{
    [TestCase("0.1")]
    [TestCase("0.3")]
    [TestCase("-0.7")]
    [TestCase("1e-3")]
    [TestCase("123456789.123456789")]
    [TestCase("9007199254740993")]
    [TestCase("18446744073709551615")]
    [TestCase("3.14159265358979323846264338327950288")]
    [TestCase("1e-300")]
    [TestCase("2.5e300")]
    public void DecimalsGiveWhatTheParserGives(string text)
    {
        Assert.That(Rational.Parse(text).ToDouble(), Is.EqualTo(double.Parse(text, CultureInfo.InvariantCulture)));
    }

    [Test]
    public void SmallQuotientsEqualIeeeDivision()
    {
        // p and q below 2⁵³ are exact doubles, and IEEE division rounds p/q correctly.
        var random = new SeededRandom(7);
        for (int i = 0; i < 20_000; i++)
        {
            long p = (long)(random.NextUInt64() >> (11 + random.NextInt(40))) - (1L << 20);
            long q = (long)(random.NextUInt64() >> (11 + random.NextInt(40))) + 1;
            Assert.That(new Rational(p, q).ToDouble(), Is.EqualTo((double)p / q), $"{p}/{q}");
        }
    }

    [Test]
    public void HalfwayCasesRoundToEven()
    {
        var two53 = BigInteger.One << 53;
        Assert.That(new Rational(two53 + 1).ToDouble(), Is.EqualTo(9007199254740992.0), "tie: to the even neighbour below");
        Assert.That(new Rational(two53 + 3).ToDouble(), Is.EqualTo(9007199254740996.0), "tie: to the even neighbour above");
        Assert.That(new Rational((two53 + 1) * 3 + 1, 3).ToDouble(), Is.EqualTo(9007199254740994.0), "just above a tie rounds up");
    }

    [Test]
    public void DoublesRoundTrip()
    {
        var random = new SeededRandom(11);
        for (int i = 0; i < 10_000; i++)
        {
            double d = BitConverter.Int64BitsToDouble((long)(random.NextUInt64() & 0x7FEF_FFFF_FFFF_FFFFUL)) * (random.NextInt(2) == 0 ? 1 : -1);
            if (!double.IsNormal(d)) continue;
            Assert.That(Rational.FromDouble(d).ToDouble(), Is.EqualTo(d));
        }
    }
}

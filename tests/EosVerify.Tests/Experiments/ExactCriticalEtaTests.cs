using System.Numerics;
using EosVerify.Algebra;
using EosVerify.Experiments;
using EosVerify.Networks;

namespace EosVerify.Tests.Experiments;

public class ExactCriticalEtaTests
{
    private static Problem Chain(string architecture, string sxx, string syx, LossScale scale = LossScale.HalfMean)
    {
        var m = new Moments(4, RationalMatrix.FromRows([[Rational.Parse(sxx)]]), RationalMatrix.FromRows([[Rational.Parse(syx)]]),
            RationalMatrix.FromRows([[Rational.One]]));
        return new Problem(Architecture.Parse(architecture), m, scale);
    }

    // Hand: S_min = L·σ'·|w*|^{2(L−1)/L}, σ' = Sxx (half-mean), 2·Sxx (mean), w* = Syx/Sxx.
    [TestCase("1-1-1", "2", "1", "2", "1")]              // 2·2·(1/2) = 2
    [TestCase("1-1-1", "3", "1", "2", "1")]              // 2·3·(1/3) = 2
    [TestCase("1-1-1", "1/2", "-3", "6", "1/3")]         // 2·(1/2)·6 = 6
    [TestCase("1-1-1-1", "1", "8", "48", "1/24")]        // 3·1·8^{4/3} = 3·16
    [TestCase("1-1-1-1", "2", "-1/4", "3/8", "16/3")]    // w* = −1/8: 3·2·(1/8)^{4/3} = 6/16
    [TestCase("1-1", "5/3", "7", "5/3", "6/5")]          // depth 1: S = σ'
    public void Scalar_chain_values_are_exact(string architecture, string sxx, string syx, string sMin, string etaStar)
    {
        var exact = ExactCriticalEta.TryFind(Chain(architecture, sxx, syx))!.Value;
        Assert.That(exact.MinSharpness, Is.EqualTo(Rational.Parse(sMin)));
        Assert.That(exact.CriticalEta, Is.EqualTo(Rational.Parse(etaStar)));
    }

    [Test]
    public void Mean_loss_doubles_S_min()
    {
        var exact = ExactCriticalEta.TryFind(Chain("1-1-1", "2", "1", LossScale.Mean))!.Value;
        Assert.That(exact.MinSharpness, Is.EqualTo(new Rational(4)));
    }

    [TestCase("1-1-1-1", "1", "2")]   // 3·2^{4/3} is irrational
    [TestCase("1-1-1", "1", "0")]     // w* = 0: S_min = 0, η* undefined
    public void Irrational_or_undefined_values_are_null(string architecture, string sxx, string syx) =>
        Assert.That(ExactCriticalEta.TryFind(Chain(architecture, sxx, syx)), Is.Null);

    [Test]
    public void Other_architectures_have_no_exact_value_here()
    {
        var m = new Moments(4, RationalMatrix.FromRows([[Rational.One, Rational.Zero], [Rational.Zero, Rational.One]]),
            RationalMatrix.FromRows([[Rational.One, Rational.One]]), RationalMatrix.FromRows([[Rational.One]]));
        Assert.That(ExactCriticalEta.TryFind(new Problem(Architecture.Parse("2-1-1"), m)), Is.Null);
    }

    [Test]
    public void Integer_roots_are_exact_or_absent()
    {
        var big = BigInteger.Pow(123456789, 7);
        Assert.That(ExactCriticalEta.IntegerRoot(big, 7), Is.EqualTo(new BigInteger(123456789)));
        Assert.That(ExactCriticalEta.IntegerRoot(big + 1, 7), Is.Null);
        Assert.That(ExactCriticalEta.IntegerRoot(27, 3), Is.EqualTo(new BigInteger(3)));
        Assert.That(ExactCriticalEta.IntegerRoot(26, 3), Is.Null);
        Assert.That(ExactCriticalEta.IntegerRoot(1, 5), Is.EqualTo(BigInteger.One));
        Assert.That(ExactCriticalEta.RationalRoot(new Rational(8, 27), 3), Is.EqualTo(new Rational(2, 3)));
        Assert.That(ExactCriticalEta.RationalRoot(new Rational(8, 25), 3), Is.Null);
    }
}

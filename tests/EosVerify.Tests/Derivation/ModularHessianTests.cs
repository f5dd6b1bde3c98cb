using System.Numerics;
using EosVerify.Algebra;
using EosVerify.Derivation;

namespace EosVerify.Tests.Derivation;

public class ModularHessianTests
{
    /// <summary>p/q mod m computed independently with BigInteger (Fermat inverse).</summary>
    private static ulong Reduce(Rational r, ulong prime)
    {
        var m = new BigInteger(prime);
        var num = ((r.Numerator % m) + m) % m;
        var inv = BigInteger.ModPow(r.Denominator % m, m - 2, m);
        return (ulong)(num * inv % m);
    }

    [TestCase("2-3-1", 1_000_000_007UL)]
    [TestCase("3-2-3", 2_305_843_009_213_693_951UL)] // 2^61 − 1
    [TestCase("2-2-2-2-1", 18_446_744_073_709_551_557UL)] // the largest 64-bit prime
    [TestCase("5-4-3", 18_446_744_073_709_551_557UL)]
    public void EqualsTheExactHessianReducedModP(string architecture, ulong prime)
    {
        var c = TestNetworks.Make(architecture, seed: 3);
        var theta = TestNetworks.Theta(c.Problem.ParameterCount, 4);
        var exact = ExactDerivatives.Hessian(c.Problem, theta);
        var modular = ModularHessian.At(c.Problem, theta, prime);
        int p = c.Problem.ParameterCount;
        Assert.That((modular.GetLength(0), modular.GetLength(1)), Is.EqualTo((p, p)));
        for (int i = 0; i < p; i++)
            for (int j = 0; j < p; j++)
                Assert.That(modular[i, j], Is.EqualTo(Reduce(exact[i, j], prime)), $"H[{i},{j}]");
    }

    [Test]
    public void GdJacobianModPIsTheReducedExactGdJacobian()
    {
        const ulong prime = 1_000_000_007UL;
        var c = TestNetworks.Make("2-3-1", seed: 5);
        var theta = TestNetworks.Theta(c.Problem.ParameterCount, 6);
        var eta = new Rational(7, 3);
        var h = ExactDerivatives.Hessian(c.Problem, theta);
        var expected = RationalMatrix.Identity(h.RowCount) - eta * h; // formed here, not by the code under test
        var modular = ModularHessian.GdJacobianAt(c.Problem, theta, eta, prime);
        Assert.That(ExactDerivatives.GdJacobian(c.Problem, theta, eta), Is.EqualTo(expected));
        for (int i = 0; i < h.RowCount; i++)
            for (int j = 0; j < h.RowCount; j++)
                Assert.That(modular[i, j], Is.EqualTo(Reduce(expected[i, j], prime)), $"({i},{j})");
    }

    [TestCase(1UL)]
    [TestCase(1_000_000_008UL)]
    [TestCase(3_215_031_751UL)] // a strong pseudoprime to bases 2, 3, 5, 7
    public void RejectsANonPrimeModulus(ulong modulus)
    {
        var c = TestNetworks.Make("2-2-1");
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ModularHessian.At(c.Problem, new Rational[c.Problem.ParameterCount], modulus));
        Assert.That(ex!.Message, Does.Contain("not a prime"));
    }

    [Test]
    public void RejectsAPrimeDividingADenominator()
    {
        var c = TestNetworks.Make("2-2-1");
        var theta = Enumerable.Repeat(new Rational(1, 1009), c.Problem.ParameterCount).ToArray();
        var ex = Assert.Throws<ArgumentException>(() => ModularHessian.At(c.Problem, theta, 1009));
        Assert.That(ex!.Message, Does.Contain("divides the denominator"));
    }
}

using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems.T4;

public class CongruenceDefinitenessTests
{
    /// <summary>G·Gᵀ + shift·I for a seeded rational G with entries k/7.</summary>
    private static RationalMatrix Gram(int n, Rational shift, ulong seed)
    {
        var rng = new SeededRandom(seed);
        var g = RationalMatrix.Create(n, n, (_, _) => new Rational(rng.NextInt(15) - 7, 7));
        return g * g.Transpose() + shift * RationalMatrix.Identity(n);
    }

    [TestCase(5), TestCase(30), TestCase(60)]
    public void ProvesAWellConditionedPositiveDefiniteMatrix(int n)
    {
        var m = Gram(n, new Rational(1, 10), 3);
        Assert.That(CongruenceDefiniteness.ProvesPositiveDefinite(m), Is.True);
        if (n <= 30) Assert.That(ExactLinearAlgebra.IsPositiveDefinite(m), Is.True, "Sylvester agrees");
    }

    [TestCase(5), TestCase(30)]
    public void NeverProvesAnIndefiniteOrSingularMatrix(int n)
    {
        var singular = Gram(n, Rational.Zero, 5);
        singular = RationalMatrix.Create(n, n, (i, j) => i == n - 1 || j == n - 1 ? Rational.Zero : singular[i, j]);
        Assert.That(CongruenceDefiniteness.ProvesPositiveDefinite(singular), Is.False);
        var indefinite = Gram(n, Rational.Zero, 6) - new Rational(1, 1000) * RationalMatrix.Identity(n);
        indefinite = RationalMatrix.Create(n, n, (i, j) => i == 0 && j == 0 ? -indefinite[0, 0] : indefinite[i, j]);
        Assert.That(ExactLinearAlgebra.IsPositiveDefinite(indefinite), Is.False);
        Assert.That(CongruenceDefiniteness.ProvesPositiveDefinite(indefinite), Is.False);
    }
}

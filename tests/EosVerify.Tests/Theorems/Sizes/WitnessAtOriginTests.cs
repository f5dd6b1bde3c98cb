using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems.Sizes;

/// <summary>T1's closed form at θ = 0 against the P×P exact determinant (Bareiss on the exact Hessian), an independent path.</summary>
public class WitnessAtOriginTests
{
    [TestCase("2-2-1", 3UL, "1/10")]
    [TestCase("2-3-2", 5UL, "1/3")]
    [TestCase("3-2-4", 7UL, "2")]
    [TestCase("1-2-1-1", 11UL, "1/7")]
    [TestCase("2-2-2-2", 13UL, "3/2")]
    [TestCase("1-1-1-1-1", 17UL, "5")]
    public void TheClosedFormEqualsTheFullDeterminant(string architecture, ulong seed, string eta)
    {
        var problem = TestProblems.Generated(architecture, seed, eta);
        AssertAgrees(problem, Rational.Parse(eta));
    }

    [TestCase(LossScale.HalfMean)]
    [TestCase(LossScale.Mean)]
    public void AnExceptionalStepMakesBothZero(LossScale scale)
    {
        // 1-2-1 with Syx = [[1]]: det(I − (2cη)²·Syx·Syxᵀ) = 1 − (2cη)² vanishes at η = 1/(2c).
        var eta = scale == LossScale.Mean ? new Rational(1, 2) : Rational.One;
        var problem = TestProblems.FromMoments("1-2-1", "1", "1", "2", scale: scale);
        Assert.That(WitnessDeterminant.AtOrigin(problem, eta).IsZero, Is.True);
        AssertAgrees(problem, eta);
    }

    [Test]
    public void DepthOneHasNoOriginFormula() =>
        Assert.Throws<ArgumentException>(() => WitnessDeterminant.AtOrigin(TestProblems.Generated("2-2", 1), Rational.One));

    private static void AssertAgrees(Problem problem, Rational eta)
    {
        int n = problem.ParameterCount;
        var zero = Enumerable.Repeat(Rational.Zero, n).ToArray();
        var full = ExactLinearAlgebra.Determinant(RationalMatrix.Identity(n) - eta * ExactDerivatives.Hessian(problem, zero));
        Assert.That(WitnessDeterminant.AtOrigin(problem, eta).Exact, Is.EqualTo(full));
    }
}

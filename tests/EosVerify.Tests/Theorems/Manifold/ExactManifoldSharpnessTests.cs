using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems.Manifold;

public class ExactManifoldSharpnessTests
{
    private static IEnumerable<TestCaseData> Architectures() =>
        new[] { "1-1-1", "2-2-1", "2-3-2", "1-2-2-1", "3-2-3", "2-2-2-2", "1-1-2", "2-1-2" }
            .Select((a, i) => new TestCaseData(a, (ulong)(i + 3)).SetName($"ProductSpaceTestAgreesWithTheFullHessian({a})"));

    [TestCaseSource(nameof(Architectures))]
    public void ProductSpaceTestAgreesWithTheFullHessian(string architecture, ulong seed)
    {
        var problem = TestProblems.Generated(architecture, seed);
        var wStar = ExactLinearAlgebra.SolveRight(problem.Moments.Sxx, problem.Moments.Syx);
        var (c, r) = ExactManifoldPoints.RankFactorization(wStar);
        if (r.RowCount > problem.Architecture.Bottleneck)
        {
            // Reduced rank: take the rank-1 target so that a fibre point exists (the test is about H, not about W*).
            problem = Rank1Problem(problem, c, r);
            wStar = ExactLinearAlgebra.SolveRight(problem.Moments.Sxx, problem.Moments.Syx);
        }
        var theta = ExactManifoldPoints.Move(problem.Architecture, ExactManifoldPoints.Canonical(problem.Architecture, wStar), new SeededRandom(seed));
        var test = ExactManifoldSharpness.At(problem, theta)!;
        Assert.That(test, Is.Not.Null);

        // Independent path: the full P×P exact Hessian and its floating-point spectrum.
        var hessian = ExactDerivatives.Hessian(problem, theta);
        double sharpness = hessian.ToDouble().Evd().EigenValues.Select(z => z.Real).Max();
        foreach (double factor in new[] { 0.999, 1.001 })
        {
            var s = ExactProjection.Rationalize(sharpness * factor);
            Assert.That(test.AtMost(s), Is.EqualTo(ExactStability.SharpnessAtMost(problem, theta, s)), $"S ≤ {s}");
            Assert.That(test.Below(s), Is.EqualTo(ExactStability.SharpnessBelow(problem, theta, s)), $"S < {s}");
            Assert.That(test.AtMost(s), Is.EqualTo(factor > 1));
        }
    }

    [Test]
    public void APointOffTheZeroResidualSetHasNoProductSpaceTest()
    {
        var problem = TestProblems.Generated("2-2-1", 5);
        Assert.That(ExactManifoldSharpness.At(problem, RationalPoints.Random(new SeededRandom(1), problem.ParameterCount)), Is.Null);
    }

    [Test]
    public void SingularInputsUseTheSupportOfSxx()
    {
        // Sxx = [[1,1],[1,1]] (rank 1), Syx = [1,1]: W = (1/2, 1/2) has W·Sxx = Syx.
        var problem = TestProblems.FromMoments("2-1-1", "1,1;1,1", "1,1", "3");
        var theta = new Rational[] { new(1, 2), new(1, 2), 1 };
        var test = ExactManifoldSharpness.At(problem, theta)!;
        var hessian = ExactDerivatives.Hessian(problem, theta);
        double sharpness = hessian.ToDouble().Evd().EigenValues.Select(z => z.Real).Max();
        Assert.That(test.Dimension, Is.EqualTo(1));
        Assert.That(test.AtMost(ExactProjection.Rationalize(sharpness * 1.0001)), Is.True);
        Assert.That(test.AtMost(ExactProjection.Rationalize(sharpness * 0.9999)), Is.False);
    }

    internal static Problem Rank1Problem(Problem problem, RationalMatrix c, RationalMatrix r)
    {
        var w1 = RationalMatrix.Create(c.RowCount, 1, (i, _) => c[i, 0]) * RationalMatrix.Create(1, r.ColumnCount, (_, j) => r[0, j]);
        var m = problem.Moments;
        return new Problem(problem.Architecture, new Moments(m.SampleCount, m.Sxx, w1 * m.Sxx, m.Syy + w1 * m.Sxx * w1.Transpose()), problem.LossScale);
    }
}

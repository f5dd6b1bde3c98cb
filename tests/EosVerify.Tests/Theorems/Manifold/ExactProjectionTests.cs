using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems.Manifold;

public class ExactProjectionTests
{
    // Hidden widths below dL (1-1-2, 2-2-3, 1-2-3), below d0 and dL (3-2-3 with a rank-2 target), and the plain case.
    [TestCase("2-3-1", 1UL)]
    [TestCase("1-1-2", 2UL)]
    [TestCase("2-2-3", 3UL)]
    [TestCase("1-2-3", 4UL)]
    [TestCase("2-3-3-4", 5UL)]
    [TestCase("3-4-2-3", 6UL)]
    public void AFloatingPointMinimizerBecomesAnExactPointOfTheFibreNearby(string architecture, ulong seed)
    {
        var problem = TestProblems.Generated(architecture, seed);
        var wStar = ExactLinearAlgebra.SolveRight(problem.Moments.Sxx, problem.Moments.Syx);
        if (ExactLinearAlgebra.Rank(wStar) > problem.Architecture.Bottleneck)
        {
            var (c, r) = ExactManifoldPoints.RankFactorization(wStar);
            problem = ExactManifoldSharpnessTests.Rank1Problem(problem, c, r);
            wStar = ExactLinearAlgebra.SolveRight(problem.Moments.Sxx, problem.Moments.Syx);
        }
        var numeric = new NumericProblem(problem);
        var point = MinimizerManifold.BalancedPoint(numeric, MinimizerManifold.Target(numeric).Product);

        var exact = ExactProjection.OntoManifold(problem, point, wStar);

        Assert.That(exact, Is.Not.Null);
        Assert.That(ExactDerivatives.Product(problem, exact!), Is.EqualTo(wStar));
        double distance = Math.Sqrt(point.Zip(exact!, (a, b) => (a - b.ToDouble()) * (a - b.ToDouble())).Sum());
        Assert.That(distance, Is.LessThan(1e-8 * (1 + Math.Sqrt(point.Sum(x => x * x)))));
    }

    [Test]
    public void TheZeroTargetIsReachedByZeroingTheFirstLayerWhenNothingElseApplies()
    {
        var problem = TestProblems.FromMoments("2-1-2", "1,0;0,1", "0,0;0,0", "1,0;0,1");
        var exact = ExactProjection.OntoManifold(problem, [0.3, 0.2, 0, 0], RationalMatrix.Zero(2, 2));
        Assert.That(exact, Is.Not.Null);
        Assert.That(ExactDerivatives.Product(problem, exact!), Is.EqualTo(RationalMatrix.Zero(2, 2)));
    }
}

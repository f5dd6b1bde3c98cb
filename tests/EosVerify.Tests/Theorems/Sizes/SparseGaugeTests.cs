using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems.Sizes;

/// <summary>The rank-one gauge used above <see cref="ExactManifoldPoints.MaxDenseGaugeWidth"/> keeps the product exactly and moves the point.</summary>
public class SparseGaugeTests
{
    [TestCase("2-40-3")]
    [TestCase("3-33-34-2")]
    [TestCase("1-200-1")]
    public void AWideMoveStaysOnTheFibreAndChangesTheLayers(string architecture)
    {
        var problem = TestProblems.Generated(architecture, 5, samples: 12);
        var wStar = ExactLinearAlgebra.SolveRight(problem.Moments.Sxx, problem.Moments.Syx);
        var start = ExactManifoldPoints.Canonical(problem.Architecture, wStar);
        var moved = ExactManifoldPoints.Move(problem.Architecture, start, new SeededRandom(3));
        Assert.Multiple(() =>
        {
            Assert.That(ExactDerivatives.Product(problem, moved), Is.EqualTo(wStar)); // recomputed by the network calculus
            Assert.That(moved.SequenceEqual(start), Is.False, "the gauge moved nothing");
        });
    }

    [Test]
    public void AMoveOfTwoThousandWideLayersIsCheap()
    {
        var problem = TestProblems.Generated("2-2000-2", 1, samples: 8);
        var wStar = ExactLinearAlgebra.SolveRight(problem.Moments.Sxx, problem.Moments.Syx);
        var start = ExactManifoldPoints.Canonical(problem.Architecture, wStar);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var moved = ExactManifoldPoints.Move(problem.Architecture, start, new SeededRandom(3));
        clock.Stop();
        Assert.That(ExactDerivatives.Product(problem, moved), Is.EqualTo(wStar));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "the dense gauge took minutes here");
    }
}

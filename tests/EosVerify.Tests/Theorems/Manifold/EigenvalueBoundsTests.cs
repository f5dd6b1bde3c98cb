using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems.Manifold;

public class EigenvalueBoundsTests
{
    [TestCase(2, 1UL)]
    [TestCase(3, 2UL)]
    [TestCase(5, 3UL)]
    [TestCase(6, 6UL)]
    public void BoundsBracketTheSpectrumTightlyWhenTheEstimateIsRight(int n, ulong seed)
    {
        var random = new SeededRandom(seed);
        var x = RationalMatrix.Create(n, n + 2, (_, _) => new Rational(random.NextInt(9) - 4, 3));
        var s = x * x.Transpose() + new Rational(1, 10) * RationalMatrix.Identity(n);
        var eigen = s.ToDouble().Evd().EigenValues.Select(z => z.Real).OrderBy(v => v).ToArray();

        var lower = EigenvalueBounds.LowerBoundOfSmallest(s, eigen[0])!.Value;
        var upper = EigenvalueBounds.UpperBoundOfLargest(s, eigen[^1]);
        var own = EigenvalueBounds.LowerBoundOfSmallest(s)!.Value; // the checks' bound, from its own estimate

        Assert.That(lower.ToDouble(), Is.LessThanOrEqualTo(eigen[0]).And.GreaterThan(eigen[0] * (1 - 1e-8)));
        Assert.That(own.ToDouble(), Is.LessThanOrEqualTo(eigen[0]).And.GreaterThan(eigen[0] * (1 - 1e-8)));
        Assert.That(upper.ToDouble(), Is.GreaterThanOrEqualTo(eigen[^1]).And.LessThan(eigen[^1] * (1 + 1e-8)));
    }

    [Test]
    public void AWrongEstimateStillGivesATrueBound()
    {
        var s = TestProblems.Matrix("2,1;1,2"); // eigenvalues 1 and 3
        Assert.That(EigenvalueBounds.LowerBoundOfSmallest(s, 5)!.Value, Is.LessThanOrEqualTo(Rational.One));
        Assert.That(EigenvalueBounds.UpperBoundOfLargest(s, 0.5), Is.GreaterThanOrEqualTo(new Rational(3)));
        Assert.That(EigenvalueBounds.LowerBoundOfSmallest(TestProblems.Matrix("1,2;2,1"), 1), Is.Null, "indefinite");
    }

    [Test]
    public void TheOneSmallestBoundIsExactOnDiagonalsAndRefusesIndefiniteMatrices()
    {
        Assert.That(EigenvalueBounds.LowerBoundOfSmallest(TestProblems.Matrix("3,0;0,1/3")), Is.EqualTo(new Rational(1, 3)), "diagonal: λ_min = 1/3");
        Assert.That(EigenvalueBounds.LowerBoundOfSmallest(TestProblems.Matrix("5/2")), Is.EqualTo(new Rational(5, 2)), "1×1");
        var closedForm = EigenvalueBounds.LowerBoundOfSmallest(TestProblems.Matrix("2,1;1,2"))!.Value; // eigenvalues 1 and 3
        Assert.That(closedForm, Is.LessThanOrEqualTo(Rational.One));
        Assert.That(closedForm.ToDouble(), Is.GreaterThan(1 - 1e-9));
        Assert.That(EigenvalueBounds.LowerBoundOfSmallest(TestProblems.Matrix("1,0;0,-1")), Is.Null, "indefinite diagonal");
        Assert.That(EigenvalueBounds.LowerBoundOfSmallest(TestProblems.Matrix("1,2;2,1")), Is.Null, "indefinite");
    }

    [Test]
    public void RayleighQuotientIsExact()
    {
        var s = TestProblems.Matrix("2,1;1,2");
        Assert.That(EigenvalueBounds.RayleighQuotient(s, [1, 1]), Is.EqualTo(new Rational(3)));
        Assert.That(EigenvalueBounds.RayleighQuotient(s, [1, 0]), Is.EqualTo(new Rational(2)));
    }
}

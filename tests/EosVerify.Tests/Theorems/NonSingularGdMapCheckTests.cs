using EosVerify.Algebra;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems;

public class NonSingularGdMapCheckTests
{
    private static CheckResult Run(EosVerify.Networks.Problem problem, CheckOptions? options = null) =>
        new NonSingularGdMapCheck().Run(new CheckContext(problem, options ?? new CheckOptions()), CancellationToken.None);

    // Sxx = [[5/4, 3/4], [3/4, 5/4]] has eigenvalues 2 and 1/2 (eigenvectors (1,1) and (1,−1)).
    private const string Sxx = "5/4,3/4;3/4,5/4";

    [TestCase("1/2")]
    [TestCase("2")]
    public void LinearRegressionIsSingularAtTheInverseEigenvalues(string eta)
    {
        var result = Run(TestProblems.FromMoments("2-1", Sxx, "1,0", "2", eta));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated));
        Assert.That(result.Counterexample, Is.Not.Null);
        Assert.That(result.CounterexampleAs<SingularStepCounterexample>()!.HessianEigenvalue.ToString(), Is.EqualTo(Rational.Parse(eta).Reciprocal().ToString()));
    }

    [Test]
    public void LinearRegressionHoldsElsewhereWithTheHandDeterminant()
    {
        // det(I − η Sxx) at η = 1/3: (1 − 2/3)(1 − 1/6) = 5/18.
        var result = Run(TestProblems.FromMoments("2-1", Sxx, "1,0", "2", "1/3"));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.EvidenceAs<NonSingularGdMapEvidence>().BlockDeterminant.ToString(), Is.EqualTo("5/18"));
    }

    [Test]
    public void ExceptionalSetOfLinearRegressionIsOneHalfAndTwo()
    {
        var result = Run(TestProblems.FromMoments("2-3", Sxx, "1,0;0,1;1,1", "2,0,1;0,2,1;1,1,3"));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        var e = ExceptionalStepSizes.Compute(new CheckContext(TestProblems.FromMoments("2-3", Sxx, "1,0;0,1;1,1", "2,0,1;0,2,1;1,1,3"), new CheckOptions()));
        Assert.That(e.Status, Is.EqualTo(ExceptionalStatus.Exact));
        var etas = e.InverseEtaRoots.Select(r => r.Midpoint.Reciprocal().ToDouble()).OrderBy(x => x).ToArray();
        Assert.That(etas, Is.EqualTo(new[] { 0.5, 2.0 }).Within(1e-9));
        Assert.That(e.Excludes(new Rational(1, 2)), Is.False);
        Assert.That(e.Excludes(new Rational(1, 3)), Is.True);
    }

    [Test]
    public void ScalarChainAtTheOriginsBadStepFindsARandomWitness()
    {
        // 1-1-1: H(0) = [[0, −a], [−a, 0]] with a = Syx = 3, so det(I − ηH(0)) = 1 − 9η² vanishes at η = 1/3.
        var result = Run(TestProblems.FromMoments("1-1-1", "2", "3", "5", "1/3"));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.EvidenceAs<NonSingularGdMapEvidence>().Witness!.Point, Does.StartWith("random"));
        var tried = Run(TestProblems.FromMoments("1-1-1", "2", "3", "5", "1/4"));
        Assert.That(tried.EvidenceAs<NonSingularGdMapEvidence>().Witness!.Point, Is.EqualTo("0"));
        Assert.That(tried.EvidenceAs<NonSingularGdMapEvidence>().Witness!.Determinant, Is.EqualTo("7/16"), "1 − 9/16");
    }

    [Test]
    public void DeepNetworksHaveDeterminantOneAtTheOriginAndNoExceptionalSteps()
    {
        var result = Run(TestProblems.Generated("2-2-2-1", 5, "7/3"));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.EvidenceAs<NonSingularGdMapEvidence>().Witness!.Determinant, Is.EqualTo("1"));
        Assert.That(result.EvidenceAs<NonSingularGdMapEvidence>().ExceptionalStepSizes!.Status, Is.EqualTo("empty"));
    }

    [Test]
    public void ModularWitnessAgreesWithTheExactDeterminant()
    {
        var problem = TestProblems.Generated("2-3-2", 7, "1/2");
        var random = new CheckContext(problem, new CheckOptions()).RandomFor("test");
        for (int i = 0; i < 5; i++)
        {
            var theta = RationalPoints.Random(random, problem.ParameterCount);
            var exact = WitnessDeterminant.Compute(problem, theta, problem.Eta!.Value, maxExactParameters: 1000);
            var modular = WitnessDeterminant.Compute(problem, theta, problem.Eta!.Value, maxExactParameters: 0);
            Assert.That(modular.Exact, Is.Null);
            Assert.That(modular.Residue, Is.EqualTo(new PrimeField(modular.Prime).Reduce(exact.Exact!.Value)));
        }
    }

    [Test]
    public void TwoLayerGeneratedProblemHasNoExceptionalStepAndHolds()
    {
        var result = Run(TestProblems.Generated("2-2-1", 1, "1/10"));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.EvidenceAs<NonSingularGdMapEvidence>().ExceptionalStepSizes!.Status, Is.EqualTo("empty"));
    }
}

using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems;

public class MinimizerManifoldCheckTests
{
    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-t2-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void RemoveFolder() => _temp.Dispose();

    private CheckResult Run(Problem problem, bool withSolver)
    {
        var options = new CheckOptions();
        var context = withSolver
            ? new CheckContext(problem, options, SmtSolvers.Create("z3", null, TimeSpan.FromSeconds(20)), new CertificateStore(_folder, "t2"))
            : new CheckContext(problem, options);
        return new MinimizerManifoldCheck().Run(context, CancellationToken.None);
    }

    [TestCase("1-1-1", "1", "0", "1")]
    [TestCase("2-2-2", "1,0;0,2", "0,0;0,0", "1,0;0,1")]
    [TestCase("1-2-1-1", "3", "0", "1")]
    public void ZeroTargetIsNotAManifoldAtTheOrigin(string architecture, string sxx, string syx, string syy)
    {
        var problem = TestProblems.FromMoments(architecture, sxx, syx, syy);
        var result = Run(problem, withSolver: problem.ParameterCount <= 6);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated), result.Summary);
        var counterexample = result.CounterexampleAs<NonManifoldPointCounterexample>()!;
        Assert.That(counterexample.Kind, Is.EqualTo("non-manifold-point"));
        // Independent re-check: both branches lie in M (random points with W_1 = 0, or W_2 = 0, have product 0), and
        // εθ₁ has a loss above the optimum (so lies off M) for small ε.
        var layout = problem.Layout;
        var random = new SeededRandom(5);
        foreach (int layer in new[] { 1, 2 })
        {
            var theta = RationalPoints.Random(random, problem.ParameterCount);
            for (int p = layout.Offset(layer); p < layout.Offset(layer) + layout.Rows(layer) * layout.Columns(layer); p++) theta[p] = Rational.Zero;
            Assert.That(ExactDerivatives.Product(problem, theta), Is.EqualTo(RationalMatrix.Zero(problem.Architecture.OutputDimension, problem.Architecture.InputDimension)));
        }
        var direction = counterexample.OffManifoldDirection.ToArray();
        var optimum = ExactDerivatives.Loss(problem, RationalPoints.Zero(problem.ParameterCount));
        foreach (var epsilon in new[] { new Rational(1, 1000), new Rational(-1, 1_000_000) })
            Assert.That(ExactDerivatives.Loss(problem, direction.Select(d => epsilon * d).ToArray()), Is.GreaterThan(optimum));
        Assert.That(result.EvidenceAs<MinimizerManifoldEvidence>().CriticalValue, Is.True);
    }

    [Test]
    public void ZeroTargetRankDropIsAlsoFoundBySmt()
    {
        var result = Run(TestProblems.FromMoments("1-1-1", "1", "0", "1"), withSolver: true);
        Assert.That(result.EvidenceAs<MinimizerManifoldEvidence>().Smt!.Answer, Is.EqualTo("sat"), "w1·w2 = 0 ∧ w1² + w2² = 0 has the solution 0");
        Assert.That(File.Exists(Path.Combine(_folder, result.Certificates.Single())), Is.True);
    }

    [Test]
    public void FullRankTargetIsARegularValueWithTheExpectedDimension()
    {
        var result = Run(TestProblems.Generated("2-2-1", 1), withSolver: true);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.EvidenceAs<MinimizerManifoldEvidence>().Dimension, Is.EqualTo(6 - 2));
        Assert.That(result.EvidenceAs<MinimizerManifoldEvidence>().Smt!.Answer, Is.EqualTo("unsat"));
        var text = File.ReadAllText(Path.Combine(_folder, result.Certificates.Single()));
        Assert.That(text, Does.Contain("expected: unsat"));
    }

    [Test]
    public void RankDeficientTargetIsACriticalValueButSmoothnessIsNotClaimed()
    {
        // 2-2-2 with Sxx = I and Syx = diag(1, 0): W* = diag(1, 0) has rank 1 < 2. At W1 = W2 = diag(1, 0),
        // Dμ[Δ] = Δ2 W1 + W2 Δ1 never reaches the (2,2) entry: rank 3 of 4 (hand computation). That shows W* is a
        // critical value, not that M is singular: the verdict must not be "violated".
        var result = Run(TestProblems.FromMoments("2-2-2", "1,0;0,1", "1,0;0,0", "1,0;0,1"), withSolver: false);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive), result.Summary);
        Assert.That(result.Counterexample, Is.Null);
        Assert.That(result.EvidenceAs<MinimizerManifoldEvidence>().ProductJacobianRanks![0], Is.EqualTo(3));
        Assert.That(result.EvidenceAs<MinimizerManifoldEvidence>().Shown, Does.Contain("critical value"));
        Assert.That(result.EvidenceAs<MinimizerManifoldEvidence>().Reason, Does.Contain("smoothness of M is not decided"));
    }

    [Test]
    public void LinearRegressionIsAPoint()
    {
        var result = Run(TestProblems.FromMoments("2-1", "5/4,3/4;3/4,5/4", "1,0", "2"), withSolver: false);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.EvidenceAs<MinimizerManifoldEvidence>().Dimension, Is.EqualTo(0));
    }

    [Test]
    public void SingularInputsReduceToTheRangeOfSxx()
    {
        // Sxx = [[1,1],[1,1]] (rank 1), Syx = (1, 1): the minimizers are {θ : W(θ)·(1,1)ᵀ = 2}, W₀ = (1/2, 1/2).
        var problem = TestProblems.FromMoments("2-2-1", "1,1;1,1", "1,1", "3");
        var deep = Run(problem, withSolver: false);
        Assert.That(deep.Verdict, Is.EqualTo(Verdict.HoldsCertified), deep.Summary);
        Assert.That(deep.EvidenceAs<MinimizerManifoldEvidence>().Hypotheses!.SxxPositiveDefinite, Is.False);
        Assert.That(deep.EvidenceAs<MinimizerManifoldEvidence>().Dimension, Is.EqualTo(5));
        // Independent: the tangent space at an exact minimizer is the kernel of θ ↦ D(W(θ)·Sxx), of dimension P − rank.
        Rational[] theta = [new(1, 2), new(1, 2), 0, 0, 1, 3];
        Assert.That(ExactDerivatives.Product(problem, theta) * problem.Moments.Sxx, Is.EqualTo(problem.Moments.Syx));
        var jacobian = ExactDerivatives.ProductJacobian(problem, theta);
        var composed = RationalMatrix.Create(1, 6, (_, p) => jacobian[0, p] + jacobian[1, p]); // (dW·Sxx)_j = dW_1 + dW_2
        Assert.That(6 - ExactLinearAlgebra.Rank(composed), Is.EqualTo(5));

        var shallow = Run(TestProblems.FromMoments("2-1", "1,1;1,1", "1,1", "3"), withSolver: false);
        Assert.That(shallow.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(shallow.EvidenceAs<MinimizerManifoldEvidence>().Dimension, Is.EqualTo(1), "{w : w·Sxx = Syx} is a line in R²");
    }

    [Test]
    public void BottleneckNarrowerThanTheTargetIsTheReducedRankCase()
    {
        var result = Run(TestProblems.Generated("3-2-3", 3, samples: 12), withSolver: false);
        Assert.That(result.EvidenceAs<MinimizerManifoldEvidence>().Case, Is.EqualTo("reduced-rank"));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsNumerical));
        Assert.That(result.EvidenceAs<MinimizerManifoldEvidence>().ExpectedRank, Is.EqualTo(2 * (3 + 3 - 2)));
    }
}

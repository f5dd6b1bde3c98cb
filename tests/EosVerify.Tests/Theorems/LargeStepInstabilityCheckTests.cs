using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Smt;
using EosVerify.Theorems;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Tests.Theorems;

public class LargeStepInstabilityCheckTests
{
    private static CheckResult Run(Problem problem, CheckOptions? options = null, bool withSolver = false)
    {
        options ??= new CheckOptions();
        var context = withSolver
            ? new CheckContext(problem, options, SmtSolvers.Create("z3", null, options.SolverBudget), CertificateStore.InTemporaryFolder("t4"))
            : new CheckContext(problem, options);
        return new LargeStepInstabilityCheck().Run(context, CancellationToken.None);
    }

    [TestCase("1/2", true)]
    [TestCase("1/4", false)]
    public void ScalarChainDecidesThePremiseExactly(string eta, bool premise)
    {
        // σ = 2, w* = 3/2: S_min = 6 (MATH.md closed form, hand value), η* = 1/3.
        var result = Run(TestProblems.FromMoments("1-1-1", "2", "3", "5", eta));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().Premise, Is.EqualTo(premise));
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().MinSharpness, Is.EqualTo(6).Within(1e-6), "numeric S_min agrees with the closed form");
    }

    [TestCase("3/2", true)]
    [TestCase("1/2", false)]
    public void LinearRegressionComparesWithTheLargestEigenvalueOfSxx(string eta, bool premise)
    {
        // L = 1, half-mean: S = λ_max(Sxx) = 2, η* = 1.
        var result = Run(TestProblems.FromMoments("2-1", "5/4,3/4;3/4,5/4", "1,0", "2", eta));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().Premise, Is.EqualTo(premise));
    }

    [TestCase(2, "2", "3")]
    [TestCase(3, "1", "8")]
    [TestCase(4, "3/2", "-5")]
    public void ABoundOnePercentAboveTheTrueMinSharpnessIsViolatedWithAnExactPoint(int depth, string sxx, string syx)
    {
        var problem = ChainProblem(depth, sxx, syx, "1/1000");
        var chain = ScalarChain.TryCreate(problem)!;
        var claim = ExactProjection.Rationalize(1.01 * chain.MinSharpnessApprox);
        var result = Run(problem, new CheckOptions { ClaimedMinSharpness = claim });
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated));
        var theta = result.CounterexampleAs<FlatterMinimumCounterexample>()!.Theta.ToArray();

        // Independent re-check: the product is w* exactly, and the largest eigenvalue of a finite-difference Hessian
        // of the plain loss ½(σp² − 2ap) is below the claim.
        Assert.That(theta.Aggregate(Rational.One, (a, b) => a * b), Is.EqualTo(chain.Target));
        Assert.That(FiniteDifferenceSharpness(theta, Rational.Parse(sxx).ToDouble(), Rational.Parse(syx).ToDouble()),
            Is.LessThan(claim.ToDouble()));
    }

    [Test]
    public void ABoundOnePercentBelowTheTrueMinSharpnessIsNotViolated()
    {
        var problem = ChainProblem(3, "1", "8", "1/1000");
        var result = Run(problem, new CheckOptions { ClaimedMinSharpness = ExactProjection.Rationalize(0.99 * 48) });
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
    }

    [Test]
    public void TwoLayerNetworkBeyondTheCriticalStepIsCertifiedByTheBracketWithoutASolver()
    {
        // 2-2-1 has scalar outputs: Theorem B makes the bracket a point, so 1.02·(2/S_lo) is decided exactly, no SMT.
        var problem = TestProblems.Generated("2-2-1", 1);
        var bracket = MinSharpnessBracket.For(problem, MinimizerTargetFacts.Of(problem).WStar!, null);
        var result = Run(problem.WithEta(ExactProjection.Rationalize(1.02 * 2 / bracket.Lower.ToDouble())), withSolver: false);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().Premise, Is.True);
        Assert.That(result.Certificates, Is.Empty, "exact arithmetic, not a solver");
    }

    [Test]
    public void InsideTheBandWithoutASolverTheVerdictIsNumericalAndNamesTheBand()
    {
        // 2-3-4 (hidden width below dL, anisotropic): the band (2/S_hi, 2/S_lo] is wide; its middle is not certified.
        var problem = T4.BracketProblems.Anisotropic("2-3-4", 11);
        var bracket = MinSharpnessBracket.For(problem, MinimizerTargetFacts.Of(problem).WStar!, new CheckContext(problem, new CheckOptions()).MinSharpness.Point);
        double middle = (2 / bracket.Upper!.Value.ToDouble() + 2 / bracket.Lower.ToDouble()) / 2;
        var result = Run(problem.WithEta(ExactProjection.Rationalize(middle)));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsNumerical), result.Summary);
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().Band, Does.Contain("does not decide"));
    }

    [Test]
    public void ReducedRankCaseIsNotCertified()
    {
        var result = Run(TestProblems.Generated("3-2-3", 3, "1/20", samples: 12));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().Reason, Does.Contain("reduced-rank"));
    }

    [Test]
    public void ReportNamesTheNonStrictSaddleItDoesNotCover()
    {
        var result = Run(ChainProblem(3, "1", "8", "1/30"));
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().NotCovered, Does.Contain("θ = 0"));
    }

    internal static Problem ChainProblem(int depth, string sxx, string syx, string eta) =>
        new(new Architecture(Enumerable.Repeat(1, depth + 1).ToArray()),
            new Moments(4, TestProblems.Matrix(sxx), TestProblems.Matrix(syx), TestProblems.Matrix("10000")),
            eta: Rational.Parse(eta));

    internal static double FiniteDifferenceSharpness(IReadOnlyList<Rational> theta, double sigma, double a)
    {
        double Loss(double[] w) { double p = w.Aggregate(1.0, (x, y) => x * y); return 0.5 * (sigma * p * p - 2 * a * p); }
        var x0 = theta.Select(t => t.ToDouble()).ToArray();
        int n = x0.Length;
        var h = Matrix<double>.Build.Dense(n, n);
        double step = 1e-4 * Math.Max(1, x0.Max(Math.Abs));
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double F(double di, double dj) { var x = (double[])x0.Clone(); x[i] += di; x[j] += dj; return Loss(x); }
                h[i, j] = (F(step, step) - F(step, -step) - F(-step, step) + F(-step, -step)) / (4 * step * step);
            }
        return h.Evd().EigenValues.Select(e => e.Real).Max();
    }
}

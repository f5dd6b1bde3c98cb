using EosVerify.Algebra;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems;

public class BoundedStableMinimaCheckTests
{
    internal static CheckResult Run(EosVerify.Networks.Problem problem, CheckOptions? options = null, bool withSolver = false)
    {
        options ??= new CheckOptions();
        var context = withSolver
            ? new CheckContext(problem, options, SmtSolvers.Create("z3", null, options.SolverBudget), CertificateStore.InTemporaryFolder("t3"))
            : new CheckContext(problem, options);
        return new BoundedStableMinimaCheck().Run(context, CancellationToken.None);
    }

    [TestCase(2, "2", "3", "1/4")]
    [TestCase(3, "1", "8", "1/30")]
    [TestCase(4, "1", "2", "1/20")]
    public void ARadiusTenPercentTooSmallIsViolatedWithAStableMinimumBeyondIt(int depth, string sxx, string syx, string eta)
    {
        var problem = LargeStepInstabilityCheckTests.ChainProblem(depth, sxx, syx, eta);
        var chain = ScalarChain.TryCreate(problem)!;
        var exact = Run(problem);
        Assert.That(exact.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        double radius = exact.EvidenceAs<BoundedStableMinimaEvidence>().RadiusApprox!.Value;
        var claim = ExactProjection.Rationalize(0.9 * radius);

        var result = Run(problem, new CheckOptions { ClaimedRadius = claim });
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated));
        var theta = T3.StableRayTests.Theta(result.Counterexample);
        // Independent re-check: on M, stable by a finite-difference Hessian, and outside the claimed ball.
        Assert.That(theta.Aggregate(Rational.One, (a, b) => a * b), Is.EqualTo(chain.Target));
        double s = LargeStepInstabilityCheckTests.FiniteDifferenceSharpness(theta, Rational.Parse(sxx).ToDouble(), Rational.Parse(syx).ToDouble());
        Assert.That(s, Is.LessThanOrEqualTo(2 / Rational.Parse(eta).ToDouble() * (1 + 1e-6)));
        Assert.That(Math.Sqrt(theta.Sum(t => t.ToDouble() * t.ToDouble())), Is.GreaterThan(claim.ToDouble()));
    }

    [Test]
    public void ARadiusTenPercentTooLargeHolds()
    {
        var problem = LargeStepInstabilityCheckTests.ChainProblem(3, "1", "8", "1/30");
        double radius = Run(problem).EvidenceAs<BoundedStableMinimaEvidence>().RadiusApprox!.Value;
        var result = Run(problem, new CheckOptions { ClaimedRadius = ExactProjection.Rationalize(1.1 * radius) });
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
    }

    [Test]
    public void DepthTwoChainRadiusIsTheClosedForm()
    {
        // MATH.md: R² = 2/(ησ) for L = 2; σ = 2, η = 1/4 → R² = 4.
        var result = Run(LargeStepInstabilityCheckTests.ChainProblem(2, "2", "3", "1/4"));
        Assert.That(result.EvidenceAs<BoundedStableMinimaEvidence>().RadiusApprox, Is.EqualTo(2).Within(1e-12));
    }

    [Test]
    public void NoStableMinimaBeyondTheCriticalStepIsVacuouslyBounded()
    {
        var result = Run(LargeStepInstabilityCheckTests.ChainProblem(3, "1", "8", "1/20"));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.EvidenceAs<BoundedStableMinimaEvidence>().StableMinimaExist, Is.False);
    }
}

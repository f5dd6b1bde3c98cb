using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems.T3;

/// <summary>
/// T3 is false wherever a hidden-to-hidden layer has room for a ray (issue 8): the check must say violated, with a ray
/// that an independent path re-checks — the product from ExactDerivatives (not ExactLayers), the full P×P exact Hessian
/// (not the product-space test the check uses), equal at two points of the ray, and (2/η)I − H ⪰ 0 there.
/// </summary>
public class StableRayTests
{
    /// <summary>The issue's example: X = [[1, −1, 2, 1/2]], Y = 2X, so Sxx = 25/16, W* = 2; η = 1/10.</summary>
    internal static Problem IssueExample() =>
        new(Architecture.Parse("1-2-2-1"), Moments.FromData(TestProblems.Matrix("1,-1,2,1/2"), TestProblems.Matrix("2,-2,4,1")), eta: new Rational(1, 10));

    private static IEnumerable<TestCaseData> RayProblems()
    {
        yield return new TestCaseData(IssueExample()).SetName("RayViolation(1-2-2-1, issue data)");
        foreach (var (arch, seed) in new[] { ("2-3-3-2", 11UL), ("3-4-4-3", 12UL), ("2-3-3-3-1", 13UL), ("1-1-1-1", 0UL), ("2-2-2-2", 0UL) })
        {
            var problem = seed == 0 ? ZeroTarget(arch) : TestProblems.Generated(arch, seed);
            yield return new TestCaseData(problem).SetName($"RayViolation({arch}{(seed == 0 ? ", W* = 0" : "")})");
        }
    }

    [TestCaseSource(nameof(RayProblems))]
    public void RayViolation(Problem problem)
    {
        if (ExactLinearAlgebra.Rank(problem.Moments.Syx) == 0) problem = problem.WithEta(new Rational(1, 10));
        if (problem.Eta is null) problem = problem.WithEta(ExactProjection.Rationalize(0.5 * new CheckContext(problem, new CheckOptions()).MinSharpness.CriticalEta));
        var result = BoundedStableMinimaCheckTests.Run(problem);

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated), result.Summary);
        RecheckRay(problem, result.CounterexampleAs<StableRayCounterexample>()!, problem.Eta!.Value);
    }

    [Test]
    public void TheEdgeOfStabilityDemoNetworkHasARay()
    {
        var problem = TestProblems.Generated("5-10-10-5", 21).WithEta(new Rational(1, 100));
        var result = BoundedStableMinimaCheckTests.Run(problem);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated), result.Summary);
        var counterexample = result.CounterexampleAs<StableRayCounterexample>()!;
        var far = counterexample.Theta.ToArray();
        var base0 = counterexample.Base.ToArray();
        var wStar = ExactLinearAlgebra.SolveRight(problem.Moments.Sxx, problem.Moments.Syx);
        Assert.That(ExactDerivatives.Product(problem, far), Is.EqualTo(wStar));
        Assert.That(ExactDerivatives.Product(problem, base0), Is.EqualTo(wStar));
        // P = 200: the full exact Hessians at both ends of the ray are compared entry by entry; stability by a dense
        // floating-point spectrum of that exact matrix (with margin), since a 200×200 exact definiteness test is slow.
        var h0 = ExactDerivatives.Hessian(problem, base0);
        Assert.That(ExactDerivatives.Hessian(problem, far), Is.EqualTo(h0));
        double top = h0.ToDouble().Evd().EigenValues.Max(z => z.Real);
        Assert.That(top, Is.LessThan(2 / problem.Eta!.Value.ToDouble()));
    }

    [Test]
    public void BeyondTheCertifiedCriticalStepThereAreNoStableMinimaEvenWithRoomForRays()
    {
        // Whitened 1-2-2-1 data (Sxx = 1, W* = 2): S_min = L·σ_max^{2(L−1)/L} = 3·2^{4/3} ≈ 7.56 (Nar & Sastry), so at
        // η = 1/3 (2/η = 6) no minimum is stable and T3 holds vacuously — certified, although rays exist at smaller η.
        var problem = TestProblems.FromMoments("1-2-2-1", "1", "2", "4", eta: "1/3");
        var result = BoundedStableMinimaCheckTests.Run(problem);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
        Assert.That(result.EvidenceAs<BoundedStableMinimaEvidence>().StableMinimaExist, Is.False);
        Assert.That(3 * Math.Pow(2, 4.0 / 3), Is.GreaterThan(6));
        var smaller = BoundedStableMinimaCheckTests.Run(problem.WithEta(new Rational(1, 4)));
        Assert.That(smaller.Verdict, Is.EqualTo(Verdict.Violated), "2/η = 8 > 7.56: the balanced point is stable and carries a ray");
    }

    [Test]
    public void AClaimedRadiusIsViolatedByARayPointBeyondIt()
    {
        var problem = IssueExample();
        var result = BoundedStableMinimaCheckTests.Run(problem, new CheckOptions { ClaimedRadius = new Rational(50) });
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated));
        var far = Theta(result.Counterexample);
        Assert.That(ExactStability.NormSquared(far), Is.GreaterThan(new Rational(2500)));
        RecheckRay(problem, result.CounterexampleAs<StableRayCounterexample>()!, problem.Eta!.Value);
    }

    [Test]
    public void TheIssuesOwnRayHasTheSharpnessItStates()
    {
        // W_1 = (1, 0)ᵀ, W_2 = diag(2, t), W_3 = (1, 0): S = 9σ = 14.0625 for every t (hand derivation, issue 8).
        var problem = IssueExample();
        foreach (var t in new Rational[] { 0, 7, 1000 })
        {
            Rational[] theta = [1, 0, 2, 0, 0, t, 1, 0];
            var h = ExactDerivatives.Hessian(problem, theta);
            Assert.That(ExactStability.SharpnessAtMost(problem, theta, Rational.Parse("14.0625")), Is.True);
            Assert.That(ExactStability.SharpnessBelow(problem, theta, Rational.Parse("14.0625")), Is.False);
            Assert.That(h, Is.EqualTo(ExactDerivatives.Hessian(problem, [1, 0, 2, 0, 0, 0, 1, 0])));
        }
    }

    [TestCase("2-1")]
    [TestCase("2-2-1")]
    public void SingularInputsGiveARayAlongTheNullSpaceOfSxx(string architecture)
    {
        // Sxx = [[1,1],[1,1]] has the null vector (1, −1); Syx = (1, 1) = (1/2, 1/2)·Sxx.
        var problem = TestProblems.FromMoments(architecture, "1,1;1,1", "1,1", "3", eta: "1/10");
        var result = BoundedStableMinimaCheckTests.Run(problem);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated), result.Summary);
        var counterexample = result.CounterexampleAs<StableRayCounterexample>()!;
        Assert.That(counterexample.Kind, Is.EqualTo("ray-input-null-space"));
        var base0 = counterexample.Base.ToArray();
        var far = counterexample.Theta.ToArray();
        var optimum = ExactDerivatives.Loss(problem, base0);
        Assert.That(ExactDerivatives.Loss(problem, far), Is.EqualTo(optimum));
        Assert.That(ExactDerivatives.Gradient(problem, far).All(g => g.IsZero), Is.True);
        Assert.That(ExactDerivatives.Hessian(problem, far), Is.EqualTo(ExactDerivatives.Hessian(problem, base0)));
        Assert.That(ExactStability.SharpnessAtMost(problem, far, 20), Is.True);
        // The optimum is the least-squares optimum: W = (1/2, 1/2) is a minimizer of the convex L = 1 loss.
        var regression = TestProblems.FromMoments("2-1", "1,1;1,1", "1,1", "3");
        Assert.That(optimum, Is.EqualTo(ExactDerivatives.Loss(regression, [new Rational(1, 2), new Rational(1, 2)])));
        Assert.That(ExactStability.NormSquared(far), Is.GreaterThan(new Rational(1_000_000)));
    }

    internal static void RecheckRay(Problem problem, StableRayCounterexample counterexample, Rational eta)
    {
        var base0 = counterexample.Base.ToArray();
        var direction = counterexample.Direction.ToArray();
        var far = counterexample.Theta.ToArray();
        var wStar = ExactLinearAlgebra.SolveRight(problem.Moments.Sxx, problem.Moments.Syx);
        var middle = base0.Zip(direction, (b, d) => b + 3 * d).ToArray();
        Assert.That(direction.Any(d => !d.IsZero), Is.True);
        foreach (var theta in new[] { base0, middle, far })
        {
            Assert.That(ExactDerivatives.Product(problem, theta), Is.EqualTo(wStar), "on M exactly");
            Assert.That(ExactDerivatives.Hessian(problem, theta), Is.EqualTo(ExactDerivatives.Hessian(problem, base0)), "H constant on the ray");
        }
        Assert.That(ExactStability.SharpnessAtMost(problem, middle, 2 / eta), Is.True, "(2/η)I − H ⪰ 0 (full P×P, exact)");
        Assert.That(ExactStability.SharpnessAtMost(problem, far, 2 / eta), Is.True);
        Assert.That(ExactStability.NormSquared(far), Is.GreaterThan(new Rational(1000) * (1 + ExactStability.NormSquared(base0))));
    }

    /// <summary>The far point of a T3 counterexample: a ray's, or a stable minimum beyond the claimed radius.</summary>
    internal static Rational[] Theta(CheckCounterexample? counterexample) => counterexample switch
    {
        StableRayCounterexample ray => ray.Theta.ToArray(),
        StableMinimumBeyondClaimCounterexample beyond => beyond.Theta.ToArray(),
        _ => throw new AssertionException($"not a T3 counterexample: {counterexample}"),
    };

    private static Problem ZeroTarget(string architecture)
    {
        var arch = Architecture.Parse(architecture);
        int d0 = arch.InputDimension, dL = arch.OutputDimension;
        var sxx = RationalMatrix.Create(d0, d0, (i, j) => i == j ? new Rational(i + 1) : Rational.Zero);
        return new Problem(arch, new Moments(4, sxx, RationalMatrix.Zero(dL, d0), RationalMatrix.Identity(dL)));
    }
}

using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems.T3;

/// <summary>
/// Where T3 holds (L = 2 with any widths, square invertible deep networks), the check certifies a radius R; an
/// independent search (radial bisection along random directions from the flattest point, stability by the dense
/// floating-point Hessian rather than the product-space matrix the check uses) finds no stable minimum beyond R, and a
/// claimed radius 10% below the farthest stable minimum that search finds is refuted with an exact witness.
/// </summary>
public class CertifiedRadiusTests
{
    private static IEnumerable<TestCaseData> Problems()
    {
        foreach (var (arch, seed) in new[] { ("2-2-1", 1UL), ("2-3-1", 2UL), ("1-2-1", 3UL), ("2-3-2", 4UL), ("1-1-2", 5UL), ("3-4-2", 6UL), ("2-2-2-2", 7UL) })
            yield return new TestCaseData(arch, seed).SetName($"{{m}}({arch})");
        yield return new TestCaseData("1-1-1", 0UL).SetName("{m}(1-1-1, W* = 0)");
    }

    [TestCaseSource(nameof(Problems))]
    public void RadiusIsCertifiedAndNoStableMinimumLiesBeyondIt(string architecture, ulong seed)
    {
        var problem = Setup(architecture, seed);
        var result = BoundedStableMinimaCheckTests.Run(problem);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
        var r2 = result.EvidenceAs<BoundedStableMinimaEvidence>().RadiusSquared!.Lower;
        double farthest = ReferenceFarthestStableNorm(problem);
        Assert.That(farthest * farthest, Is.LessThanOrEqualTo(r2.ToDouble()));
        Assert.That(farthest, Is.GreaterThan(0.1), "the reference search must move away from the origin");
    }

    [TestCaseSource(nameof(Problems))]
    public void AClaimTenPercentBelowTheFarthestStableMinimumIsRefuted(string architecture, ulong seed)
    {
        var problem = Setup(architecture, seed);
        var claim = ExactProjection.Rationalize(0.9 * ReferenceFarthestStableNorm(problem));
        var result = BoundedStableMinimaCheckTests.Run(problem, new CheckOptions { ClaimedRadius = claim });
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated), result.Summary);
        var theta = StableRayTests.Theta(result.Counterexample);
        var wStar = ExactLinearAlgebra.SolveRight(problem.Moments.Sxx, problem.Moments.Syx);
        Assert.That(ExactDerivatives.Product(problem, theta), Is.EqualTo(wStar));
        Assert.That(ExactStability.SharpnessAtMost(problem, theta, 2 / problem.Eta!.Value), Is.True);
        Assert.That(ExactStability.NormSquared(theta), Is.GreaterThan(claim * claim));
    }

    [Test]
    public void AClaimAboveTheProvenRadiusHoldsCertified()
    {
        var problem = Setup("2-3-1", 2);
        var r2 = BoundedStableMinimaCheckTests.Run(problem).EvidenceAs<BoundedStableMinimaEvidence>().RadiusSquared!.Lower;
        var result = BoundedStableMinimaCheckTests.Run(problem, new CheckOptions { ClaimedRadius = ExactProjection.Rationalize(Math.Sqrt(r2.ToDouble()) * 1.01) });
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
        Assert.That(result.Summary, Does.Contain("the claim holds"));
    }

    [Test]
    public void TheIssuesZeroTargetClaimIsRefutedByAnExactPoint()
    {
        // Issue 9: 1-1-1, n = 4, Sxx = 1, Syx = 0, Syy = 1, η = 1/10, claimed radius 1; θ = (4, 0) is a stable minimum.
        var problem = TestProblems.FromMoments("1-1-1", "1", "0", "1", eta: "1/10");
        Assert.That(ExactStability.SharpnessAtMost(problem, [4, 0], 20), Is.True, "the issue's witness is stable");
        var result = BoundedStableMinimaCheckTests.Run(problem, new CheckOptions { ClaimedRadius = 1 });
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated), result.Summary);
        var theta = StableRayTests.Theta(result.Counterexample);
        Assert.That(theta[0] * theta[1], Is.EqualTo(Rational.Zero));
        Assert.That(ExactStability.SharpnessAtMost(problem, theta, 20), Is.True);
        Assert.That(ExactStability.NormSquared(theta), Is.GreaterThan(Rational.One));
    }

    [Test]
    public void DepthTwoRadiusIsTheTheoremsValue()
    {
        // L = 2, 2-3-1: R² = (min(3,2) + min(1,3))/(η·c·ℓ) with c = 1/2 and ℓ ≤ λ_min(Sxx) within 1e-9 relative.
        var problem = Setup("2-3-1", 2);
        var r2 = BoundedStableMinimaCheckTests.Run(problem).EvidenceAs<BoundedStableMinimaEvidence>().RadiusSquared!.Lower.ToDouble();
        double lambdaMin = problem.Moments.Sxx.ToDouble().Evd().EigenValues.Min(z => z.Real);
        double expected = 3 / (problem.Eta!.Value.ToDouble() * 0.5 * lambdaMin);
        Assert.That(r2, Is.GreaterThanOrEqualTo(expected).And.LessThan(expected * (1 + 1e-8)));
    }

    internal static Problem Setup(string architecture, ulong seed)
    {
        if (seed == 0) return TestProblems.FromMoments(architecture, "1", "0", "1", eta: "1/10");
        var problem = TestProblems.Generated(architecture, seed);
        var etaStar = new CheckContext(problem, new CheckOptions()).MinSharpness.CriticalEta;
        return problem.WithEta(ExactProjection.Rationalize(0.5 * etaStar));
    }

    /// <summary>
    /// max ‖θ‖ over stable points on curves θ(s) = retract(θ_flat + s·v) for 300 seeded directions v, s by a grid and
    /// bisection; stability by the dense Hessian's eigenvalues.
    /// </summary>
    internal static double ReferenceFarthestStableNorm(Problem problem)
    {
        var numeric = new NumericProblem(problem);
        var target = MinimizerManifold.Target(numeric).Product;
        double limit = 2 / problem.Eta!.Value.ToDouble() * (1 - 1e-7);
        var flat = new CheckContext(problem, new CheckOptions()).MinSharpness.Point;
        var random = new SeededRandom(99);
        double best = 0;
        bool Stable(double[]? t) => t is not null && DenseHessian.Eigenvalues(numeric, t).Max() <= limit;
        for (int direction = 0; direction < 300; direction++)
        {
            var v = Enumerable.Range(0, problem.ParameterCount).Select(_ => random.NextNormal()).ToArray();
            double vn = Math.Sqrt(v.Sum(x => x * x));
            double[]? At(double s) => FarthestStableSearch.Retract(numeric, flat.Zip(v, (a, b) => a + s * b / vn).ToArray(), target);
            double lo = 0, hi = 0;
            for (double s = 0.25; s < 1e4; s *= 1.5)
            {
                if (!Stable(At(s))) { hi = s; break; }
                lo = s;
            }
            if (hi == 0) continue;
            for (int i = 0; i < 40; i++) { double mid = (lo + hi) / 2; if (Stable(At(mid))) lo = mid; else hi = mid; }
            if (At(lo) is { } point && Stable(point)) best = Math.Max(best, Math.Sqrt(point.Sum(x => x * x)));
        }
        return best;
    }
}

public class ChainRadiusEdgeTests
{
    [Test]
    public void JustBelowTheCriticalStepStableMinimaExistAndTheRadiusIsBracketed()
    {
        // σ = 1, w* = 8, L = 3: S_min = 48 exactly, η* = 1/24. η = η*(1 − 10⁻⁴⁰) has stable minima (the balanced ones).
        var eta = new Rational(1, 24) * (1 - Rational.Parse("1e-40"));
        var problem = LargeStepInstabilityCheckTests.ChainProblem(3, "1", "8", "1/24").WithEta(eta);
        var result = BoundedStableMinimaCheckTests.Run(problem);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
        Assert.That(result.EvidenceAs<BoundedStableMinimaEvidence>().StableMinimaExist, Is.True);
        // Near η*, the stable set shrinks to the balanced points, |w_k| = 2: R² → 3·4 = 12.
        Assert.That(result.EvidenceAs<BoundedStableMinimaEvidence>().RadiusApprox, Is.EqualTo(Math.Sqrt(12)).Within(1e-6));
    }

    [Test]
    public void AtTheCriticalStepOnlyTheBalancedPointsAreStable()
    {
        var problem = LargeStepInstabilityCheckTests.ChainProblem(3, "1", "8", "1/24");
        var result = BoundedStableMinimaCheckTests.Run(problem);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.Summary, Does.Contain("η = η* exactly"));
    }
}

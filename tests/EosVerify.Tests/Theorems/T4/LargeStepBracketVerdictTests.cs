using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems.T4;

public class LargeStepBracketVerdictTests
{
    private static CheckResult Run(Problem problem, CheckOptions? options = null, LargeStepInstabilityCheck? check = null) =>
        (check ?? new LargeStepInstabilityCheck()).Run(new CheckContext(problem, options ?? new CheckOptions()), CancellationToken.None);

    private static MinSharpnessBracket BracketOf(Problem problem) =>
        MinSharpnessBracket.For(problem, BracketProblems.WStar(problem), new CheckContext(problem, new CheckOptions()).MinSharpness.Point);

    private static Rational[] Theta(CheckResult result) => result.CounterexampleAs<FlatterMinimumCounterexample>()!.Theta.ToArray();

    public static readonly string[] Classes =
        ["3-2", "1-1-1", "1-1-1-1", "2-2-1", "3-4-1", "4-2-2-1", "2-3-4", "1-2-3", "2-2-3", "2-3-3-4", "1-1-2", "2-3-3-2", "4-8-8-2", "6-12-12-1"];

    [TestCaseSource(nameof(Classes))]
    public void JustBeyondTwoOverTheLowerEndEveryMinimumIsCertifiedUnstable(string architecture)
    {
        var problem = BracketProblems.Anisotropic(architecture, 5);
        var eta = ExactProjection.Rationalize(1.02 * 2 / BracketOf(problem).Lower.ToDouble());
        var result = Run(problem.WithEta(eta));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().Premise, Is.True);
    }

    [TestCaseSource(nameof(Classes))]
    public void JustBelowTwoOverTheUpperEndAStableExactMinimumIsExhibited(string architecture)
    {
        var problem = BracketProblems.Anisotropic(architecture, 5);
        var bracket = BracketOf(problem);
        var eta = ExactProjection.Rationalize(0.98 * 2 / bracket.Upper!.Value.ToDouble());
        var result = Run(problem.WithEta(eta));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().Premise, Is.False);
        if (problem.Architecture.Depth == 1 || problem.Architecture.IsScalarChain) return; // closed forms decide these without a point
        var stable = result.EvidenceAs<LargeStepInstabilityEvidence>().StableMinimum!.ToArray();
        Assert.That(BracketProblems.Product(problem.Architecture, stable), Is.EqualTo(BracketProblems.WStar(problem)));
        Assert.That(BracketProblems.DenseSharpness(problem, stable), Is.LessThan(2 / eta.ToDouble()), "dense double Hessian: S ≤ 2/η");
    }

    [Test]
    public void AtAThousandParametersBothEndsAreCertified()
    {
        var problem = BracketProblems.Anisotropic("10-25-20-10", 2); // P = 950
        Assert.That(problem.ParameterCount, Is.EqualTo(950));
        var bracket = BracketOf(problem);
        var above = Run(problem.WithEta(ExactProjection.Rationalize(1.02 * 2 / bracket.Lower.ToDouble())));
        var below = Run(problem.WithEta(ExactProjection.Rationalize(0.98 * 2 / bracket.Upper!.Value.ToDouble())));
        Assert.That(above.Verdict, Is.EqualTo(Verdict.HoldsCertified), above.Summary);
        Assert.That(above.EvidenceAs<LargeStepInstabilityEvidence>().Premise, Is.True);
        Assert.That(below.Verdict, Is.EqualTo(Verdict.HoldsCertified), below.Summary);
        Assert.That(below.EvidenceAs<LargeStepInstabilityEvidence>().Premise, Is.False);
    }

    [TestCaseSource(nameof(Classes))]
    public void AClaimOnePercentAboveTheUpperEndIsRefutedWithAnExactPoint(string architecture)
    {
        var problem = BracketProblems.Anisotropic(architecture, 8).WithEta(new Rational(1, 1000));
        var claim = ExactProjection.Rationalize(1.01 * BracketOf(problem).Upper!.Value.ToDouble());
        var result = Run(problem, new CheckOptions { ClaimedMinSharpness = claim });
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated), result.Summary);
        var theta = Theta(result);
        Assert.That(BracketProblems.Product(problem.Architecture, theta), Is.EqualTo(BracketProblems.WStar(problem)), "μ(θ) = W* exactly");
        Assert.That(BracketProblems.DenseSharpness(problem, theta), Is.LessThan(claim.ToDouble()), "dense double Hessian below the claim");
    }

    [Test]
    public void OnAChainAClaimJustAboveTheExactMinimumIsRefutedAndTheExactMinimumHolds()
    {
        // σ = 2, w* = 3/2, L = 2: S_min = L·σ·|w*|^{2(L−1)/L} = 6 exactly; balanced weights √(3/2) are irrational.
        var problem = LargeStepInstabilityCheckTests.ChainProblem(2, "2", "3", "1/1000");
        var above = new Rational(6) * (1 + Rational.Parse("1/1000000000000000000000000000000"));
        var refuted = Run(problem, new CheckOptions { ClaimedMinSharpness = above });
        Assert.That(refuted.Verdict, Is.EqualTo(Verdict.Violated), refuted.Summary);
        var w = Theta(refuted);
        Assert.That(w[0] * w[1], Is.EqualTo(new Rational(3, 2)));
        var sharpness = 2 * w[0] * w[0] * w[1] * w[1] * (1 / (w[0] * w[0]) + 1 / (w[1] * w[1])); // σ·p²·Σ 1/w_k², by hand
        Assert.That(sharpness < above, Is.True);

        var exact = Run(problem, new CheckOptions { ClaimedMinSharpness = 6 });
        Assert.That(exact.Verdict, Is.EqualTo(Verdict.HoldsCertified), exact.Summary);
        Assert.That(exact.EvidenceAs<LargeStepInstabilityEvidence>().ClaimHolds, Does.StartWith("certified"));
    }

    [Test]
    public void AClaimBelowTheLowerEndHoldsCertified()
    {
        var problem = BracketProblems.Anisotropic("2-3-4", 8);
        var bracket = BracketOf(problem);
        var options = new CheckOptions { ClaimedMinSharpness = ExactProjection.Rationalize(0.99 * bracket.Lower.ToDouble()) };
        var result = Run(problem.WithEta(ExactProjection.Rationalize(1.02 * 2 / bracket.Lower.ToDouble())), options);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().ClaimHolds, Does.StartWith("certified"));
    }

    [Test]
    public void AClaimInsideTheBracketIsNeverCertified()
    {
        var problem = BracketProblems.Anisotropic("2-3-4", 8);
        var bracket = BracketOf(problem);
        Assert.That(bracket.Upper!.Value.ToDouble() / bracket.Lower.ToDouble(), Is.GreaterThan(1.001), "a real band on this problem");
        var claim = (bracket.Lower + bracket.Upper!.Value) / 2;
        var result = Run(problem.WithEta(ExactProjection.Rationalize(1.02 * 2 / bracket.Lower.ToDouble())), new CheckOptions { ClaimedMinSharpness = claim });
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsNumerical), "the numeric S_min ≈ S_hi agrees with the claim, which is not proved");
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().ClaimHolds, Does.StartWith("not decided"));
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().ClaimReason, Does.Contain("not decided exactly"));
    }

    [Test]
    public void ANumericMinimumOutsideTheBracketIsReportedAsABug()
    {
        var problem = BracketProblems.Anisotropic("2-3-3-2", 3).WithEta(new Rational(1, 10));
        var wrong = new LargeStepInstabilityCheck(context => context.MinSharpness with { Value = context.MinSharpness.Value / 3 });
        var result = Run(problem, check: wrong);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().Reason, Does.StartWith("bug: the numeric S_min"));
    }

    [Test]
    public void ZeroTargetHasMinimalSharpnessZeroAndAStableMinimumForEveryStep()
    {
        var arch = Architecture.Parse("2-2-2");
        var moments = new Moments(4, RationalMatrix.FromRows([[2, 1], [1, 3]]), RationalMatrix.Zero(2, 2), RationalMatrix.Identity(2));
        var result = Run(new Problem(arch, moments, eta: 1000000));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().Premise, Is.False);
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().StableMinimum!.Select(r => r.ToString()), Is.All.EqualTo("0"));
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().MinSharpnessBracket!.Upper.ToString(), Is.EqualTo("0"));
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().CriticalEtaBracket!.Upper, Is.Null);
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().CriticalEta, Is.Null, "no η*, rather than 2/(≈1e-24)");
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().MinSharpness, Is.EqualTo(0.0));
    }

    [Test]
    public void SingularInputsAreInconclusiveAndNameTheMissingPiece()
    {
        var sxx = RationalMatrix.FromRows([[1, 1], [1, 1]]);
        var problem = new Problem(Architecture.Parse("2-2-1"), new Moments(3, sxx, RationalMatrix.FromRows([[2, 2]]), RationalMatrix.FromRows([[5]])), eta: new Rational(1, 10));
        var result = Run(problem);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(result.EvidenceAs<LargeStepInstabilityEvidence>().Reason, Does.Contain("singular Sxx").And.Contain("missing"));
    }
}

using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems.Sizes;

/// <summary>
/// When the budget leaves T4 only Theorem A (its S_min search or product-space tests skipped), a step size above
/// 2/S_lo is still certified — and the numeric S_min, found with the default budget by an independent search, agrees
/// that every minimum is unstable there. Below 2/S_lo the same budget leaves the claim inconclusive for size.
/// </summary>
public class TheoremAWithinATinyBudgetTests
{
    private static readonly CheckOptions Tiny = new() { StageBudget = TimeSpan.FromMilliseconds(10) };

    private static (Problem Problem, Rational SLo) SevenSevenSeven()
    {
        var problem = TestProblems.Generated("7-7-7", seed: 3);
        var facts = MinimizerTargetFacts.Of(problem);
        return (problem, ProductSharpnessLowerBound.For(problem, facts.WStar!).Rational);
    }

    private static CheckResult T4(Problem problem) =>
        new LargeStepInstabilityCheck().Run(new CheckContext(problem, Tiny), CancellationToken.None);

    [Test]
    public void AboveTwoOverSLoTheoremAAloneCertifiesTheClaim()
    {
        var (problem, sLo) = SevenSevenSeven();
        var eta = 4 / sLo; // 2/η = S_lo/2 < S_lo ≤ S_min
        var result = T4(problem.WithEta(eta));
        var evidence = result.EvidenceAs<LargeStepInstabilityEvidence>();
        double numericMinSharpness = MinSharpness.Find(new NumericProblem(problem), new MinSharpnessOptions(Seed: 3)).Value;
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
            Assert.That(evidence.SizeLimit, Does.StartWith("size limit: "), "the tiny budget skipped the costly steps");
            Assert.That(evidence.Premise, Is.True);
            Assert.That(evidence.MinSharpnessLowerBound, Is.EqualTo(sLo));
            Assert.That(sLo > 2 / eta, Is.True);
            Assert.That(numericMinSharpness, Is.GreaterThan(2 / eta.ToDouble()), "an independent search finds no minimum flatter than 2/η");
        });
    }

    [Test]
    public void BelowTwoOverSLoTheTinyBudgetDecidesNothing()
    {
        var (problem, sLo) = SevenSevenSeven();
        var result = T4(problem.WithEta(1 / sLo)); // 2/η = 2·S_lo: Theorem A says nothing
        var evidence = result.EvidenceAs<LargeStepInstabilityEvidence>();
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive), result.Summary);
            Assert.That(evidence.SizeLimit, Does.StartWith("size limit: ").And.EndWith("raise with --budget"));
            Assert.That(evidence.Reason, Is.EqualTo(evidence.SizeLimit));
        });
    }
}

using EosVerify.Algebra;
using EosVerify.Testing;
using EosVerify.Theorems;
using NUnit.Framework.Constraints;
using NUnit.Framework.Internal;

namespace EosVerify.Tests.Testing;

public class HoldsConstraintTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "certs");

    private static ClaimReport Claim(Verdict verdict, string summary = "why", string id = "T3") =>
        new(new CheckResult(id, "The stable minima form a bounded set.", verdict,
                new BoundedStableMinimaEvidence { StableMinimaExist = true, ClaimedRadius = new Rational(7, 2) },
                verdict == Verdict.Violated
                    ? new StableMinimumBeyondClaimCounterexample
                    {
                        Theta = [Rational.One, new Rational(-3)], NormSquared = new Rational(10), ClaimedRadius = new Rational(7, 2), Recheck = "exact",
                    }
                    : null,
                ["p-T3-stability.smt2"]) { Summary = summary },
            Folder);

    private static (bool Success, string Message) Apply(ClaimConstraint constraint, object actual)
    {
        var result = constraint.ApplyTo(actual);
        var writer = new TextMessageWriter();
        result.WriteMessageTo(writer);
        return (result.IsSuccess, writer.ToString());
    }

    [TestCase(Verdict.HoldsCertified, true, true)]
    [TestCase(Verdict.HoldsNumerical, false, true)]
    [TestCase(Verdict.Inconclusive, false, false)]
    [TestCase(Verdict.Violated, false, false)]
    public void EachVerdictMeetsTheConstraintsItShould(Verdict verdict, bool certified, bool holds)
    {
        Assert.That(Apply(Holds.Certified, Claim(verdict)).Success, Is.EqualTo(certified));
        Assert.That(Apply(Holds.CertifiedOrNumerically, Claim(verdict)).Success, Is.EqualTo(holds));
    }

    [Test]
    public void TheFailureMessageShowsVerdictSummaryEvidenceCounterexampleAndCertificates()
    {
        var (success, message) = Apply(Holds.Certified, Claim(Verdict.Violated, "a stable minimum at distance 4 > 7/2"));
        Assert.That(success, Is.False);
        Assert.That(message, Does.Contain("Expected: a claim that is holds-certified"));
        Assert.That(message, Does.Contain("T3 (The stable minima form a bounded set.): violated — a stable minimum at distance 4 > 7/2"));
        Assert.That(message, Does.Contain("\"claimedRadius\": \"7/2\"").And.Contain("\"stableMinimaExist\": true"));
        Assert.That(message, Does.Contain("counterexample:").And.Contain("\"-3\""));
        Assert.That(message, Does.Contain(Path.Combine(Folder, "p-T3-stability.smt2")));
    }

    [Test]
    public void OnAWholeReportOnlyTheFailingClaimsAreShown()
    {
        var report = new VerificationReport(EosVerify.Tests.Theorems.TestProblems.Generated("1-1", seed: 1),
            [Claim(Verdict.HoldsCertified, "fine", "T1"), Claim(Verdict.Inconclusive, "solver timed out", "T3")], "none: test", [], Folder);
        var (success, message) = Apply(Holds.CertifiedOrNumerically, report);
        Assert.That(success, Is.False);
        Assert.That(message, Does.Contain("T3 (").And.Contain("inconclusive — solver timed out"));
        Assert.That(message, Does.Not.Contain("T1 ("));
    }

    [Test]
    public void EosAssertFailsWithTheEvidenceAndPassesWhenTheClaimHolds()
    {
        EosAssert.Holds(Claim(Verdict.HoldsNumerical));
        EosAssert.Certified(Claim(Verdict.HoldsCertified));
        string message;
        using (new TestExecutionContext.IsolatedContext())
            message = Assert.Throws<AssertionException>(() => EosAssert.Holds(Claim(Verdict.Inconclusive, "no solver")))!.Message;
        Assert.That(message, Does.Contain("inconclusive — no solver").And.Contain("\"claimedRadius\": \"7/2\""));
    }

    [Test]
    public void OtherValuesAreRefused() =>
        Assert.Throws<ArgumentException>(() => Holds.Certified.ApplyTo("holds-certified"));

    [Test]
    public void ARealReportMeetsTheConstraint()
    {
        var problem = ProblemBuilder.ForArchitecture(2, 3, 1).WithGeneratedData(samples: 20, seed: 7).WithEta("0.1").Build();
        var report = EosVerifier.Check(problem, new VerifierOptions { Solver = "none" });
        Assert.That(report.T1, Holds.Certified);
    }

    [Test]
    public void TheLibraryDoesNotDependOnNUnit() =>
        Assert.That(typeof(EosVerifier).Assembly.GetReferencedAssemblies().Select(a => a.Name!.ToLowerInvariant()), Has.None.StartsWith("nunit"));
}

using EosVerify.Networks;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems;

// "Certified" needs exact evidence: decimals in the input are exact rationals, and a solver's `unknown` never certifies.
public class CertificationEvidenceTests
{
    [Test]
    public void FloatingPointMomentsInAProblemFileStillCertifyThroughExactDecimals()
    {
        // Moments written as decimals (as a float-producing pipeline would write them) are read as exact rationals:
        // 0.1 is 1/10, so T1's determinant det(I − η·Sxx) = (1 − 0.1·0.3)(…) is decided exactly.
        var problem = ProblemFileReader.Parse("""
            {"architecture": "2-1", "eta": 0.1,
             "data": {"moments": {"n": 10, "Sxx": [[0.3, 0.1], [0.1, 0.7]], "Syx": [[0.2, 0.15]], "Syy": [[0.5]]}}}
            """, "floats.json");
        Assert.That(problem.Moments.Sxx[0, 1], Is.EqualTo(new EosVerify.Algebra.Rational(1, 10)));
        var result = new NonSingularGdMapCheck().Run(new CheckContext(problem, new CheckOptions()), CancellationToken.None);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        // det(I − 0.1·Sxx) = (1 − 0.03)(1 − 0.07) − 0.01² = 0.9021 − 0.0001 = 0.902 = 451/500 (hand computation).
        Assert.That(result.EvidenceAs<NonSingularGdMapEvidence>().BlockDeterminant.ToString(), Is.EqualTo("451/500"));
    }

    [TestCase("unknown")]
    [TestCase("unknown (:reason-unknown incomplete)")]
    [TestCase("garbage that is not an answer")]
    public void ASolverThatDoesNotAnswerUnsatNeverCertifies(string reply)
    {
        var problem = SolverFaultTests.InsideTheBand(); // where T4 needs the SMT query
        var solver = new CannedSmtSolver("canned", reply);
        using var temp = new TempFolder("eosverify-canned-");
        var report = new TheoremChecker(SolverFaultTests.Options(), solver, temp.Path).Check(problem);
        Assert.That(solver.Received, Is.Not.Empty, "the SMT step was reached");
        foreach (var check in report.Checks)
            Assert.That(check.Certificates, Is.Empty, $"{check.Id} cites a certificate from a solver that never answered");
        Assert.That(report.Checks.Single(c => c.Id == "T4").Verdict, Is.EqualTo(Verdict.Inconclusive));
    }
}

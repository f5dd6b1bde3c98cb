using EosVerify.Algebra;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems;

/// <summary>
/// T3's SMT path (depth ≥ 3, no room for a ray, not square invertible: 2-1-1-1, P = 4) really runs: a claimed radius
/// is certified by z3's unsat on a saved certificate, which is re-run from the file through z3 and cvc5 (cvc5 must
/// not contradict) and is consistent with the numerical search; a starved budget ends in the deterministic
/// resource-limit outcome, and then no certificate is saved (only answers that decide a verdict are).
/// </summary>
[NonParallelizable]
public class StableMinimaSmtPathTests
{
    private static readonly EosVerify.Networks.Problem Problem = TestProblems.Generated("2-1-1-1", 1, "1/10", samples: 8);

    private static (CheckResult Result, string Folder) Run(CheckOptions options)
    {
        var store = CertificateStore.InTemporaryFolder("t3-smt");
        var z3 = SmtSolvers.Create("z3", null, options.SolverBudget);
        return (new BoundedStableMinimaCheck().Run(new CheckContext(Problem, options, z3, store), CancellationToken.None), store.Directory);
    }

    [Test]
    public void AClaimedRadiusIsCertifiedByAnUnsatCertificateThatReRunsFromItsFile()
    {
        var (result, folder) = Run(new CheckOptions { ClaimedRadius = 20 });
        try
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified), result.Summary);
            Assert.That(result.Certificates, Has.Count.EqualTo(1));
            var file = Path.Combine(folder, result.Certificates[0]);
            var check = new CertificateChecker(Smt.SolverAvailability.Z3(), Smt.SolverAvailability.Cvc5()).CheckFile(file);
            Assert.Multiple(() =>
            {
                Assert.That(check.Expected, Is.EqualTo(ExpectedAnswer.Unsat));
                Assert.That(check.Status, Is.EqualTo(CertificateStatus.Confirmed), check.ToString());
                Assert.That(check.Secondary!.Contradicts(ExpectedAnswer.Unsat), Is.False, "cvc5 never says sat");
                Assert.That(result.EvidenceAs<BoundedStableMinimaEvidence>().Search!.LargestNorm, Is.LessThan(20),
                    "no stable minimum the search found lies outside the certified radius");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void AStarvedBudgetEndsInTheResourceLimitAndSavesNothing()
    {
        var (result, folder) = Run(new CheckOptions { SolverBudget = new SolverBudget(1000, TimeSpan.FromSeconds(60)) });
        try
        {
            var attempts = result.EvidenceAs<BoundedStableMinimaEvidence>().Smt!;
            Assert.Multiple(() =>
            {
                Assert.That(result.Verdict, Is.EqualTo(Verdict.Inconclusive), result.Summary);
                Assert.That(attempts, Is.Not.Empty, "the SMT path ran");
                Assert.That(attempts.Select(a => a.Answer), Is.All.EqualTo("resource-limit"));
                Assert.That(attempts.Select(a => a.Budget!.DecidedBy), Is.All.StartWith("rlimit"));
                Assert.That(result.Certificates, Is.Empty);
                Assert.That(Directory.Exists(folder) ? Directory.GetFiles(folder) : [], Is.Empty, "no certificate saved");
            });
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}

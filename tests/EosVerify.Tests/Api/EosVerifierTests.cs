using EosVerify.Reports;
using EosVerify.Smt;
using EosVerify.Tests.Theorems;
using EosVerify.Theorems;

namespace EosVerify.Tests.Api;

public class EosVerifierTests
{
    private string _dir = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-facade-");
        _dir = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    [Test]
    public void TheFacadeGivesTheVerdictsOfTheCheckerItWraps()
    {
        var problem = TestProblems.Generated("2-3-1", seed: 7, eta: "0.1");
        var report = EosVerifier.Check(problem, new VerifierOptions { Solver = "none", CertificateDirectory = _dir });

        var direct = new TheoremChecker(new CheckOptions(), new NoSmtSolver(), Path.Combine(_dir, "direct")).Check(problem).Checks;
        Assert.That(report.Claims.Select(c => c.Id), Is.EqualTo(new[] { "T1", "T2", "T3", "T4" }));
        Assert.That(report.Claims.Select(c => (c.Verdict, c.Summary)), Is.EqualTo(direct.Select(c => (c.Verdict, c.Summary))));
        Assert.That(new[] { report.T1, report.T2, report.T3, report.T4 }, Is.EqualTo(report.Claims));
        Assert.That(EvidenceJson.ToJson(report.T1.Evidence).ToJsonString(), Is.EqualTo(EvidenceJson.ToJson(direct[0].Evidence).ToJsonString()));
        Assert.That(report.Solver, Does.StartWith("none"));
        Assert.That(report.CertificateDirectory, Is.EqualTo(Path.GetFullPath(_dir)));
        Assert.That(report.ExitCode, Is.EqualTo(VerdictExtensions.ExitCode(direct.Select(c => c.Verdict))));
    }

    [Test]
    public void CertificatesAreFullPathsOfSavedFiles()
    {
        if (SolverCommand.Z3().ResolveExecutable() is null) Assert.Ignore("z3 is not installed");
        var report = EosVerifier.Check(TestProblems.SmtDecided(), new VerifierOptions { Solver = "z3", CertificateDirectory = _dir });
        var all = report.Claims.SelectMany(c => c.Certificates).ToList();
        Assert.That(report.T4.Certificates, Is.Not.Empty, report.T4.ToString());
        Assert.That(all, Has.All.StartWith(Path.GetFullPath(_dir) + Path.DirectorySeparatorChar));
        Assert.That(all.Where(p => !File.Exists(p)), Is.Empty);
        Assert.That(report.T4.ToString(), Does.Contain(report.T4.Certificates[0]).And.Contain(report.T4.Summary));
    }

    [Test]
    public void AutoPicksZ3WhenOnPathAndOtherwiseNoSolverSayingWhy()
    {
        var options = new VerifierOptions();
        Assert.That(options.Solver, Is.EqualTo(VerifierOptions.AutoSolver));
        var with = EosVerifier.CreateSolver(options, () => true);
        var without = EosVerifier.CreateSolver(options, () => false);
        Assert.That(with.Name, Is.EqualTo("z3"));
        Assert.That(without, Is.TypeOf<NoSmtSolver>());
        Assert.That(without.Description, Does.Contain("no z3 executable on PATH"));
        Assert.That(EosVerifier.CreateSolver(options with { Solver = "cvc5" }, () => true).Name, Is.EqualTo("cvc5"));
        Assert.Throws<ArgumentException>(() => EosVerifier.CreateSolver(options with { Solver = "yices" }, () => true));
    }

    [Test]
    public void ByDefaultCertificatesGoToAFreshTemporaryFolder()
    {
        var problem = TestProblems.Generated("1-1", seed: 3, eta: "0.1");
        var first = EosVerifier.Check(problem, new VerifierOptions { Solver = "none" });
        var second = EosVerifier.Check(problem, new VerifierOptions { Solver = "none" });
        Assert.That(first.CertificateDirectory, Does.StartWith(Path.Combine(Path.GetTempPath(), "eosverify-certificates")));
        Assert.That(second.CertificateDirectory, Is.Not.EqualTo(first.CertificateDirectory));
    }

    [Test]
    public void OptionsReachTheChecks()
    {
        var o = new VerifierOptions { Seed = 9, SolverResourceLimit = 4321, SolverSafetyTimeout = TimeSpan.FromSeconds(3), StageBudget = TimeSpan.FromSeconds(5) }.ToCheckOptions();
        Assert.That((o.Seed, o.SolverBudget, o.StageBudget), Is.EqualTo((9UL, new SolverBudget(4321, TimeSpan.FromSeconds(3)), TimeSpan.FromSeconds(5))));
        Assert.That(new VerifierOptions().ToCheckOptions(), Is.EqualTo(new CheckOptions()));
    }
}

using System.Diagnostics;
using EosVerify.Smt;
using S = EosVerify.Smt.Smt;

namespace EosVerify.Tests.Smt;

internal class CertificateCheckerTests
{
    private static string NewDirectory()
    {
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "certificates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static string SaveSquareBelowZero(string directory, ExpectedAnswer expected, string name = "square.smt2")
    {
        var query = new SmtQuery { Description = "x^2 < 0 has no real solution", Expected = expected };
        var x = query.DeclareReal("x");
        query.Assert(S.Lt(x * x, 0));
        var path = Path.Combine(directory, name);
        query.Save(path);
        return path;
    }

    // Canned replies stand in for z3 and cvc5, so every rule of the comparison is exercised.
    [TestCase(ExpectedAnswer.Unsat, "unsat", "unsat", CertificateStatus.Confirmed)]
    [TestCase(ExpectedAnswer.Unsat, "unsat", "unknown (:reason-unknown incomplete)", CertificateStatus.Confirmed)]
    [TestCase(ExpectedAnswer.Unsat, "unsat", "unknown (:reason-unknown timeout)", CertificateStatus.Confirmed)]
    [TestCase(ExpectedAnswer.Unsat, "unsat", "", CertificateStatus.Confirmed)] // cvc5 crashed: no opinion
    [TestCase(ExpectedAnswer.Unsat, "unsat", "sat", CertificateStatus.Contradicted)]
    [TestCase(ExpectedAnswer.Unsat, "sat", "unsat", CertificateStatus.Contradicted)]
    [TestCase(ExpectedAnswer.Unsat, "unknown (:reason-unknown timeout)", "unsat", CertificateStatus.Inconclusive)]
    [TestCase(ExpectedAnswer.Unsat, "garbage", "unknown", CertificateStatus.Inconclusive)]
    [TestCase(ExpectedAnswer.Unsat, "unknown (:reason-unknown timeout)", "sat", CertificateStatus.Contradicted)]
    [TestCase(ExpectedAnswer.Sat, "sat", "unknown", CertificateStatus.Confirmed)]
    [TestCase(ExpectedAnswer.Sat, "sat", "unsat", CertificateStatus.Contradicted)]
    [TestCase(ExpectedAnswer.Sat, "unsat", "unknown", CertificateStatus.Contradicted)]
    public void Z3MustAgreeAndCvc5MustNeverContradict(ExpectedAnswer expected, string z3Reply, string cvc5Reply, CertificateStatus status)
    {
        var path = SaveSquareBelowZero(NewDirectory(), expected);
        var z3 = new CannedSmtSolver("z3", z3Reply);
        var cvc5 = new CannedSmtSolver("cvc5", cvc5Reply);
        var check = new CertificateChecker(z3, cvc5).CheckFile(path);
        Assert.Multiple(() =>
        {
            Assert.That(check.Status, Is.EqualTo(status), check.ToString());
            Assert.That(check.Expected, Is.EqualTo(expected));
            Assert.That(z3.Received.Single().Commands, Does.Contain("(assert (< (* x x) 0))"));
            Assert.That(z3.Received.Single().Commands, Does.Not.Contain("check-sat"));
        });
    }

    [Test]
    public void WithoutASecondSolverZ3DecidesAlone()
    {
        var path = SaveSquareBelowZero(NewDirectory(), ExpectedAnswer.Unsat);
        var check = new CertificateChecker(new CannedSmtSolver("z3", "unsat"), null).CheckFile(path);
        Assert.Multiple(() =>
        {
            Assert.That(check.Status, Is.EqualTo(CertificateStatus.Confirmed));
            Assert.That(check.Explanation, Does.Contain("no second solver"));
        });
    }

    [TestCase("(check-sat)\n", "no '; expected")]
    [TestCase("; expected: maybe\n(check-sat)\n", "not 'sat' or 'unsat'")]
    [TestCase("; expected: unsat\n; expected: sat\n(check-sat)\n", "twice")]
    [TestCase("; expected: unsat\n(assert (< x 0)\n(check-sat)\n", "Not well-formed")]
    [TestCase("; expected: unsat\n(assert false)\n", "no (check-sat)")]
    public void MalformedFilesAreReportedNotRun(string text, string message)
    {
        var path = Path.Combine(NewDirectory(), "bad.smt2");
        File.WriteAllText(path, text);
        var z3 = new CannedSmtSolver("z3", "unsat");
        var check = new CertificateChecker(z3, null).CheckFile(path);
        Assert.Multiple(() =>
        {
            Assert.That(check.Status, Is.EqualTo(CertificateStatus.Malformed));
            Assert.That(check.Explanation, Does.Contain(message));
            Assert.That(z3.Received, Is.Empty);
        });
    }

    [Test]
    public void RealSolversConfirmATrueCertificateAndRejectAFalseOne()
    {
        var directory = NewDirectory();
        var truePath = SaveSquareBelowZero(directory, ExpectedAnswer.Unsat, "a-true.smt2");
        var falsePath = SaveSquareBelowZero(directory, ExpectedAnswer.Sat, "b-false.smt2");
        var checker = new CertificateChecker(SolverAvailability.Z3(), SolverAvailability.Cvc5());
        var checks = checker.CheckDirectoryAsync(directory).GetAwaiter().GetResult();
        Assert.That(checks.Select(c => Path.GetFileName(c.Path)), Is.EqualTo(new[] { "a-true.smt2", "b-false.smt2" }));
        Assert.Multiple(() =>
        {
            Assert.That(checks[0].Path, Is.EqualTo(truePath));
            Assert.That(checks[0].Status, Is.EqualTo(CertificateStatus.Confirmed), checks[0].ToString());
            Assert.That(checks[0].Explanation, Does.Contain("cvc5 agrees"));
            Assert.That(checks[1].Path, Is.EqualTo(falsePath));
            Assert.That(checks[1].Status, Is.EqualTo(CertificateStatus.Contradicted), checks[1].ToString());
        });
    }

    [Test]
    public void IrrationalSatIsConfirmedWithCvc5AsNoOpinion()
    {
        var query = new SmtQuery { Description = "x^2 = 2 has a real solution", Expected = ExpectedAnswer.Sat };
        var x = query.DeclareReal("x");
        query.Assert(S.Eq(x * x, 2));
        var path = Path.Combine(NewDirectory(), "sqrt2.smt2");
        query.Save(path);
        var check = new CertificateChecker(SolverAvailability.Z3(), SolverAvailability.Cvc5(TimeSpan.FromSeconds(1))).CheckFile(path);
        Assert.That(check.Status, Is.EqualTo(CertificateStatus.Confirmed), check.ToString());
    }

    [Test]
    public void SavedFileRunsWithTheCommandsItsHeaderGives()
    {
        SolverAvailability.Z3();
        SolverAvailability.Cvc5();
        var directory = NewDirectory();
        SaveSquareBelowZero(directory, ExpectedAnswer.Unsat);
        Assert.Multiple(() =>
        {
            Assert.That(Run(directory, "z3", "-smt2", "square.smt2"), Is.EqualTo("unsat"));
            Assert.That(Run(directory, "cvc5", "square.smt2"), Is.EqualTo("unsat"));
        });
    }

    private static string Run(string directory, string executable, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(executable) { WorkingDirectory = directory, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEnd();
        Assert.That(process.WaitForExit(30_000), Is.True, $"{executable} did not finish");
        return output.Trim();
    }
}

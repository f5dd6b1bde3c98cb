using EosVerify.Cli;
using EosVerify.Networks;
using EosVerify.Reports;

namespace EosVerify.Tests.Cli;

/// <summary>
/// The exit codes `eosverify check` really returns, through the program's entry point, on problems whose verdicts
/// are known by hand (MATH.md §3: any violated → 1, else any inconclusive → 3, else 0; bad input → 2).
/// </summary>
[NonParallelizable]
public class ExitCodesTests
{
    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-exit-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    /// <summary>1-1 regression on x = ±1, y = x: Sxx = (1/n)Σx² = 1, so H = Sxx = 1 and det(I − ηH) = 1 − η.</summary>
    private string UnitRegressionData()
    {
        string path = Path.Combine(_folder, "data.csv");
        File.WriteAllText(path, "1,1\n-1,-1\n");
        return path;
    }

    private CliOutcome Check(params string[] arguments) =>
        CliRunner.Run(["check", "--out", Path.Combine(_folder, "out"), "--quiet", .. arguments]);

    [Test]
    public void AtTheSingularStepSizeT1IsViolatedAndTheExitCodeIsOne()
    {
        // η = 1 = 1/Sxx: det(I − ηH) = 1 − 1 = 0 for every θ (H is constant for L = 1).
        var outcome = Check("--arch", "1-1", "--data", UnitRegressionData(), "--eta", "1");
        Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.Error);
    }

    [Test]
    public void AtAGenericSmallStepEveryClaimHoldsAndTheExitCodeIsZero()
    {
        // η = 1/2: det = 1/2 ≠ 0; L = 1 minimizers are the single point W* = 1; S = 1 ≤ 2/η = 4 (stable, bounded).
        var outcome = Check("--arch", "1-1", "--data", UnitRegressionData(), "--eta", "1/2");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
    }

    [Test]
    public void TheReducedRankCaseIsInconclusiveAndTheExitCodeIsThree()
    {
        // 3-2-3 with generic data: rank W* = 3 > bottleneck 2, a case the theorems do not cover (T3, T4 undecided).
        var outcome = Check("--arch", "3-2-3", "--samples", "12", "--seed", "3", "--eta", "1/20", "--solver", "none");
        Assert.That(outcome.ExitCode, Is.EqualTo(3), outcome.Error);
    }

    [TestCase("--eta", "-1")]
    [TestCase("--rlimit", "0")]
    [TestCase("--rlimit", "4294967296")]
    [TestCase("--timeout", "abc")]
    public void BadInputIsOneLineAndExitCodeTwo(string option, string value)
    {
        var outcome = Check("--arch", "1-1", "--data", UnitRegressionData(), option, value);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
            Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1), outcome.Error);
            Assert.That(outcome.Error, Does.Contain(option));
        });
    }

    [Test]
    public void ExceptionsThatReachTheTopMapToUsageOrInternal()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ExitCodes.ForException(new InputException("f", "p")), Is.EqualTo(ExitCode.UsageOrInputError));
            Assert.That(ExitCodes.ForException(new OutputWriteException("a", new IOException("full"))), Is.EqualTo(ExitCode.UsageOrInputError));
            Assert.That(ExitCodes.ForException(new NullReferenceException()), Is.EqualTo(ExitCode.InternalError));
            Assert.That((int)ExitCode.InternalError, Is.EqualTo(70), "EX_SOFTWARE, as documented");
        });
    }
}

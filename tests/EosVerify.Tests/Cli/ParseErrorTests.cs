namespace EosVerify.Tests.Cli;

/// <summary>Parse and range errors name the option as typed (--flag), never a .NET type, and hint only at accepted values.</summary>
public class ParseErrorTests
{
    private static CliOutcome Refused(params string[] args)
    {
        var outcome = CliRunner.Run(new RecordingHandlers(), args);
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Out);
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1), outcome.Error);
        return outcome;
    }

    [TestCase("--seed", "check", "--arch", "1-1", "--seed", "-1")]
    [TestCase("--seed", "check", "--arch", "1-1", "--seed", "1.5")]
    [TestCase("--samples", "check", "--arch", "1-1", "--samples", "x")]
    [TestCase("--inputs", "check", "--arch", "1-1", "--data", "d.csv", "--inputs", "two")]
    [TestCase("--steps", "simulate", "--arch", "1-1", "--steps", "many")]
    [TestCase("--every", "simulate", "--arch", "1-1", "--every", "99999999999")]
    [TestCase("--runs", "sweep", "--arch", "1-1", "--runs", "1e3")]
    public void AWholeNumberOptionNamesItselfAndNoType(string option, params string[] args)
    {
        var outcome = Refused(args);
        Assert.That(outcome.Error, Does.StartWith($"eosverify: {option}: is \""));
        Assert.That(outcome.Error, Does.Contain("expected a whole number from"));
        Assert.That(outcome.Error, Does.Not.Contain("System.").And.Not.Contain("Int32").And.Not.Contain("UInt64"));
    }

    [Test]
    public void InputsWithoutDataIsAnError()
    {
        var outcome = Refused("check", "--arch", "1-1", "--inputs", "1");
        Assert.That(outcome.Error, Does.StartWith("eosverify: --inputs: needs --data"));
    }

    [Test]
    public void AZeroWidthIsNamedByItsPlace()
    {
        var outcome = Refused("check", "--arch", "2-0-1");
        Assert.That(outcome.Error, Does.StartWith("eosverify: --arch: has d1 = 0;"));
    }

    [TestCase("check", "--timeout", "abc")]
    [TestCase("sweep", "--arch", "1-1", "--ratios", "1,abc")]
    [TestCase("sweep", "--arch", "1-1", "--scale", "abc")]
    [TestCase("check", "--arch", "1-1", "--eta", "abc")]
    public void APositiveOptionsHintShowsOnlyPositiveExamples(params string[] args)
    {
        var outcome = Refused(args);
        Assert.That(outcome.Error, Does.Contain("expected a number such as"));
        string hint = outcome.Error[(outcome.Error.IndexOf("such as ", StringComparison.Ordinal) + "such as ".Length)..].Trim();
        var examples = hint.Replace(" or ", ", ", StringComparison.Ordinal).Split(", ");
        Assert.That(examples, Has.Length.GreaterThan(1));
        foreach (var example in examples)
            Assert.That(EosVerify.Algebra.Rational.Parse(example).Sign, Is.Positive, $"the hint's example {example} is refused by the option");
    }

    [Test]
    public void ARefusedRatioIsNotShownAsAnExample()
    {
        var outcome = Refused("sweep", "--arch", "1-1", "--ratios", "0.5,-2");
        Assert.That(outcome.Error, Does.StartWith("eosverify: --ratios[1]: is -2; expected a number > 0"));
    }

    [Test]
    public void AVeryLongNumberIsNotEchoedWhole()
    {
        string digits = "-" + new string('7', 400);
        var outcome = Refused("check", "--arch", "1-1", "--eta", digits);
        Assert.That(outcome.Error, Does.StartWith("eosverify: --eta: is -"));
        Assert.That(outcome.Error, Does.Not.Contain(new string('7', 41)));
        Assert.That(outcome.Error, Does.Contain("(401 characters)"));
    }

    [Test, NonParallelizable]
    public void AnUnusableDefaultCheckFolderIsNamedAsTheOutOption()
    {
        string folder = Directory.CreateTempSubdirectory("eosverify-out-").FullName;
        string previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = folder;
            File.WriteAllText(Path.Combine(folder, EosVerify.Cli.Commands.CheckCommand.DefaultOutputFolder), "a file, not a folder");
            var outcome = CliRunner.Run("check", "--arch", "1-1", "--solver", "none");
            Assert.That(outcome.ExitCode, Is.EqualTo(2));
            Assert.That(outcome.Error, Does.StartWith("eosverify: --out: "));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System.Reflection;
using EosVerify.Cli;

namespace EosVerify.Tests.Cli;

public class ProgramTests
{
    private static readonly string[] Commands = ["check", "derive", "evaluate", "simulate", "sweep"];

    [Test]
    public void HelpListsEveryCommand()
    {
        var outcome = CliRunner.Run("--help");
        Assert.That(outcome.ExitCode, Is.EqualTo(0));
        Assert.That(outcome.Error, Is.Empty);
        Assert.That(outcome.Out, Does.Contain("Usage:"));
        foreach (var command in Commands) Assert.That(outcome.Out, Does.Contain(command));
        Assert.That(outcome.Out, Does.Contain("Exit codes"));
    }

    [TestCaseSource(nameof(Commands))]
    public void EachCommandHasHelpWithAnExample(string command)
    {
        var outcome = CliRunner.Run(command, "--help");
        Assert.That(outcome.ExitCode, Is.EqualTo(0));
        Assert.That(outcome.Out, Does.Contain($"eosverify {command}"));
        Assert.That(outcome.Out, Does.Contain("Examples:"));
        Assert.That(outcome.Out, Does.Contain($"  eosverify {command} "));
    }

    [TestCaseSource(nameof(Commands))]
    public void SharedOptionsAreSpelledTheSameEverywhere(string command)
    {
        var help = CliRunner.Run(command, "--help").Out;
        foreach (var option in new[] { "--problem", "--arch", "--data ", "--data-y", "--inputs", "--samples", "--seed", "--noise", "--loss", "--out", "--format", "--quiet", "--json" })
            Assert.That(help, Does.Contain(option), $"{command} lacks {option}");
    }

    [Test]
    public void VersionIsTheInformationalVersion()
    {
        var outcome = CliRunner.Run("--version");
        string expected = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.That(outcome.ExitCode, Is.EqualTo(0));
        Assert.That(outcome.Out.Trim(), Is.EqualTo(expected));
        Assert.That(expected, Does.StartWith("0.1.0"));
    }

    private static IEnumerable<TestCaseData> BadCommandLines()
    {
        TestCaseData Case(string field, params string[] args) => new TestCaseData(args, field).SetName("Bad: " + string.Join(" ", args));
        yield return Case("--eta", "check", "--arch", "2-3-1", "--eta", "0");
        yield return Case("--eta", "check", "--arch", "2-3-1", "--eta", "-0.1");
        yield return Case("--eta", "simulate", "--arch", "2-3-1", "--eta", "abc");
        yield return Case("--eta", "evaluate", "--arch", "2-3-1", "--eta", "NaN");
        yield return Case("--arch", "check", "--arch", "2-x-1");
        yield return Case("--arch", "derive", "--arch", "7");
        yield return Case("--arch", "sweep");
        yield return Case("--arch", "check", "--eta", "0.1");
        yield return Case("--theta", "evaluate", "--arch", "1-1-1", "--theta", "1,2,3");
        yield return Case("--theta[1]", "evaluate", "--arch", "1-1-1", "--theta", "1,x");
        yield return Case("--samples", "check", "--arch", "1-1", "--samples", "0");
        yield return Case("--noise", "check", "--arch", "1-1", "--noise", "-1");
        yield return Case("--steps", "simulate", "--arch", "1-1", "--steps", "0");
        yield return Case("--steps", "simulate", "--arch", "1-1", "--steps", "many");
        yield return Case("--every", "simulate", "--arch", "1-1", "--every", "-5");
        yield return Case("--scale", "simulate", "--arch", "1-1", "--scale", "0");
        yield return Case("--tolerance", "sweep", "--arch", "1-1", "--tolerance", "1e-400");
        yield return Case("--runs", "sweep", "--arch", "1-1", "--runs", "0");
        yield return Case("--ratios[2]", "sweep", "--arch", "1-1", "--ratios", "0.5,1,-2");
        yield return Case("--solver", "check", "--solver", "yices");
        yield return Case("--timeout", "check", "--timeout", "0");
        yield return Case("--timeout", "check", "--timeout", "1e9");
        yield return Case("--loss", "check", "--arch", "1-1", "--loss", "sum");
        yield return Case("--format", "check", "--format", "xml");
        yield return Case("--json", "check", "--json", "--format", "markdown");
        yield return Case("--frobnicate", "check", "--frobnicate");
        yield return Case("usage", "verify");
        yield return Case("usage");
        yield return Case("--frobnicate", "--version", "--frobnicate");
        yield return Case("missing.json", "check", "--problem", "missing.json");
        yield return Case("--data", "check", "--arch", "1-1", "--data", "data.txt");
        yield return Case("--data-y", "check", "--arch", "1-1", "--data-y", "y.npy");
    }

    [TestCaseSource(nameof(BadCommandLines))]
    public void BadInputIsOneLineNamingTheFieldWithExitCode2(string[] args, string field)
    {
        var outcome = CliRunner.Run(args);
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1), outcome.Error);
        Assert.That(outcome.Error, Does.StartWith($"eosverify: {field}: "));
        Assert.That(outcome.Error, Does.Not.Contain("   at "));
        Assert.That(outcome.Out, Is.Empty);
    }

    [Test]
    public void AnInternalErrorIsOneLineWithExitCode70()
    {
        var outcome = CliRunner.Run(new ThrowingHandlers(), "check");
        Assert.That(outcome.ExitCode, Is.EqualTo((int)ExitCode.InternalError));
        Assert.That(outcome.ExitCode, Is.EqualTo(70));
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(outcome.Error, Does.StartWith("eosverify: internal error: InvalidOperationException: boom"));
        Assert.That(outcome.Error, Does.Not.Contain(" at "));
    }

    [Test]
    public void HandlerExitCodesPassThrough()
    {
        foreach (var code in new[] { ExitCode.Success, ExitCode.Violated, ExitCode.Inconclusive })
            Assert.That(CliRunner.Run(new RecordingHandlers(code), "check").ExitCode, Is.EqualTo((int)code));
    }

    private sealed class ThrowingHandlers : CommandHandlers
    {
        public override ExitCode Check(CheckOptions options, Terminal terminal) =>
            throw new InvalidOperationException("boom\nsecond line");
    }
}

using System.Text.RegularExpressions;
using EosVerify.Cli;

namespace EosVerify.Tests.Cli;

/// <summary>
/// What --help promises: each command lists the options its handler uses (the table below is written from what each
/// handler reads, not from the help text), each default once, and the exit codes the command can return.
/// </summary>
public partial class HelpTextTests
{
    private static readonly string[] Commands = ["check", "derive", "evaluate", "simulate", "sweep", "recheck"];

    private static readonly string[] ProblemData = ["--problem", "--arch", "--data", "--data-y", "--inputs", "--samples", "--seed", "--noise", "--loss"];
    private static readonly string[] Output = ["--out", "--format", "--json", "--quiet"];
    private static readonly string[] Solver = ["--solver", "--rlimit", "--timeout", "--z3-path", "--cvc5-path"];

    // check ignores θ (it studies the minimizers), derive is symbolic in η and θ, evaluate uses no solver,
    // sweep chooses η = ratio·η* and random starts itself.
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["check"] = [.. ProblemData, "--eta", .. Solver, "--require-agreement", .. Output, "--claimed-min-sharpness", "--claimed-radius", "--budget"],
        ["derive"] = [.. ProblemData, "--no-compile", "--budget", .. Output],
        ["evaluate"] = [.. ProblemData, "--eta", "--theta", .. Output, "--budget"],
        ["simulate"] = [.. ProblemData, "--eta", "--theta", "--steps", "--every", "--scale", "--until-converged", "--tolerance", "--top-k", "--kernels", .. Output],
        ["sweep"] = [.. ProblemData, "--runs", "--steps", "--ratios", "--tolerance", "--scale", "--shard", "--kernels", .. Output],
        ["recheck"] = ["--rlimit", "--timeout", "--z3-path", "--cvc5-path", "--format", "--json", "--quiet"],
    };

    private static string Help(string command)
    {
        var outcome = CliRunner.Run(command, "--help");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        return outcome.Out;
    }

    private static IEnumerable<string> OptionLines(string help) =>
        help.Split('\n').Where(line => OptionLine().IsMatch(line) && !line.Contains("--help", StringComparison.Ordinal));

    [GeneratedRegex(@"^  --[a-z0-9-]+")]
    private static partial Regex OptionLine();

    [TestCaseSource(nameof(Commands))]
    public void HelpListsExactlyTheOptionsTheCommandUses(string command)
    {
        var listed = OptionLines(Help(command)).Select(line => OptionLine().Match(line).Value.Trim()).ToArray();
        Assert.That(listed, Is.EquivalentTo(Expected[command]));
    }

    [TestCaseSource(nameof(Commands))]
    public void EachDefaultIsStatedOnce(string command)
    {
        foreach (var line in OptionLines(Help(command)))
            Assert.That(Regex.Matches(line, "default", RegexOptions.IgnoreCase), Has.Count.AtMost(1), line);
    }

    [TestCase("evaluate", "--solver", "z3")]
    [TestCase("evaluate", "--timeout", "5")]
    [TestCase("sweep", "--eta", "0.1")]
    [TestCase("sweep", "--theta", "1,1")]
    [TestCase("derive", "--eta", "0.1")]
    [TestCase("check", "--theta", "1,1")]
    public void AnOptionTheCommandIgnoresIsRefused(string command, string option, string value)
    {
        var outcome = CliRunner.Run(new RecordingHandlers(), command, "--arch", "1-1-1", option, value);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(outcome.Error, Does.Contain(option));
    }

    [Test]
    public void OnlyCheckPromisesAVerdictInItsExitCode()
    {
        foreach (var command in Commands)
        {
            string quiet = OptionLines(Help(command)).Single(line => line.StartsWith("  --quiet", StringComparison.Ordinal));
            Assert.That(quiet.Contains("verdict", StringComparison.Ordinal), Is.EqualTo(command == "check"), quiet);
        }
    }

    [Test]
    public void CheckHelpListsEveryExitCodeCheckCanReturn()
    {
        string help = string.Join(' ', Help("check").Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        foreach (var code in new[] { ExitCode.Success, ExitCode.Violated, ExitCode.UsageOrInputError, ExitCode.Inconclusive, ExitCode.InternalError })
            Assert.That(help, Does.Contain($" {(int)code} "), code.ToString());
    }

    [Test]
    public void SimulateAndSweepShareOneDefaultScale()
    {
        var simulate = new RecordingHandlers();
        Assert.That(CliRunner.Run(simulate, "simulate", "--arch", "1-1", "--eta", "0.1").ExitCode, Is.EqualTo(0));
        var sweep = new RecordingHandlers();
        Assert.That(CliRunner.Run(sweep, "sweep", "--arch", "1-1").ExitCode, Is.EqualTo(0));
        Assert.That(((SimulateOptions)simulate.Options!).Scale, Is.EqualTo(((SweepOptions)sweep.Options!).Scale));
        string Stated(string command) => OptionLines(Help(command)).Single(l => l.StartsWith("  --scale", StringComparison.Ordinal)).Split("[default:")[1];
        Assert.That(Stated("simulate"), Is.EqualTo(Stated("sweep")));
    }
}

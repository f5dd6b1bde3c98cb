using System.Globalization;
using System.Text.Json.Nodes;
using EosVerify.Experiments;

namespace EosVerify.Tests.Cli;

/// <summary>`eosverify simulate` end to end on tiny problems.</summary>
public class SimulateCommandTests
{
    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-simulate-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    [Test]
    public void WritesTheTrajectoryCsv()
    {
        string outFolder = Path.Combine(_folder, "run");
        var outcome = CliRunner.Run("simulate", "--arch", "2-3-1", "--samples", "8", "--eta", "0.05", "--steps", "40", "--every", "10", "--out", outFolder);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var lines = File.ReadAllLines(Path.Combine(outFolder, "trajectory.csv"));
        Assert.That(lines[0], Is.EqualTo(TrajectoryCsv.Header));
        Assert.That(lines.Skip(1).Select(l => int.Parse(l.Split(',')[0], CultureInfo.InvariantCulture)), Is.EqualTo(new[] { 0, 10, 20, 30, 40 }));
        Assert.That(outcome.Out, Does.Contain("trajectory.csv"));
    }

    [Test]
    public void JsonSummaryAndUntilConverged()
    {
        // 1-1 with η well below 2/Sxx converges geometrically: it must stop before the step budget.
        var outcome = CliRunner.Run("simulate", "--arch", "1-1", "--samples", "6", "--eta", "0.1", "--steps", "100000",
            "--until-converged", "--tolerance", "1e-9", "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var summary = JsonNode.Parse(outcome.Out)!;
        Assert.That(summary["outcome"]!.GetValue<string>(), Is.EqualTo("converged"));
        Assert.That(summary["stepsTaken"]!.GetValue<int>(), Is.LessThan(100000));
        Assert.That(summary["finalGradientNorm"]!.GetValue<double>(), Is.LessThanOrEqualTo(1e-9));
        Assert.That(summary["eta"]!.GetValue<double>(), Is.EqualTo(0.1));
        Assert.That(summary["twoOverEta"]!.GetValue<double>(), Is.EqualTo(20.0).Within(1e-12));
        Assert.That(summary["demo"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public void WithoutProblemOptionsItRunsTheEdgeOfStabilityDemo()
    {
        var outcome = CliRunner.Run("simulate", "--steps", "20", "--every", "10", "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var summary = JsonNode.Parse(outcome.Out)!;
        Assert.That(summary["demo"]!.GetValue<bool>(), Is.True);
        Assert.That(summary["architecture"]!.GetValue<string>(), Is.EqualTo(EdgeOfStabilityPreset.ArchitectureText));
        Assert.That(summary["eta"]!.GetValue<double>(), Is.EqualTo(EdgeOfStabilityPreset.Eta));
        Assert.That(summary["seed"]!.GetValue<ulong>(), Is.EqualTo(EdgeOfStabilityPreset.InitSeed));
        Assert.That(summary["stepsTaken"]!.GetValue<int>(), Is.EqualTo(20));
        Assert.That(outcome.Error, Does.Contain("Edge-of-Stability demo"), "the note goes to stderr with --json");
    }

    [Test]
    public void SameCommandTwiceGivesIdenticalFiles()
    {
        string a = Path.Combine(_folder, "a"), b = Path.Combine(_folder, "b");
        string[] common = ["simulate", "--arch", "2-2-2-1", "--samples", "8", "--eta", "0.2", "--steps", "60", "--every", "3", "--seed", "9"];
        var first = CliRunner.Run([.. common, "--out", a, "--json"]);
        var second = CliRunner.Run([.. common, "--out", b, "--json"]);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        Assert.That(second.Out, Is.EqualTo(first.Out));
        Assert.That(File.ReadAllBytes(Path.Combine(b, "trajectory.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(a, "trajectory.csv"))));
    }

    [TestCase("--eta", "simulate", "--arch", "1-1")]
    [TestCase("--scale", "simulate", "--arch", "1-1", "--eta", "0.1", "--scale", "-1")]
    [TestCase("--eta", "simulate", "--arch", "1-1", "--eta", "0")]
    [TestCase("--steps", "simulate", "--arch", "1-1", "--eta", "0.1", "--steps", "0")]
    public void BadOptionsAreOneLineWithExitCode2(string field, params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(outcome.Error, Does.StartWith($"eosverify: {field}: "));
    }

    [TestCase("0")]
    [TestCase("101")]
    [TestCase("12")]
    public void BadTopKIsOneLineWithExitCode2(string k)
    {
        // 2-3-1 has P = 9 Hessian eigenvalues; 0 and more than 100 are refused by the option itself.
        var outcome = CliRunner.Run("simulate", "--arch", "2-3-1", "--samples", "8", "--eta", "0.05", "--steps", "4", "--top-k", k);
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(outcome.Error, Does.StartWith("eosverify: --top-k: "));
    }

    [Test]
    public void TopKAddsEigenvalueColumnsToTheCsv()
    {
        string outFolder = Path.Combine(_folder, "top");
        var outcome = CliRunner.Run("simulate", "--arch", "2-3-1", "--samples", "8", "--eta", "0.05", "--steps", "20", "--every", "10", "--top-k", "3", "--out", outFolder);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var lines = File.ReadAllLines(Path.Combine(outFolder, "trajectory.csv"));
        Assert.That(lines[0], Does.EndWith(",lambda_1,lambda_2,lambda_3"));
        Assert.That(lines, Has.Length.EqualTo(4));
    }
}

using System.Text.Json.Nodes;

namespace EosVerify.Tests.Cli;

/// <summary>`eosverify sweep saddle` end to end on a tiny budget.</summary>
public class SweepSaddleCommandTests
{
    [Test]
    public void JsonReportsTheNearOriginFractionAndTheExponents()
    {
        var outcome = CliRunner.Run("sweep", "saddle", "--arch", "1-1-1-1", "--runs", "6", "--steps", "2000", "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var root = JsonNode.Parse(outcome.Out)!.AsObject();
        Assert.That(root["runs"]!.GetValue<int>(), Is.EqualTo(6));
        Assert.That(root["expectedThetaExponent"]!.GetValue<double>(), Is.EqualTo(-1));
        Assert.That(root["expectedGradientExponent"]!.GetValue<double>(), Is.EqualTo(-2));
        int classes = new[] { "converged", "diverged", "saddle", "neither" }.Sum(k => root[k]!.GetValue<int>());
        Assert.That(classes, Is.EqualTo(6));
        Assert.That(root["nearOriginFraction"]!.GetValue<double>(), Is.EqualTo(root["nearOrigin"]!.GetValue<int>() / 6.0));
        Assert.That(root["eta"]!.GetValue<double>(), Is.EqualTo(2 * root["etaStar"]!.GetValue<double>()));
    }

    [TestCase("--arch", "sweep", "saddle", "--arch", "2-2-1")]
    [TestCase("--ratio", "sweep", "saddle", "--arch", "1-1-1-1", "--ratio", "-1")]
    [TestCase("--steps", "sweep", "saddle", "--arch", "1-1-1-1", "--steps", "5")]
    public void BadOptionsAreOneLineWithExitCode2(string field, params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(outcome.Error, Does.StartWith($"eosverify: {field}: "));
    }
}

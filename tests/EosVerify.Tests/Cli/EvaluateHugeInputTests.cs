using System.Text.Json.Nodes;

namespace EosVerify.Tests.Cli;

// Issue 9, item 4: huge but finite inputs give a clear result or exit 2 with one line, never exit 70.
public class EvaluateHugeInputTests
{
    [Test]
    public void AHugeWeightGivesTheSpectrumScaledCorrectly()
    {
        var outcome = CliRunner.Run("evaluate", "--arch", "2-2-1", "--samples", "4", "--eta", "0.1", "--theta", "1e100,1,1,1,1,1");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var report = JsonNode.Parse(outcome.Out)!;
        double sharpness = report["sharpness"]!.GetValue<double>();
        var eigenvalues = report["hessianEigenvalues"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(double.IsFinite(sharpness) && sharpness > 1e150, Is.True, $"sharpness {sharpness}");
            Assert.That(eigenvalues, Is.Ordered);
            Assert.That(eigenvalues[^1], Is.EqualTo(sharpness));
        });
    }

    [TestCase("1-1-1", "1e200,1")]
    [TestCase("1-1-1", "1e200,1e-200")]
    public void AWeightWhoseHessianOverflowsIsOneLineExitTwo(string arch, string theta)
    {
        var outcome = CliRunner.Run("evaluate", "--arch", arch, "--samples", "4", "--eta", "0.1", "--theta", theta);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
            Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
            Assert.That(outcome.Error, Does.Contain("theta").And.Contain("double precision"));
        });
    }
}

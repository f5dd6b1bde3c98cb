using System.Text.Json.Nodes;
using EosVerify.Algebra;

namespace EosVerify.Tests.Cli;

/// <summary>`eosverify evaluate` end to end, in-process.</summary>
public class EvaluateCommandTests
{
    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-evaluate-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    private string OneByOneProblem()
    {
        // 1-1 with Sxx = 9/4: H = Sxx, so det(I − ηH) = 1 − η·9/4 (half-mean loss).
        string path = Path.Combine(_folder, "p.json");
        File.WriteAllText(path, """
            { "architecture": "1-1", "data": { "moments": { "n": 4, "Sxx": [[2.25]], "Syx": [[0.5]], "Syy": [[1]] } },
              "theta": [0.3], "eta": 0.2 }
            """);
        return path;
    }

    [Test]
    public void PrintsTheReportAsJsonOnStdout()
    {
        var outcome = CliRunner.Run("evaluate", "--problem", OneByOneProblem());
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var report = JsonNode.Parse(outcome.Out)!;
        Assert.That(Rational.Parse(report["gdJacobianDeterminantExact"]!.GetValue<string>()), Is.EqualTo(1 - new Rational(1, 5) * new Rational(9, 4)));
        Assert.That(report["gdJacobianDeterminant"]!.GetValue<double>(), Is.EqualTo(0.55).Within(1e-15));
        // L = ½(9/4·w² − 2·½·w + 1) at w = 3/10: ½(81/400 − 3/10 + 1) = 361/800.
        Assert.That(report["lossExact"]!.GetValue<string>(), Is.EqualTo("361/800"));
        Assert.That(report["etaExact"]!.GetValue<string>(), Is.EqualTo("1/5"));
        Assert.That(report["eta"]!.GetValue<double>(), Is.EqualTo(0.2));
    }

    [Test]
    public void OutWritesEvaluateJsonAndJsonRepeatsItOnStdout()
    {
        string outFolder = Path.Combine(_folder, "out");
        var outcome = CliRunner.Run("evaluate", "--problem", OneByOneProblem(), "--out", outFolder, "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        string written = File.ReadAllText(Path.Combine(outFolder, "evaluate.json"));
        Assert.That(written, Is.EqualTo(outcome.Out.ReplaceLineEndings("\n")));
        Assert.That(Directory.GetFiles(outFolder), Has.Length.EqualTo(1), "no temporary files left behind");

        var table = CliRunner.Run("evaluate", "--problem", OneByOneProblem(), "--out", outFolder);
        Assert.That(table.ExitCode, Is.EqualTo(0), table.Error);
        Assert.That(table.Out, Does.Contain("wrote ").And.Contain("evaluate.json"));
        Assert.That(table.Out, Does.Contain("criticalEta"));
    }

    [Test]
    public void SameCommandTwiceGivesIdenticalBytes()
    {
        string[] args = ["evaluate", "--arch", "2-3-1", "--samples", "8", "--seed", "4", "--eta", "0.05"];
        var first = CliRunner.Run(args);
        var second = CliRunner.Run(args);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        Assert.That(second.Out, Is.EqualTo(first.Out));
        Assert.That(JsonNode.Parse(first.Out)!["thetaSource"]!.GetValue<string>(), Does.StartWith("generated"));
    }

    [Test]
    public void AnOutFolderThatIsAFileIsAnInputError()
    {
        string file = Path.Combine(_folder, "taken");
        File.WriteAllText(file, "x");
        var outcome = CliRunner.Run("evaluate", "--problem", OneByOneProblem(), "--out", file);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(outcome.Error, Does.StartWith("eosverify: --out: "));
    }
}

using System.Text.Json.Nodes;

namespace EosVerify.Tests.Cli;

/// <summary>`eosverify sweep` end to end on tiny problems.</summary>
public class SweepCommandTests
{
    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-sweep-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    private string ScalarChainProblem()
    {
        // 1-1-1 with σ = Sxx = 2, a = Syx = 1: w* = 1/2, S_min = 2σ|w*| = 2 (MATH.md T3), so η* = 1.
        string path = Path.Combine(_folder, "chain.json");
        File.WriteAllText(path, """
            { "architecture": "1-1-1", "data": { "moments": { "n": 4, "Sxx": [[2]], "Syx": [[1]], "Syy": [[1]] } } }
            """);
        return path;
    }

    [Test]
    public void JsonIsExactlyEtaStarAndRows()
    {
        var outcome = CliRunner.Run("sweep", "--problem", ScalarChainProblem(), "--runs", "6", "--steps", "300", "--ratios", "0.5,2", "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var root = JsonNode.Parse(outcome.Out)!.AsObject();
        Assert.That(root.Select(p => p.Key), Is.EqualTo(new[] { "etaStar", "rows", "etaStarExact", "minSharpness", "minSharpnessExact", "etaStarBracket", "optimalLoss" }));
        // Exact: S_min = 2σ|w*| = 2 for the 1-1-1 chain, so η* = 1 and the double is exactly 1.
        Assert.That(root["etaStar"]!.GetValue<double>(), Is.EqualTo(1.0));
        Assert.That(root["etaStarExact"]!.GetValue<string>(), Is.EqualTo("1"));
        Assert.That(root["minSharpnessExact"]!.GetValue<string>(), Is.EqualTo("2"));
        var rows = root["rows"]!.AsArray();
        Assert.That(rows, Has.Count.EqualTo(2));
        foreach (var row in rows)
        {
            Assert.That(row!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "eta", "ratio", "runs", "converged", "diverged", "saddle", "neither", "gradientNorm", "excessLoss" }));
            Assert.That(row["runs"]!.GetValue<int>(), Is.EqualTo(6));
            int total = row["converged"]!.GetValue<int>() + row["diverged"]!.GetValue<int>() + row["saddle"]!.GetValue<int>() + row["neither"]!.GetValue<int>();
            Assert.That(total, Is.EqualTo(6));
            Assert.That(row["eta"]!.GetValue<double>(), Is.EqualTo(row["ratio"]!.GetValue<double>() * root["etaStar"]!.GetValue<double>()).Within(1e-12));
        }
        // At η = 2η* every global minimum has |1 − ηS| > 1: no run can converge to one.
        Assert.That(rows[1]!["converged"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public void EtaStarAndSMinArePrintedExactlyWhereKnown()
    {
        // 1-1-1 with Sxx = 1/2, Syx = −3: w* = −6, S_min = 2·(1/2)·6 = 6 exactly, η* = 1/3.
        string path = Path.Combine(_folder, "third.json");
        File.WriteAllText(path, """
            { "architecture": "1-1-1", "data": { "moments": { "n": 2, "Sxx": [["1/2"]], "Syx": [[-3]], "Syy": [[20]] } } }
            """);
        var outcome = CliRunner.Run("sweep", "--problem", path, "--runs", "3", "--steps", "50", "--ratios", "0.5");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        Assert.That(outcome.Out, Does.StartWith("η* = 2/S_min = 1/3 ≈ 0.333333 (S_min = 6); 3 runs × 1 step sizes\n"));
        Assert.That(outcome.Out, Does.Contain("sweep 1-1-1, η* = 1/3 ≈ 0.333333"));
        Assert.That(outcome.Out, Does.Contain("converged ≤ (95% one-sided Clopper–Pearson)"));
    }

    [Test]
    public void OutWritesSweepCsvAndRunsAreDeterministic()
    {
        string a = Path.Combine(_folder, "a"), b = Path.Combine(_folder, "b");
        string[] common = ["sweep", "--arch", "2-2-1", "--samples", "8", "--runs", "5", "--steps", "200", "--ratios", "0.8,1.2"];
        var first = CliRunner.Run([.. common, "--out", a]);
        var second = CliRunner.Run([.. common, "--out", b]);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        var lines = File.ReadAllLines(Path.Combine(a, "sweep.csv"));
        Assert.That(lines[0], Does.StartWith("# eta_star="));
        Assert.That(lines[1], Does.StartWith("# min_sharpness="));
        // 2-2-1 is a full-rank scalar-output problem: T4's certified bracket of η* is recorded, and it holds the numeric η*.
        Assert.That(lines[2], Does.StartWith("# eta_star_bracket="));
        double etaStar = double.Parse(lines[0]["# eta_star=".Length..].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
        var bracket = lines[2]["# eta_star_bracket=".Length..].Split(',').Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.That(etaStar, Is.InRange(bracket[0] * (1 - 1e-12), bracket[1] * (1 + 1e-12)));
        Assert.That(lines[3], Does.StartWith("eta,ratio,runs,converged"));
        Assert.That(lines, Has.Length.EqualTo(6));
        Assert.That(File.ReadAllLines(Path.Combine(a, "runs.csv")), Has.Length.EqualTo(1 + 2 * 5));
        foreach (var name in new[] { "sweep.csv", "runs.csv", "sweep.png", "sweep.svg", "phase-transition.png", "phase-transition.svg" })
            Assert.That(File.Exists(Path.Combine(a, name)), name);
        Assert.That(File.ReadAllBytes(Path.Combine(b, "sweep.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(a, "sweep.csv"))));
    }

    [TestCase("--runs", "sweep", "--arch", "1-1-1", "--runs", "0")]
    [TestCase("--steps", "sweep", "--arch", "1-1-1", "--steps", "0")]
    [TestCase("--scale", "sweep", "--arch", "1-1-1", "--scale", "-0.5")]
    [TestCase("--eta", "sweep", "--arch", "1-1-1", "--eta", "0")] // sweep chooses η itself: --eta is not its option
    [TestCase("--ratios[0]", "sweep", "--arch", "1-1-1", "--ratios", "0")]
    [TestCase("--kernels", "sweep", "--arch", "1-1-1", "--kernels", "cuda")]
    [TestCase("--kernels", "sweep", "saddle", "--arch", "1-1-1-1", "--kernels", "gpu")]
    [TestCase("--kernels", "simulate", "--arch", "1-1-1", "--eta", "0.1", "--kernels", "fast")]
    public void BadOptionsAreOneLineWithExitCode2(string field, params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(outcome.Error, Does.StartWith($"eosverify: {field}: "));
        Assert.That(outcome.Out, Is.Empty);
    }

    [Test]
    public void WStarZeroHasNoEtaStarAndIsOneLineWithExitCode2()
    {
        // Syx = 0: W* = 0, and the minimisers of 1-1-1 include θ = 0 where H = 0, so S_min = 0 and η* is infinite.
        string path = Path.Combine(_folder, "zero.json");
        File.WriteAllText(path, """
            { "architecture": "1-1-1", "data": { "moments": { "n": 2, "Sxx": [[1]], "Syx": [[0]], "Syy": [[1]] } }, "eta": 0.5 }
            """);
        var outcome = CliRunner.Run("sweep", "--problem", path, "--runs", "2", "--steps", "5");
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1), outcome.Error);
        Assert.That(outcome.Error, Does.StartWith("eosverify: sweep: η* = 2/S_min is not a finite positive number"));
    }

    [Test]
    public void AnUnwritableOutIsExitCode2()
    {
        string file = Path.Combine(_folder, "file");
        File.WriteAllText(file, "");
        var outcome = CliRunner.Run("sweep", "--arch", "1-1-1", "--runs", "2", "--steps", "5", "--out", Path.Combine(file, "sub"));
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(outcome.Error, Does.StartWith("eosverify: --out: "));
    }
}

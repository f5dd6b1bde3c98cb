using EosVerify.Algebra;
using EosVerify.Cli;
using EosVerify.Networks;
using EosVerify.Tests.Networks.Readers;

namespace EosVerify.Tests.Cli;

public class ProblemResolutionTests
{
    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-cli-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    private static Rational R(long p, long q = 1) => new(p, q);

    private static T Resolved<T>(params string[] args) where T : class
    {
        var handlers = new RecordingHandlers();
        var outcome = CliRunner.Run(handlers, args);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        return handlers.Options as T ?? throw new AssertionException($"handler got {handlers.Options?.GetType().Name ?? "nothing"}");
    }

    [Test]
    public void CheckWithoutProblemRunsTheDefaultSuiteWithDefaults()
    {
        var options = Resolved<CheckOptions>("check");
        Assert.Multiple(() =>
        {
            Assert.That(options.Problem, Is.Null);
            Assert.That(options.Seed, Is.EqualTo(GeneratedDataDefaults.Seed));
            Assert.That(options.Solver.Solver, Is.EqualTo(SolverChoice.Z3));
            Assert.That(options.Solver.Budget, Is.EqualTo(new EosVerify.Smt.SolverBudget(1_000_000, TimeSpan.FromSeconds(120))), "the library default budget");
            Assert.That(options.Output.Format, Is.EqualTo(OutputFormat.Table));
            Assert.That(options.Output.Folder, Is.Null, "the handler, not the parser, creates the default folder");
            Assert.That(options.Output.Quiet, Is.False);
        });
    }

    [Test]
    public void GeneratedProblemUsesTheGivenParametersExactly()
    {
        var options = Resolved<CheckOptions>("check", "--arch", "2-3-1", "--eta", "0.1", "--samples", "5", "--seed", "9",
            "--noise", "0", "--loss", "mean", "--solver", "cvc5", "--timeout", "0.5", "--rlimit", "5000");
        var expected = DataGenerator.GenerateMoments(Architecture.Parse("2-3-1"), 5, 9, 0);
        var problem = options.Problem!;
        Assert.Multiple(() =>
        {
            Assert.That(problem.Architecture.ToString(), Is.EqualTo("2-3-1"));
            Assert.That(problem.Eta, Is.EqualTo(R(1, 10)));
            Assert.That(problem.LossScale, Is.EqualTo(LossScale.Mean));
            Assert.That(problem.Moments.SampleCount, Is.EqualTo(5));
            Assert.That(problem.Moments.Sxx, Is.EqualTo(expected.Sxx));
            Assert.That(problem.Moments.Syx, Is.EqualTo(expected.Syx));
            Assert.That(options.Seed, Is.EqualTo(9UL));
            Assert.That(options.Solver.Solver, Is.EqualTo(SolverChoice.Cvc5));
            Assert.That(options.Solver.Budget, Is.EqualTo(new EosVerify.Smt.SolverBudget(5000, TimeSpan.FromMilliseconds(500))));
        });
    }

    [Test]
    public void ThetaIsExactAndInLayoutOrder()
    {
        var options = Resolved<EvaluateOptions>("evaluate", "--arch", "1-2-1", "--theta", "0.5, -1/3,2e-1,4");
        Assert.That(options.Problem.Theta, Is.EqualTo(new[] { R(1, 2), R(-1, 3), R(1, 5), R(4) }));
    }

    [Test]
    public void ProblemFileValuesCanBeOverriddenButNotItsArchitecture()
    {
        string path = Path.Combine(_folder, "p.json");
        File.WriteAllText(path, """{ "architecture": "1-1", "data": { "X": [[1, 2]], "Y": [[2, 4]] }, "eta": 0.5, "theta": [3] }""");
        var fromFile = Resolved<EvaluateOptions>("evaluate", "--problem", path);
        Assert.That(fromFile.Problem.Eta, Is.EqualTo(R(1, 2)));
        Assert.That(fromFile.Problem.Theta, Is.EqualTo(new[] { R(3) }));
        var overridden = Resolved<EvaluateOptions>("evaluate", "--problem", path, "--eta", "1/4", "--theta", "7", "--loss", "mean");
        Assert.That(overridden.Problem.Eta, Is.EqualTo(R(1, 4)));
        Assert.That(overridden.Problem.Theta, Is.EqualTo(new[] { R(7) }));
        Assert.That(overridden.Problem.LossScale, Is.EqualTo(LossScale.Mean));
        // Sxx = (1 + 4)/2, Syx = (2 + 8)/2.
        Assert.That(overridden.Problem.Moments.Sxx[0, 0], Is.EqualTo(R(5, 2)));
        Assert.That(overridden.Problem.Moments.Syx[0, 0], Is.EqualTo(R(5)));

        var conflict = CliRunner.Run("evaluate", "--problem", path, "--arch", "1-1");
        Assert.That(conflict.ExitCode, Is.EqualTo(2));
        Assert.That(conflict.Error, Does.StartWith("eosverify: --arch: cannot be combined with --problem"));
    }

    [Test]
    public void ErrorsInsideAProblemFileNameFileAndJsonPath()
    {
        string path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, """{ "architecture": "2-1", "data": { "X": [[1, "x"], [1, 2]], "Y": [[1, 2]] } }""");
        var outcome = CliRunner.Run("check", "--problem", path);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.StartWith($"eosverify: {path}: data.X[0][1]: "));
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
    }

    [Test]
    public void CsvDataFileGivesExactMoments()
    {
        string path = Path.Combine(_folder, "d.csv");
        File.WriteAllText(path, "x,y\n0.5,1\n1.5,2\n");
        var options = Resolved<SimulateOptions>("simulate", "--arch", "1-3-1", "--data", path, "--eta", "0.01");
        // Sxx = (1/4 + 9/4)/2 = 5/4; Syx = (1/2 + 3)/2 = 7/4; Syy = (1 + 4)/2 = 5/2.
        Assert.That(options.Problem.Moments.Sxx[0, 0], Is.EqualTo(R(5, 4)));
        Assert.That(options.Problem.Moments.Syx[0, 0], Is.EqualTo(R(7, 4)));
        Assert.That(options.Problem.Moments.Syy[0, 0], Is.EqualTo(R(5, 2)));

        var wrongInputs = CliRunner.Run("simulate", "--arch", "1-3-1", "--data", path, "--inputs", "2");
        Assert.That(wrongInputs.Error, Does.StartWith("eosverify: --inputs: "));
        var wrongOutputs = CliRunner.Run("simulate", "--arch", "1-3-2", "--data", path);
        Assert.That(wrongOutputs.Error, Does.StartWith($"eosverify: {path}: "));
        var withSamples = CliRunner.Run("simulate", "--arch", "1-3-1", "--data", path, "--samples", "4");
        Assert.That(withSamples.Error, Does.StartWith("eosverify: --samples: "));
    }

    [Test]
    public void NpyDataFilesAreSamplesInRows()
    {
        string x = Path.Combine(_folder, "x.npy"), y = Path.Combine(_folder, "y.npy");
        File.WriteAllBytes(x, NpyFiles.Float64([1, 0, 0, 2], false, 1, 2, 2)); // samples (1, 0) and (0, 2)
        File.WriteAllBytes(y, NpyFiles.Float64([3, 4], false, 1, 2));
        var options = Resolved<SweepOptions>("sweep", "--arch", "2-2-1", "--data", x, "--data-y", y, "--ratios", "0.5,1/3", "--runs", "7");
        var m = options.Problem.Moments;
        // Sxx = diag(1, 4)/2; Syx = (3·(1,0) + 4·(0,2))/2 = (3/2, 4).
        Assert.That(m.Sxx[0, 0], Is.EqualTo(R(1, 2)));
        Assert.That(m.Sxx[1, 1], Is.EqualTo(R(2)));
        Assert.That(m.Sxx[0, 1], Is.EqualTo(Rational.Zero));
        Assert.That(m.Syx[0, 0], Is.EqualTo(R(3, 2)));
        Assert.That(m.Syx[0, 1], Is.EqualTo(R(4)));
        Assert.That(options.Ratios, Is.EqualTo(new[] { R(1, 2), R(1, 3) }));
        Assert.That(options.Runs, Is.EqualTo(7));

        var missingY = CliRunner.Run("sweep", "--arch", "2-2-1", "--data", x);
        Assert.That(missingY.Error, Does.StartWith("eosverify: --data-y: "));
    }

    [Test]
    public void SimulateOptionsAreTyped()
    {
        var options = Resolved<SimulateOptions>("simulate", "--arch", "1-1", "--steps", "50", "--every", "5", "--scale", "0.25",
            "--until-converged", "--tolerance", "1e-6", "--seed", "3");
        Assert.Multiple(() =>
        {
            Assert.That(options.Steps, Is.EqualTo(50));
            Assert.That(options.Every, Is.EqualTo(5));
            Assert.That(options.Scale, Is.EqualTo(0.25));
            Assert.That(options.UntilConverged, Is.True);
            Assert.That(options.Tolerance, Is.EqualTo(1e-6).Within(1e-21));
            Assert.That(options.Seed, Is.EqualTo(3UL));
        });
        var defaults = Resolved<SimulateOptions>("simulate", "--arch", "1-1");
        Assert.That(defaults.Steps, Is.EqualTo(2000));
        Assert.That(defaults.UntilConverged, Is.False);
    }

    [Test]
    public void DeriveNoCompileFlag()
    {
        Assert.That(Resolved<DeriveOptions>("derive", "--arch", "1-1-1", "--no-compile").NoCompile, Is.True);
        Assert.That(Resolved<DeriveOptions>("derive", "--arch", "1-1-1").NoCompile, Is.False);
    }

    [Test]
    public void OutputOptions()
    {
        string outFolder = Path.Combine(_folder, "results", "run1");
        var options = Resolved<CheckOptions>("check", "--out", outFolder, "--json", "--quiet");
        Assert.That(Directory.Exists(outFolder), Is.False, "--out is created by the first write, not while the options are read (issue 9, item 7)");
        Assert.That(options.Output.Folder!.FullPath, Is.EqualTo(outFolder));
        Assert.That(options.Output.Format, Is.EqualTo(OutputFormat.Json));
        Assert.That(options.Output.Quiet, Is.True);
        Assert.That(Resolved<CheckOptions>("check", "--format", "markdown").Output.Format, Is.EqualTo(OutputFormat.Markdown));
        Assert.That(Resolved<CheckOptions>("check", "--format", "json", "--json").Output.Format, Is.EqualTo(OutputFormat.Json));
    }

    [Test]
    public void TheOutputFolderCannotBeAnInputFile()
    {
        string path = Path.Combine(_folder, "p.json");
        File.WriteAllText(path, """{ "architecture": "1-1", "data": { "X": [[1]], "Y": [[1]] } }""");
        var outcome = CliRunner.Run("check", "--problem", path, "--out", path);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.StartWith("eosverify: --out: "));
        Assert.That(File.ReadAllText(path), Does.Contain("architecture"));
    }

    [Test]
    public void TheOutputFolderKnowsTheInputsToProtect()
    {
        string data = Path.Combine(_folder, "d.csv");
        File.WriteAllText(data, "1,2\n3,4\n");
        var options = Resolved<CheckOptions>("check", "--arch", "1-1", "--data", data, "--out", _folder);
        var e = Assert.Throws<InputException>(() => options.Output.Folder!.WriteAllText("d.csv", "x"));
        Assert.That(e!.Field, Is.EqualTo("--out"));
        Assert.That(File.ReadAllText(data), Is.EqualTo("1,2\n3,4\n"));
    }

    [Test]
    public void ProblemsAreResolvedBeforeTheOutputFolderIsCreated()
    {
        string outFolder = Path.Combine(_folder, "never");
        var outcome = CliRunner.Run("check", "--arch", "1-x", "--out", outFolder);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(Directory.Exists(outFolder), Is.False);
    }
}

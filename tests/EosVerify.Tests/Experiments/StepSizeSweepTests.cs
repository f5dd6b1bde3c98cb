using EosVerify.Algebra;
using System.Text.Json;
using EosVerify.Experiments;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Tests.Experiments;

public class StepSizeSweepTests
{
    private static NumericProblem Generated(string architecture, ulong seed)
    {
        var arch = Architecture.Parse(architecture);
        return new NumericProblem(new Problem(arch, DataGenerator.GenerateMoments(arch, 20, seed, 0.3)));
    }

    // The figure criterion (K = 200, T = 10⁴): median final ‖∇L‖ < 1e-6 for η ≤ 0.9η* and > 1e-3 for η ≥ 1.1η*,
    // over the runs that neither diverged nor ended at a saddle (counted apart; a step size where none are left is
    // reported, not hidden).
    [TestCase("1-1-1-1", 1UL)]
    [TestCase("5-4-3-1", 2UL)]
    public void Sweep_shows_the_phase_transition_at_eta_star(string architecture, ulong seed)
    {
        var problem = Generated(architecture, seed);
        var result = StepSizeSweep.Run(problem, new SweepOptions { Runs = 200, Steps = 10_000, Tolerance = 1e-8 });
        foreach (var row in result.Rows)
            TestContext.Out.WriteLine($"{row.Ratio}: {row.Converged} converged, {row.Diverged} diverged, {row.Saddle} saddle, {row.Neither} neither; median ‖∇L‖ {row.GradientNorm!.Median:G3} over {row.GradientNorm.Count}");
        Assert.That(result.Rows.Select(r => r.Ratio), Is.EqualTo(SweepOptions.DefaultRatios));
        Assert.That(result.Rows.All(r => r.Converged + r.Diverged + r.Saddle + r.Neither == 200));
        Assert.That(result.Records, Has.Count.EqualTo(200 * SweepOptions.DefaultRatios.Count));
        foreach (var row in result.Rows.Where(r => r.Ratio <= 0.9))
        {
            Assert.That(row.Converged, Is.GreaterThan(row.Runs / 2), $"η = {row.Ratio}·η*");
            Assert.That(row.GradientNorm!.Median, Is.LessThan(1e-6), $"η = {row.Ratio}·η*");
        }
        foreach (var row in result.Rows.Where(r => r.Ratio >= 1.1))
        {
            Assert.That(row.Converged, Is.EqualTo(0), $"η = {row.Ratio}·η*");
            Assert.That(row.ConvergedUpperBound, Is.EqualTo(1 - Math.Pow(0.05, 1.0 / 200)).Within(1e-15));
            if (row.GradientNorm!.Count > 0) Assert.That(row.GradientNorm.Median, Is.GreaterThan(1e-3), $"η = {row.Ratio}·η*");
        }
    }

    [Test]
    public void Records_of_linear_regression_match_the_closed_form_iterate()
    {
        // 1-1 with Sxx = σ, Syx = a: ∇L = σθ − a, so θ_T − w* = (1 − ησ)^T (θ_0 − w*), H = σ. A tolerance no run can meet
        // makes every run take exactly T steps.
        var arch = Architecture.Parse("1-1");
        var moments = new Moments(4, RationalMatrix.FromRows([[new Rational(3, 2)]]),
            RationalMatrix.FromRows([[new Rational(3, 4)]]), RationalMatrix.FromRows([[Rational.One]]));
        var problem = new NumericProblem(new Problem(arch, moments));
        const double sigma = 1.5, a = 0.75, wStar = 0.5;
        var options = new SweepOptions { Runs = 5, Steps = 37, CriticalEta = 2 / sigma, Ratios = [0.3, 0.9], Tolerance = 1e-300, Seed = 11 };
        var result = StepSizeSweep.Run(problem, options);
        foreach (var record in result.Records)
        {
            int e = record.Index / 5, run = record.Index % 5;
            double eta = options.Ratios[e] * 2 / sigma;
            double theta0 = SimulationOptions.SeededInitialization(1, options.InitScale, options.Seed, (ulong)run)[0];
            double thetaT = wStar + Math.Pow(1 - eta * sigma, 37) * (theta0 - wStar);
            Assert.That(record.Steps, Is.EqualTo(37));
            Assert.That(record.ThetaNorm, Is.EqualTo(Math.Abs(thetaT)).Within(1e-12));
            Assert.That(record.GradientNorm, Is.EqualTo(Math.Abs(sigma * thetaT - a)).Within(1e-12));
            Assert.That(record.FinalLoss, Is.EqualTo(0.5 * (sigma * thetaT * thetaT - 2 * a * thetaT + 1)).Within(1e-12));
            Assert.That(record.Sharpness, Is.EqualTo(sigma).Within(1e-9));
        }
    }

    [Test]
    public void Eta_star_is_two_over_the_closed_form_S_min_of_the_scalar_chain()
    {
        var problem = Generated("1-1-1-1", 1);
        double sigma = problem.Sxx[0, 0], w = problem.Syx[0, 0] / sigma;
        double sMin = 3 * sigma * Math.Pow(Math.Abs(w), 4.0 / 3);
        var result = StepSizeSweep.Run(problem, new SweepOptions { Runs = 1, Steps = 1, Ratios = [1.0] });
        Assert.That(result.EtaStar, Is.EqualTo(2 / sMin).Within(1e-9 * 2 / sMin));
    }

    [Test]
    public void Results_are_identical_with_one_and_two_threads()
    {
        var problem = Generated("5-4-3-1", 2);
        var options = new SweepOptions { Runs = 64, Steps = 600, CriticalEta = 0.37 };
        var one = StepSizeSweep.Run(problem, options with { MaxDegreeOfParallelism = 1 });
        var two = StepSizeSweep.Run(problem, options with { MaxDegreeOfParallelism = 2 });
        Assert.That(two.Rows, Is.EqualTo(one.Rows));
        Assert.That(SweepCsv.ToCsv(two), Is.EqualTo(SweepCsv.ToCsv(one)));
    }

    [Test]
    public void Explicit_step_sizes_are_reported_with_their_ratio_to_eta_star()
    {
        var problem = Generated("1-1-1", 3);
        var result = StepSizeSweep.Run(problem, new SweepOptions { Runs = 4, Steps = 10, CriticalEta = 0.5, Etas = [0.1, 0.75] });
        Assert.That(result.Rows.Select(r => r.Eta), Is.EqualTo(new[] { 0.1, 0.75 }));
        Assert.That(result.Rows.Select(r => r.Ratio), Is.EqualTo(new[] { 0.2, 1.5 }).Within(1e-15));
    }

    [Test]
    public void Json_has_the_documented_shape()
    {
        var result = new SweepResult(0.25, [new SweepRow(0.125, 0.5, 10, 7, 1, 1, 1, new QuantileSummary(8, 1e-9, 1e-10, 1e-8),
            new QuantileSummary(0, double.NaN, double.NaN, double.NaN))]) { EtaStarExact = "1/4", MinSharpnessExact = "8", OptimalLoss = 0.5 };
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(result));
        Assert.That(doc.RootElement.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "etaStar", "rows", "etaStarExact", "minSharpness", "minSharpnessExact", "etaStarBracket", "optimalLoss" }));
        Assert.That(doc.RootElement.GetProperty("etaStar").GetDouble(), Is.EqualTo(0.25));
        Assert.That(doc.RootElement.GetProperty("minSharpness").GetDouble(), Is.EqualTo(8));
        var row = doc.RootElement.GetProperty("rows")[0];
        Assert.That(row.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "eta", "ratio", "runs", "converged", "diverged", "saddle", "neither", "gradientNorm", "excessLoss" }));
        Assert.That(row.GetProperty("converged").GetInt32(), Is.EqualTo(7));
        Assert.That(row.GetProperty("gradientNorm").GetProperty("median").GetDouble(), Is.EqualTo(1e-9));
        Assert.That(row.GetProperty("excessLoss").GetProperty("median").GetString(), Is.EqualTo("NaN"));
    }

    [Test]
    public void Csv_round_trips_the_counts()
    {
        var result = new SweepResult(0.25, [new SweepRow(0.125, 0.5, 10, 7, 1, 1, 1), new SweepRow(0.5, 2, 10, 0, 10, 0, 0)]);
        var lines = SweepCsv.ToCsv(result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("# eta_star=0.25"));
        Assert.That(lines[1], Is.EqualTo("# min_sharpness=8"));
        Assert.That(lines[2], Is.EqualTo(SweepCsv.Header));
        Assert.That(lines[3].Split(',')[..7], Is.EqualTo(new[] { "0.125", "0.5", "10", "7", "1", "1", "1" }));
        var zero = lines[4].Split(',');
        Assert.That(zero[8], Is.EqualTo("0"), "wilson_lower at 0 of 10");
        Assert.That(double.Parse(zero[10], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(1 - Math.Pow(0.05, 0.1)).Within(1e-15));
        Assert.That(zero[11..], Is.EqualTo(new[] { "0", "nan", "nan", "nan", "nan", "nan", "nan" }));
    }

    [TestCase(5, 10, 0.2366, 0.7634)]
    [TestCase(0, 10, 0.0, 0.2775)]
    [TestCase(10, 10, 0.7225, 1.0)]
    [TestCase(81, 263, 0.2553, 0.3662)]
    public void Wilson_interval_matches_published_values(int successes, int trials, double lower, double upper)
    {
        var (l, u) = Wilson.Interval(successes, trials);
        Assert.That(l, Is.EqualTo(lower).Within(1e-4));
        Assert.That(u, Is.EqualTo(upper).Within(1e-4));
    }

    [Test]
    public void Bad_options_are_input_errors_naming_the_option()
    {
        var problem = Generated("1-1-1", 3);
        string Field(SweepOptions o) => Assert.Throws<InputException>(() => StepSizeSweep.Run(problem, o))!.Field;
        Assert.That(Field(new SweepOptions { Runs = 0 }), Is.EqualTo("runs"));
        Assert.That(Field(new SweepOptions { Steps = 0 }), Is.EqualTo("steps"));
        Assert.That(Field(new SweepOptions { InitScale = -1 }), Is.EqualTo("scale"));
        Assert.That(Field(new SweepOptions { Ratios = [0.5, 0] }), Is.EqualTo("ratios"));
        Assert.That(Field(new SweepOptions { CriticalEta = -0.1 }), Is.EqualTo("eta-star"));
        Assert.That(Field(new SweepOptions { MaxDegreeOfParallelism = 0 }), Is.EqualTo("threads"));
        Assert.That(Field(new SweepOptions { Etas = [0.1, -0.2] }), Is.EqualTo("eta"));
        Assert.That(Field(new SweepOptions { Etas = [0.0] }), Is.EqualTo("eta"));
    }
}

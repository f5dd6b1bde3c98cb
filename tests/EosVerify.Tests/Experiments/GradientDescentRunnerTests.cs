using EosVerify.Experiments;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Tests.Experiments;

public class GradientDescentRunnerTests
{
    [Test]
    public void Edge_of_stability_preset_shows_sharpening_then_sharpness_near_two_over_eta_and_non_monotone_loss()
    {
        var problem = new NumericProblem(EdgeOfStabilityPreset.Problem());
        var result = GradientDescentRunner.Simulate(problem, EdgeOfStabilityPreset.Options());
        double threshold = 2 / EdgeOfStabilityPreset.Eta;
        var points = result.Points;
        Assert.That(result.Outcome, Is.Not.EqualTo(RunOutcome.Diverged));
        // Progressive sharpening: S starts far below 2/η and climbs to it over many steps, not in one jump.
        Assert.That(points[0].Sharpness, Is.LessThan(0.25 * threshold));
        int half = points.ToList().FindIndex(p => p.Sharpness >= 0.5 * threshold);
        int reach = points.ToList().FindIndex(p => p.Sharpness >= threshold);
        Assert.That(half, Is.GreaterThan(0));
        Assert.That(reach, Is.GreaterThan(half));
        Assert.That(points[reach].Step - points[half].Step, Is.GreaterThanOrEqualTo(20));
        // At the end: S within 10% of 2/η.
        Assert.That(Math.Abs(points[^1].Sharpness - threshold) / threshold, Is.LessThan(0.1));
        // Non-monotone loss after S reaches 2/η: some recorded loss rises by more than rounding.
        bool rises = points.Skip(reach).Zip(points.Skip(reach + 1)).Any(pair => pair.Second.Loss > pair.First.Loss * (1 + 1e-6));
        Assert.That(rises, Is.True);
    }

    [Test]
    public void A_small_step_converges_to_the_optimum_and_stops_early_when_asked()
    {
        var problem = new NumericProblem(EdgeOfStabilityPreset.Problem());
        var target = MinimizerManifold.Target(problem);
        var result = GradientDescentRunner.Simulate(problem, new SimulationOptions(0.02, 50000, 1000, 0.1, 1, UntilConverged: true, RecordSharpness: false));
        Assert.That(result.Outcome, Is.EqualTo(RunOutcome.Converged));
        Assert.That(result.StepsTaken, Is.LessThan(50000));
        Assert.That(result.Points[^1].Loss - target.OptimalLoss, Is.LessThan(1e-8));
        Assert.That(result.Points[^1].DistanceToMinimizers, Is.LessThan(1e-6));
    }

    [Test]
    public void A_diverging_run_is_a_result_not_an_exception()
    {
        var problem = new NumericProblem(EdgeOfStabilityPreset.Problem());
        var result = GradientDescentRunner.Simulate(problem, new SimulationOptions(5.0, 1000, 1, 1.0, 1));
        Assert.That(result.Outcome, Is.EqualTo(RunOutcome.Diverged));
        Assert.That(result.StepsTaken, Is.LessThan(1000));
        Assert.That(result.Points[^1].Step, Is.EqualTo(result.StepsTaken));
    }

    [Test]
    public void The_origin_of_a_deep_network_is_classified_as_a_saddle()
    {
        var problem = new NumericProblem(EdgeOfStabilityPreset.Problem());
        var result = GradientDescentRunner.Simulate(problem, new SimulationOptions(0.1, 10, InitialTheta: new double[problem.ParameterCount], RecordSharpness: false));
        Assert.That(result.Outcome, Is.EqualTo(RunOutcome.Saddle));
    }

    [Test]
    public void One_step_is_theta_minus_eta_times_the_gradient()
    {
        var problem = new NumericProblem(EdgeOfStabilityPreset.Problem());
        var start = SimulationOptions.SeededInitialization(problem.ParameterCount, 0.3, 9, 0);
        var result = GradientDescentRunner.Simulate(problem, new SimulationOptions(0.05, 1, InitialTheta: start, RecordSharpness: false));
        var gradient = problem.Gradient(start);
        for (int i = 0; i < start.Length; i++) Assert.That(result.FinalTheta[i], Is.EqualTo(start[i] - 0.05 * gradient[i]));
        Assert.That(result.Points.Select(p => p.Step), Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public void Simulation_starts_where_run_zero_of_a_sweep_starts()
    {
        var a = SimulationOptions.SeededInitialization(10, 0.5, 42, 0);
        var b = SimulationOptions.SeededInitialization(10, 0.5, 42, 0);
        var c = SimulationOptions.SeededInitialization(10, 0.5, 42, 1);
        Assert.That(b, Is.EqualTo(a));
        Assert.That(c, Is.Not.EqualTo(a));
    }

    [Test]
    public void Trajectory_csv_has_a_header_and_round_trip_numbers()
    {
        var problem = new NumericProblem(EdgeOfStabilityPreset.Problem());
        var result = GradientDescentRunner.Simulate(problem, new SimulationOptions(0.05, 4, 2, 0.3, 1));
        var lines = TrajectoryCsv.ToCsv(result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo(TrajectoryCsv.Header));
        Assert.That(lines, Has.Length.EqualTo(1 + 3));
        var fields = lines[2].Split(',');
        Assert.That(fields[0], Is.EqualTo("2"));
        Assert.That(double.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(result.Points[1].Loss));
        Assert.That(double.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(result.Points[1].Sharpness));
    }

    [Test]
    public void Bad_options_are_input_errors_naming_the_option()
    {
        var problem = new NumericProblem(EdgeOfStabilityPreset.Problem());
        string Field(SimulationOptions o) => Assert.Throws<InputException>(() => GradientDescentRunner.Simulate(problem, o))!.Field;
        Assert.That(Field(new SimulationOptions(0, 10)), Is.EqualTo("eta"));
        Assert.That(Field(new SimulationOptions(-1, 10)), Is.EqualTo("eta"));
        Assert.That(Field(new SimulationOptions(double.NaN, 10)), Is.EqualTo("eta"));
        Assert.That(Field(new SimulationOptions(0.1, 0)), Is.EqualTo("steps"));
        Assert.That(Field(new SimulationOptions(0.1, 10, InitScale: -0.5)), Is.EqualTo("scale"));
        Assert.That(Field(new SimulationOptions(0.1, 10, RecordEvery: 0)), Is.EqualTo("record-every"));
        Assert.That(Field(new SimulationOptions(0.1, 10, InitialTheta: new double[3])), Is.EqualTo("theta"));
    }
}

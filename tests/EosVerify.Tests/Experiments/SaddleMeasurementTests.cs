using EosVerify.Algebra;
using EosVerify.Experiments;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Tests.Experiments;

public class SaddleMeasurementTests
{
    // 1-1-1-1 with Sxx = 1, Syx = a = 1, η* = 2/S_min = 2/3 (S_min = 3·1·1^{4/3}).
    private static NumericProblem Chain() => new(new Problem(Architecture.Parse("1-1-1-1"),
        new Moments(4, RationalMatrix.FromRows([[Rational.One]]), RationalMatrix.FromRows([[Rational.One]]), RationalMatrix.FromRows([[new Rational(2)]]))));

    [Test]
    public void Log_log_slope_of_a_power_law_is_its_exponent()
    {
        int[] t = [0, 1, 10, 100, 1000, 10000];
        double[] y = t.Select(s => 3 * Math.Pow(Math.Max(s, 1), -0.7)).ToArray();
        Assert.That(SaddleMeasurement.LogLogSlope(t, y, 10), Is.EqualTo(-0.7).Within(1e-12));
        Assert.That(SaddleMeasurement.LogLogSlope(t, y, 20000), Is.NaN);
    }

    [Test]
    public void A_balanced_chain_heading_to_zero_decays_like_one_over_t()
    {
        // Balanced w_k = w < 0 stays balanced; near 0, ∂L/∂w_k = w²(w³ − 1) ≈ −w², so |w| ← |w| − η w²: |w_t| ≈ 1/(1/ε + ηt),
        // ‖θ‖ ∼ t^{−1/(L−2)} = t^{−1} and ‖∇L‖ ∼ t^{−2} (L = 3).
        var options = new SaddleOptions { Runs = 2, Steps = 100_000, CriticalEta = 2.0 / 3, Ratio = 2, InitialTheta = [-0.05, -0.05, -0.05] };
        var report = SaddleMeasurement.Run(Chain(), options);
        Assert.That(report.ExpectedThetaExponent, Is.EqualTo(-1));
        Assert.That(report.ExpectedGradientExponent, Is.EqualTo(-2));
        var run = report.Runs[0];
        Assert.That(run.NearOrigin, Is.True);
        Assert.That(run.Outcome, Is.EqualTo(RunOutcome.Saddle));
        Assert.That(run.ThetaExponent, Is.EqualTo(-1).Within(0.02));
        Assert.That(run.GradientExponent, Is.EqualTo(-2).Within(0.04));
        Assert.That(run.Escaping, Is.False);
        double eta = 4.0 / 3;
        Assert.That(run.ThetaNorms[^1], Is.EqualTo(Math.Sqrt(3) / (1 / 0.05 + eta * 100_000)).Within(0.01 * run.ThetaNorms[^1]));
        Assert.That(report.NearOriginFraction, Is.EqualTo(1));
    }

    [Test]
    public void A_chain_leaving_zero_is_not_near_the_origin()
    {
        var options = new SaddleOptions { Runs = 1, Steps = 2_000, CriticalEta = 2.0 / 3, Ratio = 0.5, InitialTheta = [0.05, 0.05, 0.05] };
        var run = SaddleMeasurement.Run(Chain(), options).Runs[0];
        Assert.That(run.NearOrigin, Is.False);
        Assert.That(run.Outcome, Is.EqualTo(RunOutcome.Converged));
    }

    [Test]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var problem = Tests.Numerics.TestProblems.Numeric("1-1-1-1", 1);
        var options = new SaddleOptions { Runs = 8, Steps = 3000, CriticalEta = 0.228 };
        var one = SaddleMeasurement.Run(problem, options with { MaxDegreeOfParallelism = 1 });
        var two = SaddleMeasurement.Run(problem, options with { MaxDegreeOfParallelism = 2 });
        Assert.That(SaddleCsv.ToCsv(two), Is.EqualTo(SaddleCsv.ToCsv(one)));
    }

    [Test]
    public void Checkpoints_are_log_spaced_and_include_zero_and_T()
    {
        var steps = new SaddleOptions { Steps = 1000, CheckpointsPerDecade = 2 }.Checkpoints();
        Assert.That(steps, Is.EqualTo(new[] { 0, 1, 3, 10, 32, 100, 316, 1000 }));
    }

    [Test]
    public void Depth_two_and_bad_options_are_input_errors()
    {
        Assert.That(Assert.Throws<InputException>(() => SaddleMeasurement.Run(Tests.Numerics.TestProblems.Numeric("2-2-1", 1), new SaddleOptions { CriticalEta = 1 }))!.Field, Is.EqualTo("arch"));
        Assert.That(Assert.Throws<InputException>(() => SaddleMeasurement.Run(Chain(), new SaddleOptions { Runs = 0 }))!.Field, Is.EqualTo("runs"));
        Assert.That(Assert.Throws<InputException>(() => SaddleMeasurement.Run(Chain(), new SaddleOptions { InitialTheta = [1.0] , CriticalEta = 1 }))!.Field, Is.EqualTo("theta"));
    }
}

using EosVerify.Experiments;
using MathNet.Numerics.Distributions;

namespace EosVerify.Tests.Experiments;

/// <summary>Quantiles, the one converged upper bound, exact interval ends, and the per-η row built from run records.</summary>
public class SweepStatisticsTests
{
    // numpy.quantile(range(1, 11), [0.1, 0.5, 0.9]) = [1.9, 5.5, 9.1]; numpy.quantile([3, 1, 2], 0.1) = 1.2.
    [Test]
    public void Quantiles_match_numpy_linear_interpolation()
    {
        var q = QuantileSummary.Of(Enumerable.Range(1, 10).Select(i => (double)i).Reverse());
        Assert.That(q.Count, Is.EqualTo(10));
        Assert.That(q.Median, Is.EqualTo(5.5).Within(1e-15));
        Assert.That(q.Q10, Is.EqualTo(1.9).Within(1e-15));
        Assert.That(q.Q90, Is.EqualTo(9.1).Within(1e-15));
        Assert.That(QuantileSummary.Of([3.0, 1.0, 2.0]).Q10, Is.EqualTo(1.2).Within(1e-15));
        Assert.That(QuantileSummary.Of([7.0]), Is.EqualTo(new QuantileSummary(1, 7, 7, 7)));
    }

    [Test]
    public void Quantiles_of_nothing_are_NaN_and_of_NaN_an_error()
    {
        var q = QuantileSummary.Of([]);
        Assert.That(q.Count, Is.Zero);
        Assert.That(double.IsNaN(q.Median) && double.IsNaN(q.Q10) && double.IsNaN(q.Q90));
        Assert.Throws<ArgumentException>(() => QuantileSummary.Of([1.0, double.NaN]));
    }

    [TestCase(10)]
    [TestCase(100)]
    [TestCase(200)]
    public void Upper_bound_with_none_converged_is_one_minus_0_05_to_the_1_over_K(int runs)
    {
        // P(no success in K trials) = (1 − p)^K = 0.05 at the bound, p = 1 − e^{−x} with x = ln(20)/K ≈ 3/K (rule of
        // three), and x − x²/2 ≤ 1 − e^{−x} ≤ x.
        double x = Math.Log(20) / runs;
        Assert.That(ConvergedBound.Upper(0, runs), Is.EqualTo(1 - Math.Pow(0.05, 1.0 / runs)).Within(1e-15));
        Assert.That(ConvergedBound.Upper(0, runs), Is.InRange(x - x * x / 2, x));
        Assert.That(ConvergedBound.Upper(runs, runs), Is.EqualTo(1.0));
    }

    [TestCase(1, 10)]
    [TestCase(96, 100)]
    [TestCase(199, 200)]
    public void Upper_bound_leaves_five_percent_binomial_probability_below_it(int successes, int runs)
    {
        double p = ConvergedBound.Upper(successes, runs);
        Assert.That(Binomial.CDF(p, runs, successes), Is.EqualTo(0.05).Within(1e-9));
        Assert.That(p, Is.GreaterThan((double)successes / runs));
    }

    [Test]
    public void Wilson_ends_are_exactly_0_and_1_at_the_extremes()
    {
        Assert.That(Wilson.Interval(0, 200).Lower, Is.EqualTo(0.0));
        Assert.That(Wilson.Interval(200, 200).Upper, Is.EqualTo(1.0));
        Assert.That(Wilson.Interval(0, 7).Lower, Is.EqualTo(0.0));
    }

    [Test]
    public void Row_counts_every_class_and_summarises_only_runs_that_neither_diverged_nor_stalled()
    {
        RunRecord R(int i, RunOutcome o, double g, double loss) => new(i, o, 10, loss, g, 1, 1);
        var records = new[]
        {
            R(0, RunOutcome.Converged, 1e-9, 0.5), R(1, RunOutcome.Neither, 1e-1, 0.7), R(2, RunOutcome.Diverged, double.NaN, double.NaN),
            R(3, RunOutcome.Saddle, 1e-12, 2.0), R(4, RunOutcome.Neither, 1e-2, 0.6),
        };
        var row = SweepRow.FromRecords(0.3, 1.5, records, optimalLoss: 0.5);
        Assert.That((row.Runs, row.Converged, row.Diverged, row.Saddle, row.Neither), Is.EqualTo((5, 1, 1, 1, 2)));
        // Summarised: gradient norms {1e-9, 1e-2, 1e-1}, excess losses {0, 0.1, 0.2}.
        Assert.That(row.GradientNorm!.Count, Is.EqualTo(3));
        Assert.That(row.GradientNorm.Median, Is.EqualTo(1e-2));
        Assert.That(row.GradientNorm.Q90, Is.EqualTo(1e-2 + 0.8 * (1e-1 - 1e-2)).Within(1e-15));
        Assert.That(row.ExcessLoss!.Median, Is.EqualTo(0.1).Within(1e-15));
        Assert.That(row.ExcessLoss.Q10, Is.EqualTo(0.2 * 0.1).Within(1e-15));
    }

    [Test]
    public void Near_the_origin_a_non_optimal_run_is_a_saddle_and_an_optimal_one_is_not()
    {
        Assert.That(RunClassifier.Classify(2.0, 1e-6, 0.5, 1e-8, 1e10, thetaNorm: 1e-4, originRadius: 1e-2), Is.EqualTo(RunOutcome.Saddle));
        Assert.That(RunClassifier.Classify(2.0, 1e-6, 0.5, 1e-8, 1e10, thetaNorm: 0.5, originRadius: 1e-2), Is.EqualTo(RunOutcome.Neither));
        Assert.That(RunClassifier.Classify(2.0, 1e-6, 0.5, 1e-8, 1e10), Is.EqualTo(RunOutcome.Neither));
        Assert.That(RunClassifier.Classify(0.5, 1e-9, 0.5, 1e-8, 1e10, thetaNorm: 1e-4, originRadius: 1e-2), Is.EqualTo(RunOutcome.Converged));
        Assert.That(RunClassifier.Classify(2.0, 1e-9, 0.5, 1e-8, 1e10), Is.EqualTo(RunOutcome.Saddle));
    }
}

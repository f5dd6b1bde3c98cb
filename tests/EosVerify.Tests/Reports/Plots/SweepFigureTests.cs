using System.Xml.Linq;
using EosVerify.Experiments;
using EosVerify.Reports.Plots;

namespace EosVerify.Tests.Reports.Plots;

/// <summary>What the sweep figures, the log ticks and the trajectory axes show (read back from the rendered SVG and ticks).</summary>
public class SweepFigureTests
{
    private static SweepResult Result(EtaBracket? bracket = null) => new(0.25,
    [
        new SweepRow(0.125, 0.5, 10, 10, 0, 0, 0, new QuantileSummary(10, 1e-12, 1e-14, 1e-10), new QuantileSummary(10, 0, 0, 1e-15)),
        new SweepRow(0.3, 1.2, 10, 0, 2, 1, 7, new QuantileSummary(7, 0.5, 0.2, 0.9), new QuantileSummary(7, 0.1, 0.05, 0.2)),
        new SweepRow(0.5, 2.0, 10, 0, 3, 7, 0, new QuantileSummary(0, double.NaN, double.NaN, double.NaN), new QuantileSummary(0, double.NaN, double.NaN, double.NaN)),
    ]) { EtaStarExact = "1/4", Bracket = bracket };

    private static string[] Texts(ScottPlot.Plot plot) =>
        XDocument.Parse(PlotFile.StableSvgIds(plot.GetSvgXml(900, 500))).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToArray();

    [Test]
    public void Sweep_plot_names_all_four_classes_and_eta_star()
    {
        var texts = Texts(SweepPlot.Build(Result()));
        foreach (var label in new[] { "converged to a global minimum (95% Wilson)", "diverged", "ended at a saddle (e.g. near θ = 0)", "neither (still moving at the last step)", "η* = 1/4 ≈ 0.25" })
            Assert.That(texts, Does.Contain(label));
    }

    [Test]
    public void Phase_transition_plot_names_the_bracket_and_the_steps_without_a_median()
    {
        var texts = Texts(PhaseTransitionPlot.Build(Result(new EtaBracket(0.24, 0.26))));
        Assert.That(texts, Does.Contain("η* bracket [0.24, 0.26]"));
        Assert.That(texts, Does.Contain("median final ‖∇L‖ (bars: 10%–90%)"));
        Assert.That(string.Join("\n", texts), Does.Contain("every run diverged or ended at a saddle at η/η* = 2"));
        Assert.That(string.Join("\n", texts), Does.Contain("saddle class is the majority at η/η* = 2"));
        // The left axis spans 1e-14 … 0.9: labelled decades, every other one beyond twelve decades.
        Assert.That(texts, Does.Contain("1e-14"));
        Assert.That(texts, Does.Contain("1"));
    }

    [Test]
    public void Rendering_twice_in_one_process_gives_the_same_svg_bytes()
    {
        var first = PlotFile.Encode(PhaseTransitionPlot.Build(Result()), "a.svg");
        var second = PlotFile.Encode(PhaseTransitionPlot.Build(Result()), "a.svg");
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Log_ticks_over_few_decades_label_1_2_and_5_times_powers_of_ten()
    {
        var majors = Majors(LogTicks.For(Math.Log10(0.15), Math.Log10(3)));
        Assert.That(majors, Is.EqualTo(new[] { "0.1", "0.2", "0.5", "1", "2", "5", "10" }));
        var wide = Majors(LogTicks.For(-9.5, 1.2));
        Assert.That(wide, Is.EqualTo(new[] { "1e-10", "1e-9", "1e-8", "1e-7", "1e-6", "1e-5", "1e-4", "0.001", "0.01", "0.1", "1", "10", "100" }));
        Assert.That(LogTicks.Label(5, -6), Is.EqualTo("5e-6"));
        Assert.That(LogTicks.Label(2, 3), Is.EqualTo("2000"));
    }

    private static string[] Majors(ScottPlot.TickGenerators.NumericManual ticks)
    {
        var plot = new ScottPlot.Plot();
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.SetLimitsY(-12, 3);
        plot.GetImageBytes(300, 900, ScottPlot.ImageFormat.Png);
        return ticks.Ticks.Where(t => t.IsMajor).OrderBy(t => t.Position).Select(t => t.Label).ToArray();
    }

    [Test]
    public void A_diverged_trajectory_has_whole_step_ticks_and_shows_its_NaN_sharpness()
    {
        var result = new SimulationResult(1, 2, 0,
        [
            new TrajectoryPoint(0, 1, 1, 3, 1), new TrajectoryPoint(1, 4, 2, 5, 1), new TrajectoryPoint(2, 40, 9, 7, 1),
            new TrajectoryPoint(3, double.PositiveInfinity, double.NaN, double.NaN, double.NaN),
        ], RunOutcome.Diverged, 3, [double.NaN]);
        var plot = TrajectoryPlot.Build(result);
        var texts = Texts(plot);
        Assert.That(texts, Does.Contain("sharpness NaN (not finite) at step 3"));
        var steps = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Position).ToArray();
        Assert.That(steps, Is.Not.Empty);
        Assert.That(steps.All(p => p == Math.Round(p)), string.Join(", ", steps));
        // Loss 1 … 40 spans under two decades: 2 and 5 are labelled, not only decades.
        Assert.That(texts, Does.Contain("2").And.Contain("5").And.Contain("20"));
    }
}

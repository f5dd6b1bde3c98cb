using System.Globalization;
using EosVerify.Experiments;
using ScottPlot;

namespace EosVerify.Reports.Plots;

/// <summary>
/// The phase-transition figure: the final gradient norm (log scale; median with the 10%–90% range) against η/η*, over
/// the runs that neither diverged nor ended at a saddle, with the η* line (and bracket); the diverged and saddle fractions,
/// counted apart, on the right axis. A step size where no run is left to summarise, or where saddles are the majority,
/// is named in a note on the figure. An exact 0 (which has no logarithm) is drawn at the axis floor, a decade below the
/// smallest positive value shown, and the note says so.
/// </summary>
internal static class PhaseTransitionPlot
{
    public static Plot Build(SweepResult result, string? title = null, bool dashedLines = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        var rows = result.Rows.OrderBy(r => r.Ratio).ToArray();
        EtaStarMarks.Add(plot, result, dashedLines);

        var shown = rows.Where(r => r.GradientNorm is { Count: > 0 }).ToArray();
        var positive = shown.SelectMany(r => new[] { r.GradientNorm!.Q10, r.GradientNorm.Median, r.GradientNorm.Q90 }).Where(v => v > 0).ToArray();
        double floor = positive.Length == 0 ? 1e-16 : positive.Min() / 10;
        bool zeros = shown.Any(r => r.GradientNorm!.Q10 <= 0);
        double Log(double v) => Math.Log10(Math.Max(v, floor));
        double[] x = shown.Select(r => r.Ratio).ToArray();
        double[] median = shown.Select(r => Log(r.GradientNorm!.Median)).ToArray();
        var series = plot.Add.Scatter(x, median);
        series.LegendText = "median final ‖∇L‖ (bars: 10%–90%)";
        series.Color = Colors.SteelBlue;
        series.MarkerSize = 7;
        series.LineWidth = 2;
        var bars = plot.Add.ErrorBar(x, median, shown.Select((r, i) => Log(r.GradientNorm!.Q90) - median[i]).ToArray());
        bars.YErrorNegative = shown.Select((r, i) => median[i] - Log(r.GradientNorm!.Q10)).ToArray();
        bars.Color = Colors.SteelBlue;
        var logs = shown.SelectMany(r => new[] { Log(r.GradientNorm!.Q10), Log(r.GradientNorm!.Q90) }).ToArray();
        double low = logs.Length == 0 ? -1 : logs.Min(), high = logs.Length == 0 ? 1 : logs.Max();
        plot.Axes.Left.TickGenerator = LogTicks.For(low, high);
        plot.Axes.SetLimitsY(Math.Floor(low) - 0.3, Math.Ceiling(high) + 0.3, plot.Axes.Left);
        plot.Axes.Left.Label.Text = "final gradient norm ‖∇L(θ_T)‖";

        double[] all = rows.Select(r => r.Ratio).ToArray();
        Fraction(plot, all, rows.Select(r => (double)r.Diverged / r.Runs), "diverged (right axis)", Colors.OrangeRed, MarkerShape.FilledSquare);
        Fraction(plot, all, rows.Select(r => (double)r.Saddle / r.Runs), "ended at a saddle (right axis)", Colors.Purple, MarkerShape.FilledTriangleUp);
        plot.Axes.SetLimitsY(-0.05, 1.05, plot.Axes.Right);
        plot.Axes.Right.Label.Text = "fraction of runs";

        var notes = Notes(rows) + (zeros ? (Notes(rows).Length > 0 ? "\n" : "") + "‖∇L‖ = 0 exactly is drawn at the axis floor " + floor.ToString("G2", CultureInfo.InvariantCulture) : "");
        if (notes.Length > 0)
        {
            var note = plot.Add.Annotation(notes, Alignment.UpperLeft);
            note.LabelFontSize = 11;
        }
        plot.Axes.Bottom.Label.Text = "η / η*";
        plot.Title(title ?? "Final gradient norm against the step size");
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    public static void Save(SweepResult result, string path, string? title = null,
        int width = PlotFile.DefaultWidth, int height = PlotFile.DefaultHeight) =>
        PlotFile.Save(Build(result, title, dashedLines: !PlotFile.IsSvg(path)), path, width, height);

    /// <summary>The step sizes where the median says nothing (no runs left) or where saddles dominate.</summary>
    internal static string Notes(IReadOnlyList<SweepRow> rows)
    {
        var lines = new List<string>();
        var empty = rows.Where(r => r.GradientNorm is not { Count: > 0 }).Select(r => G(r.Ratio)).ToArray();
        if (empty.Length > 0) lines.Add("every run diverged or ended at a saddle at η/η* = " + string.Join(", ", empty));
        var saddle = rows.Where(r => 2 * r.Saddle > r.Runs).Select(r => G(r.Ratio)).ToArray();
        if (saddle.Length > 0) lines.Add("saddle class is the majority at η/η* = " + string.Join(", ", saddle));
        return string.Join("\n", lines);
    }

    private static void Fraction(Plot plot, double[] x, IEnumerable<double> y, string label, Color color, MarkerShape marker)
    {
        var series = plot.Add.Scatter(x, y.ToArray());
        series.Axes.YAxis = plot.Axes.Right;
        series.LegendText = label;
        series.Color = color.WithAlpha(0.8);
        series.LineWidth = 1;
        series.MarkerShape = marker;
        series.MarkerSize = 5;
    }

    private static string G(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
}

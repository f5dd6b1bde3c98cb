using System.Globalization;
using EosVerify.Experiments;
using ScottPlot;

namespace EosVerify.Reports.Plots;

/// <summary>
/// The four classes of a sweep against η/η*: converged to a global minimum (with 95% Wilson intervals), diverged,
/// ended at a saddle (e.g. near θ = 0), neither; the critical step size η* as a dashed vertical line at η/η* = 1, and
/// the η* bracket shaded when the result has one.
/// </summary>
internal static class SweepPlot
{
    public static Plot Build(SweepResult result, string? title = null, bool dashedLines = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        var rows = result.Rows.OrderBy(r => r.Ratio).ToArray();
        double[] ratios = rows.Select(r => r.Ratio).ToArray();
        double[] converged = rows.Select(r => r.ConvergedFraction).ToArray();
        EtaStarMarks.Add(plot, result, dashedLines);

        var fraction = plot.Add.Scatter(ratios, converged);
        fraction.LegendText = "converged to a global minimum (95% Wilson)";
        fraction.Color = Colors.SteelBlue;
        fraction.MarkerSize = 7;
        fraction.LineWidth = 2;
        var bars = plot.Add.ErrorBar(ratios, converged, rows.Select(r => r.ConvergedInterval.Upper - r.ConvergedFraction).ToArray());
        bars.YErrorNegative = rows.Select(r => r.ConvergedFraction - r.ConvergedInterval.Lower).ToArray();
        bars.Color = Colors.SteelBlue;

        Add(plot, ratios, rows.Select(r => (double)r.Diverged / r.Runs), "diverged", Colors.OrangeRed, LinePattern.Dotted, MarkerShape.FilledSquare, dashedLines);
        Add(plot, ratios, rows.Select(r => (double)r.Saddle / r.Runs), "ended at a saddle (e.g. near θ = 0)", Colors.Purple, LinePattern.Dashed, MarkerShape.FilledTriangleUp, dashedLines);
        Add(plot, ratios, rows.Select(r => (double)r.Neither / r.Runs), "neither (still moving at the last step)", Colors.DarkGoldenRod, LinePattern.DenselyDashed, MarkerShape.FilledDiamond, dashedLines);

        plot.Axes.Bottom.Label.Text = "η / η*";
        plot.Axes.Left.Label.Text = "fraction of runs";
        plot.Axes.SetLimitsY(-0.05, 1.05, plot.Axes.Left);
        plot.Title(title ?? "Step-size sweep: " + rows.First().Runs.ToString(CultureInfo.InvariantCulture) + " runs per η");
        plot.ShowLegend(Alignment.MiddleLeft);
        return plot;
    }

    public static void Save(SweepResult result, string path, string? title = null,
        int width = PlotFile.DefaultWidth, int height = PlotFile.DefaultHeight) =>
        PlotFile.Save(Build(result, title, dashedLines: !PlotFile.IsSvg(path)), path, width, height);

    private static void Add(Plot plot, double[] x, IEnumerable<double> y, string label, Color color, LinePattern pattern, MarkerShape marker, bool dashedLines)
    {
        var series = plot.Add.Scatter(x, y.ToArray());
        series.LegendText = label;
        series.Color = color;
        series.LinePattern = dashedLines ? pattern : LinePattern.Solid;
        series.MarkerShape = marker;
        series.MarkerSize = 6;
    }
}

/// <summary>The η* line at η/η* = 1 and, when the result has a bracket of η*, the bracket shaded; shared by the sweep plots.</summary>
internal static class EtaStarMarks
{
    public static void Add(Plot plot, SweepResult result, bool dashedLines)
    {
        if (result.Bracket is { } b)
        {
            var band = plot.Add.HorizontalSpan(b.Lower / result.EtaStar, b.Upper / result.EtaStar);
            band.FillStyle.Color = Colors.Gray.WithAlpha(0.25);
            band.LineStyle.Width = 0;
            band.LegendText = "η* bracket [" + G(b.Lower) + ", " + G(b.Upper) + "]";
        }
        var critical = plot.Add.VerticalLine(1.0);
        critical.LinePattern = dashedLines ? LinePattern.Dashed : LinePattern.Solid;
        critical.Color = Colors.Black;
        critical.LegendText = "η* = " + (result.EtaStarExact is { } exact ? exact + (exact.Contains('/') ? " ≈ " + G(result.EtaStar) : "") : G(result.EtaStar));
        var ratios = result.Rows.Select(r => r.Ratio).Append(1.0).ToArray();
        double pad = 0.05 * Math.Max(ratios.Max() - ratios.Min(), 0.1);
        plot.Axes.SetLimitsX(ratios.Min() - pad, ratios.Max() + pad);
    }

    private static string G(double v) => v.ToString("G5", CultureInfo.InvariantCulture);
}

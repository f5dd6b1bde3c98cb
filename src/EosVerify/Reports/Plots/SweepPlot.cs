using System.Globalization;
using EosVerify.Experiments;
using ScottPlot;

namespace EosVerify.Reports.Plots;

/// <summary>
/// Fraction of runs converging to a global minimum against η/η*, with 95% Wilson intervals, the diverged fraction, and
/// the critical step size η* as a dashed vertical line at η/η* = 1.
/// </summary>
public static class SweepPlot
{
    public static Plot Build(SweepResult result, string? title = null, bool dashedLines = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        var rows = result.Rows.OrderBy(r => r.Ratio).ToArray();
        double[] ratios = rows.Select(r => r.Ratio).ToArray();
        double[] converged = rows.Select(r => r.ConvergedFraction).ToArray();

        var fraction = plot.Add.Scatter(ratios, converged);
        fraction.LegendText = "converged to a global minimum";
        fraction.Color = Colors.SteelBlue;
        fraction.MarkerSize = 7;
        fraction.LineWidth = 2;

        var lower = rows.Select(r => r.ConvergedFraction - r.ConvergedInterval.Lower).ToArray();
        var upper = rows.Select(r => (r.Converged == 0 ? r.ConvergedUpperBound : r.ConvergedInterval.Upper) - r.ConvergedFraction).ToArray();
        var bars = plot.Add.ErrorBar(ratios, converged, upper);
        bars.YErrorNegative = lower;
        bars.Color = Colors.SteelBlue;

        var diverged = plot.Add.Scatter(ratios, rows.Select(r => (double)r.Diverged / r.Runs).ToArray());
        diverged.LegendText = "diverged";
        diverged.Color = Colors.OrangeRed;
        diverged.LinePattern = dashedLines ? LinePattern.Dotted : LinePattern.Solid;
        diverged.MarkerSize = 5;

        var critical = plot.Add.VerticalLine(1.0);
        critical.LinePattern = dashedLines ? LinePattern.Dashed : LinePattern.Solid;
        critical.Color = Colors.Black;
        critical.LegendText = "η* = " + result.EtaStar.ToString("G5", CultureInfo.InvariantCulture);

        plot.Axes.Bottom.Label.Text = "η / η*";
        plot.Axes.Left.Label.Text = "fraction of runs";
        plot.Axes.SetLimitsY(-0.05, 1.05);
        plot.Title(title ?? "Step-size sweep: " + rows.First().Runs.ToString(CultureInfo.InvariantCulture) + " runs per η (95% Wilson intervals)");
        plot.ShowLegend(Alignment.MiddleLeft);
        return plot;
    }

    public static void Save(SweepResult result, string path, string? title = null,
        int width = PlotFile.DefaultWidth, int height = PlotFile.DefaultHeight) =>
        PlotFile.Save(Build(result, title, dashedLines: !PlotFile.IsSvg(path)), path, width, height);
}

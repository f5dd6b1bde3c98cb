using System.Globalization;
using EosVerify.Experiments;
using ScottPlot;

namespace EosVerify.Reports.Plots;

/// <summary>
/// A GD trajectory on one figure: loss on a log scale (left axis, <see cref="LogTicks"/>) and sharpness (right axis)
/// with the stability threshold 2/η as a dashed horizontal line; steps are whole numbers. Points whose loss is
/// non-positive or non-finite are left out of the loss line; recorded points whose sharpness is not finite (a diverged
/// run) are drawn as red crosses on the 2/η line and named in the legend, never dropped silently. With the top K
/// eigenvalues recorded, λ_2…λ_K are drawn on the sharpness axis too.
/// </summary>
internal static class TrajectoryPlot
{
    public static Plot Build(SimulationResult result, string? title = null, bool dashedLines = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        var lossPoints = result.Points.Where(p => p.Loss > 0 && double.IsFinite(p.Loss)).ToArray();
        var loss = plot.Add.Scatter(lossPoints.Select(p => (double)p.Step).ToArray(), lossPoints.Select(p => Math.Log10(p.Loss)).ToArray());
        loss.LegendText = "loss (left, log scale)";
        loss.MarkerSize = 0;
        loss.LineWidth = 1.5f;
        loss.Color = Colors.SteelBlue;
        var logs = lossPoints.Select(p => Math.Log10(p.Loss)).ToArray();
        plot.Axes.Left.TickGenerator = logs.Length == 0 ? LogTicks.For(-1, 1) : LogTicks.For(logs.Min(), logs.Max());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.Label.Text = "loss";

        var sharpPoints = result.Points.Where(p => double.IsFinite(p.Sharpness)).ToArray();
        if (sharpPoints.Length > 0)
        {
            var sharpness = plot.Add.Scatter(sharpPoints.Select(p => (double)p.Step).ToArray(), sharpPoints.Select(p => p.Sharpness).ToArray());
            sharpness.LegendText = "sharpness λ_max(H) (right)";
            sharpness.MarkerSize = sharpPoints.Length < 3 ? 6 : 0;
            sharpness.LineWidth = 1.5f;
            sharpness.Color = Colors.OrangeRed;
            sharpness.Axes.YAxis = plot.Axes.Right;
        }
        int k = result.Points.Select(p => p.TopEigenvalues?.Count ?? 0).DefaultIfEmpty(0).Max();
        var palette = new[] { Colors.DarkGreen, Colors.Purple, Colors.DarkGoldenRod, Colors.Teal, Colors.Gray };
        for (int i = 1; i < k; i++)
        {
            int index = i;
            var with = result.Points.Where(p => p.TopEigenvalues is { } top && index < top.Count && double.IsFinite(top[index])).ToArray();
            if (with.Length == 0) continue;
            var line = plot.Add.Scatter(with.Select(p => (double)p.Step).ToArray(), with.Select(p => p.TopEigenvalues![index]).ToArray());
            line.LegendText = i == k - 1 && k > 6 ? $"λ_{i + 1} (right; λ_2…λ_{k} in grey and colour)" : $"λ_{i + 1} (right)";
            line.MarkerSize = with.Length < 3 ? 5 : 0;
            line.LineWidth = 1;
            line.Color = palette[(i - 1) % palette.Length];
            line.Axes.YAxis = plot.Axes.Right;
        }
        var missing = result.Points.Where(p => !double.IsFinite(p.Sharpness)).ToArray();
        if (missing.Length > 0 && (sharpPoints.Length > 0 || result.Outcome == RunOutcome.Diverged))
        {
            var crosses = plot.Add.Markers(missing.Select(p => (double)p.Step).ToArray(), missing.Select(_ => result.TwoOverEta).ToArray(),
                MarkerShape.Cross, 12, Colors.Red);
            crosses.Axes.YAxis = plot.Axes.Right;
            crosses.LegendText = "sharpness NaN (not finite) at step " + string.Join(", ", missing.Take(3).Select(p => p.Step.ToString(CultureInfo.InvariantCulture)))
                + (missing.Length > 3 ? ", … (" + missing.Length.ToString(CultureInfo.InvariantCulture) + " points)" : "");
        }
        var threshold = plot.Add.HorizontalLine(result.TwoOverEta);
        threshold.Axes.YAxis = plot.Axes.Right;
        threshold.LinePattern = dashedLines ? LinePattern.Dashed : LinePattern.Solid;
        threshold.Color = Colors.Black;
        threshold.LineWidth = 1.5f;
        threshold.LegendText = "2/η = " + result.TwoOverEta.ToString("G4", CultureInfo.InvariantCulture);
        plot.Axes.Right.Label.Text = "sharpness";
        plot.Axes.Bottom.Label.Text = "step";
        plot.Title(title ?? "Gradient descent, η = " + result.Eta.ToString("G4", CultureInfo.InvariantCulture) + " (" + Describe(result.Outcome) + ")");
        plot.ShowLegend(Alignment.MiddleRight);
        return plot;
    }

    public static void Save(SimulationResult result, string path, string? title = null,
        int width = PlotFile.DefaultWidth, int height = PlotFile.DefaultHeight) =>
        PlotFile.Save(Build(result, title, dashedLines: !PlotFile.IsSvg(path)), path, width, height);

    private static string Describe(RunOutcome outcome) => outcome switch
    {
        RunOutcome.Converged => "converged",
        RunOutcome.Diverged => "diverged",
        RunOutcome.Saddle => "stalled at a non-global critical point",
        _ => "not converged",
    };
}

using System.Globalization;
using EosVerify.Experiments;
using ScottPlot;

namespace EosVerify.Reports.Plots;

/// <summary>
/// ‖θ_t‖ against t on log–log axes for the runs of a saddle measurement that ended near θ = 0 (at most 40 drawn), with the
/// rate t^{−1/(L−2)} a convergence to θ = 0 would have, anchored at the median run's value at the first fitted step.
/// </summary>
internal static class SaddlePlot
{
    public const int MaxRuns = 40;

    public static Plot Build(SaddleReport report, double fitFrom, string? title = null, bool dashedLines = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var plot = new Plot();
        var near = report.NearOrigin.Take(MaxRuns).ToArray();
        var allLogs = new List<double>();
        foreach (var run in near)
        {
            var idx = Enumerable.Range(0, run.Steps.Count).Where(j => run.Steps[j] > 0 && run.ThetaNorms[j] > 0).ToArray();
            var line = plot.Add.Scatter(idx.Select(j => Math.Log10(run.Steps[j])).ToArray(), idx.Select(j => Math.Log10(run.ThetaNorms[j])).ToArray());
            line.MarkerSize = 0;
            line.LineWidth = 1;
            line.Color = Colors.SteelBlue.WithAlpha(0.45);
            allLogs.AddRange(idx.Select(j => Math.Log10(run.ThetaNorms[j])));
        }
        var steps = report.Runs[0].Steps;
        double t0 = Math.Max(1, fitFrom * steps[^1]), t1 = steps[^1];
        var anchors = near.Select(r => Interpolate(r, t0)).Where(double.IsFinite).OrderBy(v => v).ToArray();
        if (anchors.Length > 0)
        {
            double a = anchors[anchors.Length / 2];
            var reference = plot.Add.Line(Math.Log10(t0), a, Math.Log10(t1), a + report.ExpectedThetaExponent * (Math.Log10(t1) - Math.Log10(t0)));
            reference.Color = Colors.Black;
            reference.LineWidth = 2;
            reference.LinePattern = dashedLines ? LinePattern.Dashed : LinePattern.Solid;
            reference.LegendText = "convergence to 0 would be ‖θ‖ ∼ t^(" + G(report.ExpectedThetaExponent) + ")";
            allLogs.Add(a + report.ExpectedThetaExponent * (Math.Log10(t1) - Math.Log10(t0)));
        }
        var fitted = report.ThetaExponent;
        var legend = plot.Add.Scatter(Array.Empty<double>(), Array.Empty<double>());
        legend.Color = Colors.SteelBlue;
        legend.LegendText = $"{report.NearOrigin.Count} of {report.Runs.Count} runs near θ = 0 (drawn ≤ {MaxRuns}); fitted exponent median {G(fitted.Median)} [10–90%: {G(fitted.Q10)}, {G(fitted.Q90)}]";
        plot.Axes.Bottom.TickGenerator = LogTicks.For(0, Math.Log10(t1));
        plot.Axes.Left.TickGenerator = allLogs.Count == 0 ? LogTicks.For(-1, 1) : LogTicks.For(allLogs.Min(), allLogs.Max());
        plot.Axes.Bottom.Label.Text = "step t";
        plot.Axes.Left.Label.Text = "‖θ_t‖";
        plot.Title(title ?? "Runs near the saddle θ = 0, η = " + G(report.Eta / report.EtaStar) + "·η*");
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }

    private static double Interpolate(SaddleRun run, double t)
    {
        for (int j = 1; j < run.Steps.Count; j++)
            if (run.Steps[j] >= t && run.Steps[j - 1] > 0 && run.ThetaNorms[j] > 0 && run.ThetaNorms[j - 1] > 0)
            {
                double x0 = Math.Log10(run.Steps[j - 1]), x1 = Math.Log10(run.Steps[j]), f = (Math.Log10(t) - x0) / (x1 - x0);
                return Math.Log10(run.ThetaNorms[j - 1]) + f * (Math.Log10(run.ThetaNorms[j]) - Math.Log10(run.ThetaNorms[j - 1]));
            }
        return double.NaN;
    }

    private static string G(double v) => double.IsNaN(v) ? "–" : v.ToString("0.###", CultureInfo.InvariantCulture);
}

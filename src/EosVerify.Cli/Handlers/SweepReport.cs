using System.Globalization;
using System.Text.Json;
using EosVerify.Experiments;
using EosVerify.Reports;
using EosVerify.Reports.Plots;

namespace EosVerify.Cli;

/// <summary>
/// The report of a whole sweep, the same whether it ran in one piece or was merged from shards: a line with η* and
/// S_min (exact where known), then with --out DIR sweep.csv (per η), runs.csv (per run), sweep.png/svg (the four
/// classes) and phase-transition.png/svg (final gradient norm against η/η*); on stdout the table, or with --json the
/// <see cref="SweepResult"/> {"etaStar", "rows", …}.
/// </summary>
internal static class SweepReport
{
    public const string CsvFile = "sweep.csv";
    public const string RunsFile = "runs.csv";

    public static ExitCode Write(SweepResult result, string architecture, OutputSettings output, Terminal terminal)
    {
        int runs = result.Rows[0].Runs;
        terminal.Info($"η* = 2/S_min = {EtaStarText(result, "R")} (S_min = {MinSharpnessText(result, "R")}); {runs} runs × {result.Rows.Count} step sizes");
        var written = new List<string>();
        if (output.Folder is { } folder)
        {
            folder.WriteAllText(CsvFile, SweepCsv.ToCsv(result));
            folder.WriteAllText(RunsFile, SweepRunsCsv.ToCsv(result));
            written.Add(Path.Combine(folder.DisplayPath, CsvFile));
            written.Add(Path.Combine(folder.DisplayPath, RunsFile));
            foreach (var name in new[] { "sweep.png", "sweep.svg", "phase-transition.png", "phase-transition.svg" })
            {
                bool dashed = !PlotFile.IsSvg(name);
                var plot = name.StartsWith("sweep", StringComparison.Ordinal)
                    ? SweepPlot.Build(result, $"step-size sweep on {architecture}, {runs} runs per η", dashed)
                    : PhaseTransitionPlot.Build(result, $"final gradient norm on {architecture}, {runs} runs per η", dashed);
                folder.WriteAllBytes(name, PlotFile.Encode(plot, name));
                written.Add(Path.Combine(folder.DisplayPath, name));
            }
        }
        if (terminal.Format == OutputFormat.Json)
        {
            terminal.Result(JsonSerializer.Serialize(result, ReportJson.Indented));
            return ExitCode.Success;
        }
        terminal.Table($"sweep {architecture}, η* = {EtaStarText(result, "G6")}",
            ["ratio", "eta", "runs", "converged", "diverged", "saddle", "neither", "converged ≤ (95% one-sided Clopper–Pearson)", "‖∇L‖ median", "‖∇L‖ 10%", "‖∇L‖ 90%"],
            result.Rows.Select(r => (IReadOnlyList<string>)
            [
                G(r.Ratio), G(r.Eta), I(r.Runs), I(r.Converged), I(r.Diverged), I(r.Saddle), I(r.Neither), G(r.ConvergedUpperBound),
                Q(r.GradientNorm?.Median), Q(r.GradientNorm?.Q10), Q(r.GradientNorm?.Q90),
            ]));
        terminal.Result(written.Count == 0 ? "give --out DIR to save sweep.csv, runs.csv and the plots" : $"wrote {string.Join(", ", written)}");
        return ExitCode.Success;
    }

    private static string EtaStarText(SweepResult r, string format) => Exact(r.EtaStarExact, r.EtaStar, format);

    private static string MinSharpnessText(SweepResult r, string format) => Exact(r.MinSharpnessExact, r.MinSharpness, format);

    /// <summary>The exact value where known ("1/3", with "≈ 0.333333" beside a fraction), else the double.</summary>
    private static string Exact(string? exact, double value, string format) =>
        exact is null ? value.ToString(format, CultureInfo.InvariantCulture)
        : exact.Contains('/') ? exact + " ≈ " + value.ToString("G6", CultureInfo.InvariantCulture) : exact;

    private static string G(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    private static string Q(double? v) => v is { } x && !double.IsNaN(x) ? x.ToString("G3", CultureInfo.InvariantCulture) : "–";

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}

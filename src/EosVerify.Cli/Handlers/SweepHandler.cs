using System.Globalization;
using System.Text.Json;
using EosVerify.Experiments;
using EosVerify.Networks;
using EosVerify.Numerics;
using LibrarySweepOptions = EosVerify.Experiments.SweepOptions;

namespace EosVerify.Cli;

/// <summary>
/// <c>eosverify sweep</c>: η* = 2/S_min (<see cref="MinSharpness"/>, restarts seeded by --seed), then
/// <see cref="StepSizeSweep"/> one ratio at a time (for the progress bar; each run depends only on seed, run index
/// and η, so this equals one sweep over all ratios). Writes DIR/sweep.csv with --out; --json prints exactly
/// {"etaStar": …, "rows": [{"eta", "ratio", "runs", "converged", "diverged", "saddle", "neither"}]}.
/// </summary>
internal static class SweepHandler
{
    public const string CsvFile = "sweep.csv";

    public static ExitCode Run(SweepOptions options, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(terminal);
        var problem = options.Problem;
        var ratios = new double[options.Ratios.Count];
        for (int i = 0; i < ratios.Length; i++)
        {
            ratios[i] = options.Ratios[i].ToDouble();
            if (!double.IsNormal(ratios[i]) || ratios[i] > 1e300)
                throw new InputException($"--ratios[{i}]", $"is {options.Ratios[i]}; expected a ratio between 1e-300 and 1e300");
        }

        var numeric = new NumericProblem(problem);
        var minimum = terminal.WithProgress("S_min over the minimisers", _ => MinSharpness.Find(numeric, new MinSharpnessOptions(Seed: options.Seed)));
        double etaStar = minimum.CriticalEta;
        if (!double.IsFinite(etaStar) || !(etaStar > 0))
            throw new InputException("sweep", $"η* = 2/S_min is not a finite positive number here (S_min = {minimum.Value.ToString("R", CultureInfo.InvariantCulture)}, e.g. W* = 0), so step sizes as multiples of η* are undefined");
        if (problem.Eta is not null || problem.Theta is not null)
            terminal.Warning("sweep ignores the problem's η and θ: its step sizes are --ratios × η* and its starts are random (--seed, --scale)");
        terminal.Info(FormattableString.Invariant($"η* = 2/S_min = {etaStar:R} (S_min = {minimum.Value:R}); {options.Runs} runs × {ratios.Length} step sizes"));

        var rows = terminal.WithProgress($"sweep, {options.Runs} runs per step size", progress =>
        {
            var collected = new List<SweepRow>();
            for (int i = 0; i < ratios.Length; i++)
            {
                var oneRatio = new LibrarySweepOptions
                {
                    Ratios = [ratios[i]],
                    Runs = options.Runs,
                    Steps = options.Steps,
                    InitScale = options.Scale,
                    Seed = options.Seed,
                    Tolerance = options.Tolerance,
                    CriticalEta = etaStar,
                };
                collected.Add(StepSizeSweep.Run(numeric, oneRatio).Rows[0]);
                progress.Report((i + 1.0) / ratios.Length);
            }
            return collected;
        });
        var result = new SweepResult(etaStar, rows);

        var written = new List<string>();
        if (options.Output.Folder is { } folder)
        {
            folder.WriteAllText(CsvFile, SweepCsv.ToCsv(result));
            written.Add(Path.Combine(folder.DisplayPath, CsvFile));
            foreach (var name in new[] { "sweep.png", "sweep.svg" })
            {
                var plot = Reports.Plots.SweepPlot.Build(result, $"step-size sweep on {problem.Architecture}, {options.Runs} runs per η", dashedLines: !Reports.Plots.PlotFile.IsSvg(name));
                folder.WriteAllBytes(name, Reports.Plots.PlotFile.Encode(plot, name));
                written.Add(Path.Combine(folder.DisplayPath, name));
            }
        }
        if (terminal.Format == OutputFormat.Json)
        {
            terminal.Result(JsonSerializer.Serialize(result));
            return ExitCode.Success;
        }
        terminal.Table(FormattableString.Invariant($"sweep {problem.Architecture}, η* = {etaStar:G6}"),
            ["ratio", "eta", "runs", "converged", "diverged", "saddle", "neither", "converged 95% upper"],
            result.Rows.Select(r => (IReadOnlyList<string>)
            [
                G(r.Ratio), G(r.Eta), I(r.Runs), I(r.Converged), I(r.Diverged), I(r.Saddle), I(r.Neither), G(r.ConvergedUpperBound),
            ]));
        terminal.Result(written.Count == 0 ? "give --out DIR to save sweep.csv and its plots" : $"wrote {string.Join(", ", written)}");
        return ExitCode.Success;
    }

    private static string G(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.Json.Nodes;
using EosVerify.Experiments;
using EosVerify.Numerics;
using EosVerify.Reports;
using EosVerify.Reports.Plots;

namespace EosVerify.Cli;

/// <summary>
/// <c>eosverify sweep saddle</c>: K runs at η = ratio·η* (L ≥ 3), ‖θ_t‖ and ‖∇L‖ at log-spaced steps, and for the runs
/// that end near θ = 0 the fitted decay exponents against the t^{−1/(L−2)} a convergence to 0 would have. Writes
/// DIR/saddle.csv and DIR/saddle.png/svg with --out; prints a summary table, or JSON with --json.
/// </summary>
internal static class SaddleHandler
{
    public const string CsvFile = "saddle.csv";

    public static ExitCode Run(SaddleCommandOptions options, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(terminal);
        var problem = options.Problem;
        var numeric = new NumericProblem(problem, MatrixKernels.Resolve(options.Kernels, "--kernels"));
        double etaStar = SweepCriticalEta.Find(problem, numeric, options.Seed, terminal, "sweep saddle").EtaStar;
        var saddleOptions = new SaddleOptions
        {
            Ratio = options.Ratio,
            Runs = options.Runs,
            Steps = options.Steps,
            InitScale = options.Scale,
            Seed = options.Seed,
            Tolerance = options.Tolerance,
            CriticalEta = etaStar,
        };
        var report = terminal.WithProgress($"saddle runs, η = {G(options.Ratio)}·η*, {options.Runs} runs × {options.Steps} steps",
            progress => SaddleMeasurement.Run(numeric, saddleOptions, progress));

        var written = new List<string>();
        if (options.Output.Folder is { } folder)
        {
            folder.WriteAllText(CsvFile, SaddleCsv.ToCsv(report));
            written.Add(Path.Combine(folder.DisplayPath, CsvFile));
            foreach (var name in new[] { "saddle.png", "saddle.svg" })
            {
                var plot = SaddlePlot.Build(report, saddleOptions.FitFrom, $"runs near θ = 0 on {problem.Architecture}, η = {G(options.Ratio)}·η*", !PlotFile.IsSvg(name));
                folder.WriteAllBytes(name, PlotFile.Encode(plot, name));
                written.Add(Path.Combine(folder.DisplayPath, name));
            }
        }
        var summary = Summary(problem.Architecture.ToString(), report, saddleOptions);
        if (terminal.Format == OutputFormat.Json)
        {
            terminal.Result(summary.ToJsonString(ReportJson.Indented));
            return ExitCode.Success;
        }
        terminal.Table($"saddle runs {problem.Architecture}", ["quantity", "value"],
            summary.Where(p => p.Value is JsonValue).Select(p => (IReadOnlyList<string>)[p.Key, Text(p.Value!)]));
        terminal.Result(written.Count == 0 ? "give --out DIR to save saddle.csv and its plot" : $"wrote {string.Join(", ", written)}");
        return ExitCode.Success;
    }

    private static JsonObject Summary(string architecture, SaddleReport report, SaddleOptions options)
    {
        var theta = report.ThetaExponent;
        var gradient = report.GradientExponent;
        return new JsonObject
        {
            ["architecture"] = architecture,
            ["eta"] = ExactJson.Number(report.Eta),
            ["etaStar"] = ExactJson.Number(report.EtaStar),
            ["runs"] = report.Runs.Count,
            ["steps"] = options.Steps,
            ["converged"] = report.Count(RunOutcome.Converged),
            ["diverged"] = report.Count(RunOutcome.Diverged),
            ["saddle"] = report.Count(RunOutcome.Saddle),
            ["neither"] = report.Count(RunOutcome.Neither),
            ["nearOrigin"] = report.NearOrigin.Count,
            ["nearOriginFraction"] = ExactJson.Number(report.NearOriginFraction),
            ["originRadius"] = ExactJson.Number(report.OriginRadius),
            ["fitFromStep"] = (int)Math.Ceiling(options.FitFrom * options.Steps),
            ["expectedThetaExponent"] = ExactJson.Number(report.ExpectedThetaExponent),
            ["thetaExponentMedian"] = ExactJson.Number(theta.Median),
            ["thetaExponentQ10"] = ExactJson.Number(theta.Q10),
            ["thetaExponentQ90"] = ExactJson.Number(theta.Q90),
            ["expectedGradientExponent"] = ExactJson.Number(report.ExpectedGradientExponent),
            ["gradientExponentMedian"] = ExactJson.Number(gradient.Median),
            ["gradientExponentQ10"] = ExactJson.Number(gradient.Q10),
            ["gradientExponentQ90"] = ExactJson.Number(gradient.Q90),
            ["escaping"] = report.Escaping,
        };
    }

    private static string G(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    private static string Text(JsonNode node) =>
        node is JsonValue value && value.TryGetValue(out double d) ? d.ToString("G6", CultureInfo.InvariantCulture) : node.ToJsonString().Trim('"');
}

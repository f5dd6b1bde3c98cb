using System.Globalization;
using System.Text.Json.Nodes;
using EosVerify.Reports.Evaluation;

namespace EosVerify.Cli;

/// <summary>
/// <c>eosverify evaluate</c>: builds the evaluation report (<see cref="EvaluationReport"/>) at the problem's θ and η.
/// Without --out the JSON is the whole of stdout; with --out it goes to DIR/evaluate.json (atomically) and stdout
/// gets the JSON again with --json, else a summary table and the file name. No SMT solver is used.
/// </summary>
internal static class EvaluateHandler
{
    public const string FileName = "evaluate.json";

    public static ExitCode Run(EvaluateOptions options, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(terminal);
        var settings = new EvaluationOptions { Seed = options.Seed };
        var report = terminal.WithProgress("evaluating", _ => EvaluationReport.Build(options.Problem, settings));
        string text = EvaluationReport.ToJsonText(report);
        if (options.Output.Folder is not { } folder)
        {
            terminal.Result(text.TrimEnd('\n'));
            return ExitCode.Success;
        }
        folder.WriteAllText(FileName, text);
        if (terminal.Format == OutputFormat.Json)
        {
            terminal.Result(text.TrimEnd('\n'));
            return ExitCode.Success;
        }
        terminal.Table($"evaluate {report["architecture"]}", ["quantity", "value"], SummaryRows(report));
        terminal.Result($"wrote {Path.Combine(folder.DisplayPath, FileName)}");
        return ExitCode.Success;
    }

    private static IEnumerable<IReadOnlyList<string>> SummaryRows(JsonObject report)
    {
        foreach (string key in new[] { "parameters", "samples", "eta", "loss", "sharpness", "gdJacobianDeterminant", "minSharpness", "criticalEta" })
            yield return [key, Text(report[key])];
        yield return ["minimizerManifold.dimension", Text(report["minimizerManifold"]?["dimension"])];
        yield return ["minimizerManifold.sharpnessAtPoint", Text(report["minimizerManifold"]?["sharpnessAtPoint"])];
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "—",
        JsonValue value when value.TryGetValue(out double d) => d.ToString("G10", CultureInfo.InvariantCulture),
        _ => node.ToJsonString().Trim('"'),
    };
}

using System.Globalization;
using System.Text.Json.Nodes;
using EosVerify.Evaluation;

namespace EosVerify.Cli;

/// <summary>
/// <c>eosverify evaluate</c>: builds the evaluation report (<see cref="EvaluationReport"/>) at the problem's θ and η.
/// Without --out the JSON is the whole of stdout; with --out it goes to DIR/evaluate.json (atomically) and stdout
/// gets the JSON again with --json, else a summary table and the file name. No SMT solver is used.
/// --budget (default 60 s) drives the report's cost model (<see cref="Numerics.WorkBudget"/>): the S_min search gets
/// its share and a stage beyond the budget is written as null with a "size limit" method, so the same inputs give the
/// same JSON on any machine. Only as a safety net the evaluation runs on a background thread under a wall clock of
/// <see cref="SafetyFactor"/> times the budget (at least <see cref="MinimumSafetyNet"/>): if a cost model is ever wrong, the command stops with one
/// "size limit" line and exit code 3, writes nothing, and the process exit ends the abandoned computation.
/// (A caller running the CLI in-process keeps that thread until it finishes.)
/// </summary>
internal static class EvaluateHandler
{
    public const string FileName = "evaluate.json";

    public static readonly TimeSpan DefaultBudget = Numerics.WorkBudget.DefaultTime;

    /// <summary>The wall-clock safety net is this many budgets (the cost model keeps a correct run well inside one)…</summary>
    public const int SafetyFactor = 4;

    /// <summary>…and never less than this: the stages outside the cost model (loss, gradient, Hessian) need their seconds even at a tiny budget.</summary>
    public static readonly TimeSpan MinimumSafetyNet = TimeSpan.FromSeconds(60);

    public static ExitCode Run(EvaluateOptions options, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(terminal);
        var budget = options.Budget ?? DefaultBudget;
        var settings = new EvaluationOptions { Seed = options.Seed, Budget = new Numerics.WorkBudget(budget) };
        var report = terminal.WithProgress("evaluating", _ => WithinBudget(() => EvaluationReport.Build(options.Problem, settings), SafetyNet(budget)));
        if (report is null)
        {
            var problem = options.Problem;
            terminal.Warning(string.Create(CultureInfo.InvariantCulture,
                $"size limit: evaluating {problem.Architecture} (P = {problem.ParameterCount}) did not finish within {SafetyNet(budget).TotalSeconds:0} s (the safety net for a budget of {budget.TotalSeconds:0.###} s); nothing was written; raise it with --budget"));
            return ExitCode.Inconclusive;
        }
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

    private static TimeSpan SafetyNet(TimeSpan budget) => budget * SafetyFactor > MinimumSafetyNet ? budget * SafetyFactor : MinimumSafetyNet;

    /// <summary>The work's result, or null when it has not finished within <paramref name="budget"/> (it is then abandoned).</summary>
    private static JsonObject? WithinBudget(Func<JsonObject> work, TimeSpan budget)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished = Task.WhenAny(task, Task.Delay(budget)).GetAwaiter().GetResult() == task;
        return finished ? task.GetAwaiter().GetResult() : null; // rethrows the work's own exception (an input error stays one)
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

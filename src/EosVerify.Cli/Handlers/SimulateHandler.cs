using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EosVerify.Experiments;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Reports;

namespace EosVerify.Cli;

/// <summary>
/// <c>eosverify simulate</c>: one GD trajectory (<see cref="GradientDescentRunner"/>) from the problem's θ, or from
/// θ_i = scale·N(0,1) seeded by --seed; writes DIR/trajectory.csv with --out; prints a summary (table, or JSON with
/// --json). A diverging run is a result, not an error: the exit code is 0 whenever the run completed.
/// </summary>
internal static class SimulateHandler
{
    public const string TrajectoryFile = "trajectory.csv";

    public static ExitCode Run(SimulateOptions options, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(terminal);
        var problem = options.Problem;
        if (problem.Eta is not { } eta)
            throw new InputException("--eta", "is required by simulate: give the step size with --eta ETA (or \"eta\" in the problem file)");
        double step = eta.ToDouble();
        if (!double.IsNormal(step) || step > 1e300)
            throw new InputException("--eta", $"is {eta}; expected a step size between 1e-300 and 1e300");
        if (options.Demo)
            terminal.Info($"no problem given: running the Edge-of-Stability demo ({problem.Architecture}, η = {eta}; see eosverify simulate --help)");

        var numeric = new NumericProblem(problem, MatrixKernels.Resolve(options.Kernels, "--kernels"));
        if (options.TopK > numeric.ParameterCount)
            throw new InputException("--top-k", $"is {options.TopK}; the Hessian of {problem.Architecture} has only P = {numeric.ParameterCount} eigenvalues");
        var simulation = new SimulationOptions(step, options.Steps, options.Every, options.Scale, options.Seed, options.UntilConverged,
            options.Tolerance, InitialTheta: problem.Theta?.Select(v => v.ToDouble()).ToArray(), TopK: options.TopK);
        var result = terminal.WithProgress(FormattableString.Invariant($"gradient descent, η = {step:R}, {options.Steps} steps"),
            progress => GradientDescentRunner.Simulate(numeric, simulation, progress));

        var files = new List<string>();
        if (options.Output.Folder is { } folder)
        {
            folder.WriteAllText(TrajectoryFile, TrajectoryCsv.ToCsv(result));
            files.Add(TrajectoryFile);
            foreach (var name in new[] { "trajectory.png", "trajectory.svg" })
            {
                var plot = Reports.Plots.TrajectoryPlot.Build(result, $"GD on {problem.Architecture}, η = {step:G4}", dashedLines: !Reports.Plots.PlotFile.IsSvg(name));
                folder.WriteAllBytes(name, Reports.Plots.PlotFile.Encode(plot, name));
                files.Add(name);
            }
        }
        var summary = Summary(problem, options, result, files);
        if (terminal.Format == OutputFormat.Json)
        {
            terminal.Result(summary.ToJsonString(ReportJson.Indented));
            return ExitCode.Success;
        }
        terminal.Table($"simulate {problem.Architecture}", ["quantity", "value"],
            summary.Where(p => p.Value is JsonValue).Select(p => (IReadOnlyList<string>)[p.Key, Text(p.Value!)]));
        terminal.Result(files.Count == 0
            ? $"{Outcome(result.Outcome)} after {result.StepsTaken} steps (give --out DIR to save the trajectory)"
            : $"{Outcome(result.Outcome)} after {result.StepsTaken} steps; wrote {string.Join(", ", files.Select(f => Path.Combine(options.Output.Folder!.DisplayPath, f)))}");
        return ExitCode.Success;
    }

    private static JsonObject Summary(Problem problem, SimulateOptions options, SimulationResult result, List<string> files)
    {
        var points = result.Points;
        var sharpness = points.Select(p => p.Sharpness).Where(double.IsFinite).ToArray();
        return new JsonObject
        {
            ["architecture"] = problem.Architecture.ToString(),
            ["demo"] = options.Demo,
            ["eta"] = ExactJson.Number(result.Eta),
            ["twoOverEta"] = ExactJson.Number(result.TwoOverEta),
            ["seed"] = options.Seed,
            ["thetaGiven"] = problem.Theta is not null,
            ["steps"] = options.Steps,
            ["stepsTaken"] = result.StepsTaken,
            ["outcome"] = Outcome(result.Outcome),
            ["optimalLoss"] = ExactJson.Number(result.OptimalLoss),
            ["initialLoss"] = ExactJson.Number(points[0].Loss),
            ["finalLoss"] = ExactJson.Number(points[^1].Loss),
            ["finalGradientNorm"] = ExactJson.Number(points[^1].GradientNorm),
            ["initialSharpness"] = ExactJson.Number(points[0].Sharpness),
            ["finalSharpness"] = ExactJson.Number(points[^1].Sharpness),
            ["maxSharpness"] = sharpness.Length == 0 ? null : ExactJson.Number(sharpness.Max()),
            ["topK"] = options.TopK,
            ["recordedPoints"] = points.Count,
            ["files"] = new JsonArray(files.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
        };
    }

    internal static string Outcome(RunOutcome outcome) => outcome.ToString().ToLowerInvariant();

    private static string Text(JsonNode node) =>
        node is JsonValue value && value.TryGetValue(out double d) ? d.ToString("G10", CultureInfo.InvariantCulture) : node.ToJsonString().Trim('"');
}

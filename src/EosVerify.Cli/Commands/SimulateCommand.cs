using System.CommandLine;
using System.Globalization;
using EosVerify.Experiments;
using EosVerify.Networks;

namespace EosVerify.Cli.Commands;

/// <summary><c>eosverify simulate</c>: a GD trajectory with loss and sharpness (Edge of Stability).</summary>
internal static class SimulateCommand
{
    public const string Name = "simulate";
    public const int DefaultSteps = 2000;
    public const int DefaultEvery = 10;
    public const string DefaultTolerance = "1e-8";
    public const int MaxSteps = 100_000_000;
    public const int MaxTopK = 100;

    private const string Description =
        "Run gradient descent and record loss and sharpness (largest Hessian eigenvalue) along the way; writes a CSV " +
        "and a plot with the 2/η line to --out. With no problem options it runs the Edge-of-Stability demo " +
        "(EdgeOfStabilityPreset: its problem, η, start and steps; --steps, --every, --scale and --seed still override).";

    public static IReadOnlyList<string> Examples { get; } =
    [
        "eosverify simulate --out eos-demo",
        "eosverify simulate --arch 2-3-1 --eta 0.2 --steps 5000 --out run",
        "eosverify simulate --problem problem.json --until-converged --tolerance 1e-10 --out run",
        "eosverify simulate --top-k 5 --out eos-top5",
    ];

    public static Command Create(CliContext context)
    {
        var problem = new ProblemOptionGroup();
        var output = new OutputOptionGroup();
        var steps = WholeNumberOptions.Int("--steps", "GD steps (the cap with --until-converged; the demo has its own).", "N", DefaultSteps, 1, MaxSteps);
        var every = WholeNumberOptions.Int("--every", "Record every this many steps.", "K", DefaultEvery, 1, MaxSteps);
        var scale = InitialScaleOption.Create("Scale S of the random initialisation θ_i = S·N(0,1) when no θ is given.");
        var untilConverged = new Option<bool>("--until-converged") { Description = "Stop once the gradient norm is below --tolerance." };
        var tolerance = new Option<string>("--tolerance") { Description = "Gradient-norm tolerance for convergence.", HelpName = "TOL", DefaultValueFactory = _ => DefaultTolerance };
        var topK = new Option<int>("--top-k") { Description = "Record the top K Hessian eigenvalues at each recorded step (Lanczos, warm-started from the previous step's vectors).", HelpName = "K", DefaultValueFactory = _ => 1 };
        var kernels = KernelsOption.Create();
        var command = new Command(Name, Description);
        problem.AddTo(command);
        foreach (var option in new Option[] { steps, every, scale, untilConverged, tolerance, topK, kernels }) command.Options.Add(option);
        output.AddTo(command);
        command.SetAction(result =>
        {
            var request = problem.Read(result);
            var resolved = ProblemResolver.Resolve(request, allowNone: true);
            bool demo = resolved is null;
            bool Given(Option option) => result.GetResult(option) is { Implicit: false };
            int stepCount = OptionValues.WholeNumber(result.GetValue(steps), "--steps", 1, MaxSteps);
            int recordEvery = OptionValues.WholeNumber(result.GetValue(every), "--every", 1, MaxSteps);
            double initScale = OptionValues.PositiveDouble(result.GetValue(scale) ?? InitialScaleOption.Default, "--scale");
            double tol = OptionValues.PositiveDouble(result.GetValue(tolerance) ?? DefaultTolerance, "--tolerance");
            int k = OptionValues.WholeNumber(result.GetValue(topK), "--top-k", 1, MaxTopK);
            var kernelChoice = KernelsOption.Read(result, kernels);
            var outputSettings = output.Read(result, request.InputFiles);
            SimulateOptions options;
            if (demo)
            {
                var preset = EdgeOfStabilityPreset.Options();
                var presetEta = ExactNumber.Parse(preset.Eta.ToString("R", CultureInfo.InvariantCulture), "eta"); // 0.085 → 17/200
                options = new SimulateOptions(EdgeOfStabilityPreset.Problem().WithEta(presetEta), request.Seed ?? preset.Seed,
                    Given(steps) ? stepCount : preset.Steps, Given(every) ? recordEvery : preset.RecordEvery,
                    Given(scale) ? initScale : preset.InitScale, result.GetValue(untilConverged), tol, outputSettings, Demo: true, TopK: k, Kernels: kernelChoice);
            }
            else
                options = new SimulateOptions(resolved!, request.Seed ?? GeneratedDataDefaults.Seed, stepCount, recordEvery,
                    initScale, result.GetValue(untilConverged), tol, outputSettings, TopK: k, Kernels: kernelChoice);
            return (int)context.Handlers.Simulate(options, context.TerminalFor(outputSettings));
        });
        return command;
    }
}

using System.CommandLine;
using EosVerify.Experiments;
using EosVerify.Networks;

namespace EosVerify.Cli.Commands;

/// <summary><c>eosverify sweep</c>: the fraction of random initialisations that converge, per step size around η*.</summary>
internal static class SweepCommand
{
    public const string Name = "sweep";
    public const int DefaultRuns = 100;
    public const int DefaultSteps = 2000;
    public const string DefaultRatios = "0.5,0.8,0.9,0.95,1.05,1.1,1.25,2";
    public const string DefaultTolerance = "1e-8";
    public const int MaxRuns = 1_000_000;
    public const int MaxRatios = 10_000;

    private const string Description =
        "Run GD from --runs random initialisations at each step size η = ratio·η* and report the fractions that " +
        "converge to a global minimum, diverge, stall near another critical point, or none of these; writes a CSV " +
        "and a plot to --out.";

    public static IReadOnlyList<string> Examples { get; } =
    [
        "eosverify sweep --arch 1-1-1 --runs 200 --ratios \"0.5,0.9,1.1,2\" --out sweep",
        "eosverify sweep --problem problem.json --steps 10000 --seed 3 --json",
        "eosverify sweep --arch 5-4-3-1 --runs 200 --shard 0/8 --out shards   (then: eosverify sweep merge shards/shard-*.json --out sweep)",
    ];

    public static Command Create(CliContext context)
    {
        var problem = new ProblemOptionGroup(eta: false, theta: false);
        var output = new OutputOptionGroup();
        var runs = WholeNumberOptions.Int("--runs", "Random initialisations per step size.", "K", DefaultRuns, 1, MaxRuns);
        var steps = WholeNumberOptions.Int("--steps", "GD steps per run.", "N", DefaultSteps, 1, SimulateCommand.MaxSteps);
        var ratios = new Option<string>("--ratios") { Description = "Step sizes as multiples of η*, comma separated, exact, each > 0.", HelpName = "\"r1,r2,...\"", DefaultValueFactory = _ => DefaultRatios };
        var tolerance = new Option<string>("--tolerance") { Description = "Gradient-norm tolerance for convergence.", HelpName = "TOL", DefaultValueFactory = _ => DefaultTolerance };
        var scale = InitialScaleOption.Create("Scale S of the random initialisations θ_i = S·N(0,1).");
        var kernels = KernelsOption.Create();
        var shard = new Option<string?>("--shard") { Description = "Run only part K of N (0 ≤ K < N; runs g ≡ K mod N) and write DIR/shard-K-of-N.json for 'sweep merge'.", HelpName = "K/N" };
        var command = new Command(Name, Description);
        problem.AddTo(command);
        foreach (var option in new Option[] { runs, steps, ratios, tolerance, scale, shard, kernels }) command.Options.Add(option);
        output.AddTo(command);
        command.SetAction(result =>
        {
            var request = problem.Read(result);
            var resolved = ProblemResolver.Resolve(request, allowNone: false)!;
            int runCount = OptionValues.WholeNumber(result.GetValue(runs), "--runs", 1, MaxRuns);
            int stepCount = OptionValues.WholeNumber(result.GetValue(steps), "--steps", 1, SimulateCommand.MaxSteps);
            var ratioList = OptionValues.PositiveList(result.GetValue(ratios) ?? DefaultRatios, "--ratios", MaxRatios);
            double tol = OptionValues.PositiveDouble(result.GetValue(tolerance) ?? DefaultTolerance, "--tolerance");
            double initScale = OptionValues.PositiveDouble(result.GetValue(scale) ?? InitialScaleOption.Default, "--scale");
            var part = result.GetValue(shard) is { } shardText ? ShardSpec.Parse(shardText) : (ShardSpec?)null;
            var kernelChoice = KernelsOption.Read(result, kernels);
            var outputSettings = output.Read(result, request.InputFiles);
            var options = new SweepOptions(resolved, request.Seed ?? GeneratedDataDefaults.Seed, runCount, stepCount, ratioList, tol, outputSettings, initScale, part,
                Kernels: kernelChoice);
            return (int)context.Handlers.Sweep(options, context.TerminalFor(outputSettings));
        });
        command.Subcommands.Add(CreateMerge(context));
        command.Subcommands.Add(CreateSaddle(context));
        return command;
    }

    /// <summary><c>eosverify sweep saddle</c>: runs near the non-strict saddle θ = 0 measured.</summary>
    private static Command CreateSaddle(CliContext context)
    {
        var problem = new ProblemOptionGroup();
        var output = new OutputOptionGroup();
        var ratio = new Option<string>("--ratio") { Description = "η as a multiple of η*.", HelpName = "R", DefaultValueFactory = _ => "2" };
        var runs = WholeNumberOptions.Int("--runs", "Random initialisations, the sweep's starts.", "K", 100, 1, MaxRuns);
        var steps = WholeNumberOptions.Int("--steps", "GD steps per run.", "N", 1_000_000, 10, SimulateCommand.MaxSteps);
        var tolerance = new Option<string>("--tolerance") { Description = "Gradient-norm tolerance of the classes.", HelpName = "TOL", DefaultValueFactory = _ => DefaultTolerance };
        var scale = InitialScaleOption.Create("Scale S of the random initialisations θ_i = S·N(0,1).");
        var kernels = KernelsOption.Create();
        var command = new Command("saddle",
            "For depth L ≥ 3 and η > η*: record ‖θ_t‖ and ‖∇L‖ at log-spaced steps of K runs and fit, for the runs that end near " +
            "θ = 0, the decay exponent against the t^(−1/(L−2)) a convergence to θ = 0 would have.");
        problem.AddTo(command);
        foreach (var option in new Option[] { ratio, runs, steps, tolerance, scale, kernels }) command.Options.Add(option);
        output.AddTo(command);
        command.SetAction(result =>
        {
            var request = problem.Read(result);
            var resolved = ProblemResolver.Resolve(request, allowNone: false)!;
            double r = OptionValues.PositiveDouble(result.GetValue(ratio) ?? "2", "--ratio");
            int runCount = OptionValues.WholeNumber(result.GetValue(runs), "--runs", 1, MaxRuns);
            int stepCount = OptionValues.WholeNumber(result.GetValue(steps), "--steps", 10, SimulateCommand.MaxSteps);
            double tol = OptionValues.PositiveDouble(result.GetValue(tolerance) ?? DefaultTolerance, "--tolerance");
            double initScale = OptionValues.PositiveDouble(result.GetValue(scale) ?? InitialScaleOption.Default, "--scale");
            if (resolved.Architecture.Depth < 3)
                throw new InputException("--arch", $"is {resolved.Architecture} (depth {resolved.Architecture.Depth}); θ = 0 is a non-strict saddle only for depth L ≥ 3");
            var kernelChoice = KernelsOption.Read(result, kernels);
            var outputSettings = output.Read(result, request.InputFiles);
            var options = new SaddleCommandOptions(resolved, request.Seed ?? GeneratedDataDefaults.Seed, r, runCount, stepCount, tol, initScale, outputSettings, kernelChoice);
            return (int)context.Handlers.Saddle(options, context.TerminalFor(outputSettings));
        });
        return command;
    }

    /// <summary><c>eosverify sweep merge FILES…</c>.</summary>
    private static Command CreateMerge(CliContext context)
    {
        var output = new OutputOptionGroup();
        var files = new Argument<string[]>("FILES") { Description = "Every shard file of one sweep (sweep --shard K/N), each once, in any order.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Combine the shard files of a sweep into its report, byte for byte what the unsharded sweep writes.");
        command.Arguments.Add(files);
        output.AddTo(command);
        command.SetAction(result =>
        {
            var paths = result.GetValue(files) ?? [];
            var outputSettings = output.Read(result, paths);
            return (int)context.Handlers.SweepMerge(new SweepMergeOptions(paths, outputSettings), context.TerminalFor(outputSettings));
        });
        return command;
    }
}

using System.CommandLine;
using EosVerify.Networks;

namespace EosVerify.Cli.Commands;

/// <summary><c>eosverify sweep</c>: the fraction of random initialisations that converge, per step size around η*.</summary>
public static class SweepCommand
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
        var command = new Command(Name, Description);
        problem.AddTo(command);
        foreach (var option in new Option[] { runs, steps, ratios, tolerance, scale }) command.Options.Add(option);
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
            var outputSettings = output.Read(result, request.InputFiles);
            var options = new SweepOptions(resolved, request.Seed ?? GeneratedDataDefaults.Seed, runCount, stepCount, ratioList, tol, outputSettings, initScale);
            return (int)context.Handlers.Sweep(options, context.TerminalFor(outputSettings));
        });
        return command;
    }
}

using System.CommandLine;

namespace EosVerify.Cli.Commands;

/// <summary><c>eosverify check</c>: T1–T4 on a problem, or on the embedded default suite when none is given.</summary>
internal static class CheckCommand
{
    public const string Name = "check";

    private const string Description =
        "Check theorems T1-T4 (non-singular GD map, minimizer manifold, bounded stable minima, large-step instability) " +
        "on a problem, or on the embedded default suite when no problem is given. " +
        "Writes report.json, report.md, report.tex, timings.json and the SMT certificates to --out " +
        $"(default ./{DefaultOutputFolder}). " +
        "Exit code: 0 all hold, 1 a claim is violated, 2 usage or input error, 3 inconclusive, 70 internal error (a bug).";

    public const string DefaultOutputFolder = "eosverify-report";

    public static IReadOnlyList<string> Examples { get; } =
    [
        "eosverify check",
        "eosverify check --arch 2-3-1 --samples 20 --seed 7 --eta 0.1 --out results",
        "eosverify check --problem problem.json --solver cvc5 --rlimit 5000000 --json",
        "eosverify check --arch 1-1-1-1 --samples 8 --eta 0.01 --claimed-min-sharpness 12.5",
    ];

    public static Command Create(CliContext context)
    {
        var problem = new ProblemOptionGroup(theta: false);
        var solver = new SolverOptionGroup();
        var output = new OutputOptionGroup(verdictExitCode: true);
        var claimedMinSharpness = new Option<string?>("--claimed-min-sharpness")
        {
            Description = "A claimed lower bound on the sharpness over the global minimizers; T4 reports it violated with an exact point if some minimum is flatter.",
            HelpName = "S",
        };
        var claimedRadius = new Option<string?>("--claimed-radius")
        {
            Description = "A claimed radius R(η) of the stable minima; T3 reports it violated with an exact stable minimum farther out.",
            HelpName = "R",
        };
        var budget = new BudgetOption("60", "each check (T1-T4), counted as 10^8 operations per second whatever the machine");
        var command = new Command(Name, Description);
        problem.AddTo(command);
        solver.AddTo(command);
        output.AddTo(command);
        command.Options.Add(claimedMinSharpness);
        command.Options.Add(claimedRadius);
        command.Options.Add(budget.Option);
        command.SetAction(result =>
        {
            var request = problem.Read(result);
            var resolved = ProblemResolver.Resolve(request, allowNone: true);
            var solverSettings = solver.Read(result);
            var outputSettings = output.Read(result, request.InputFiles);
            ulong seed = request.Seed ?? Networks.GeneratedDataDefaults.Seed;
            var provenance = ProvenanceReader.Read(result, request, defaultSuite: resolved is null, seed, output.Options);
            var options = new CheckOptions(resolved, seed, solverSettings, outputSettings,
                result.GetValue(claimedMinSharpness) is { } s ? OptionValues.Positive(s, "--claimed-min-sharpness") : null,
                result.GetValue(claimedRadius) is { } r ? OptionValues.Positive(r, "--claimed-radius") : null,
                request.InputFiles.ToArray(), budget.Read(result), provenance);
            return (int)context.Handlers.Check(options, context.TerminalFor(outputSettings));
        });
        return command;
    }
}

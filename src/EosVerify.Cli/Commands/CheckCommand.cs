using System.CommandLine;

namespace EosVerify.Cli.Commands;

/// <summary><c>eosverify check</c>: T1–T4 on a problem, or on the embedded default suite when none is given.</summary>
public static class CheckCommand
{
    public const string Name = "check";

    private const string Description =
        "Check theorems T1-T4 (non-singular GD map, minimizer manifold, bounded stable minima, large-step instability) " +
        "on a problem, or on the embedded default suite when no problem is given. " +
        "Exit code: 0 all hold, 1 a claim is violated, 2 usage or input error, 3 inconclusive.";

    public static IReadOnlyList<string> Examples { get; } =
    [
        "eosverify check",
        "eosverify check --arch 2-3-1 --samples 20 --seed 7 --eta 0.1 --out results",
        "eosverify check --problem problem.json --solver cvc5 --timeout 60 --json",
    ];

    public static Command Create(CliContext context)
    {
        var problem = new ProblemOptionGroup();
        var solver = new SolverOptionGroup();
        var output = new OutputOptionGroup();
        var command = new Command(Name, Description);
        problem.AddTo(command);
        solver.AddTo(command);
        output.AddTo(command);
        command.SetAction(result =>
        {
            var request = problem.Read(result);
            var resolved = ProblemResolver.Resolve(request, allowNone: true);
            var solverSettings = solver.Read(result);
            var outputSettings = output.Read(result, request.InputFiles);
            var options = new CheckOptions(resolved, request.Seed ?? Networks.GeneratedDataDefaults.Seed, solverSettings, outputSettings);
            return (int)context.Handlers.Check(options, context.TerminalFor(outputSettings));
        });
        return command;
    }
}

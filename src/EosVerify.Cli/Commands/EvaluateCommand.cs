using System.CommandLine;

namespace EosVerify.Cli.Commands;

/// <summary><c>eosverify evaluate</c>: every quantity at a point θ, exact where possible, as JSON.</summary>
internal static class EvaluateCommand
{
    public const string Name = "evaluate";

    private const string Description =
        "Evaluate loss, gradient, Hessian and its eigenvalues, sharpness, det of the GD-map Jacobian (exact), W*, a " +
        "point on the minimizer manifold and the critical step size at a point θ (--theta or the problem file's theta).";

    public static IReadOnlyList<string> Examples { get; } =
    [
        "eosverify evaluate --arch 1-1-1 --theta \"0.5,2\" --eta 0.1 --json",
        "eosverify evaluate --problem problem.json --out values",
    ];

    public static Command Create(CliContext context)
    {
        var problem = new ProblemOptionGroup();
        var output = new OutputOptionGroup();
        var budget = new BudgetOption("60", "the whole evaluation, counted as 10^8 operations per second whatever the machine");
        var command = new Command(Name, Description);
        problem.AddTo(command);
        output.AddTo(command);
        command.Options.Add(budget.Option);
        command.SetAction(result =>
        {
            var request = problem.Read(result);
            var resolved = ProblemResolver.Resolve(request, allowNone: false)!;
            var outputSettings = output.Read(result, request.InputFiles);
            var options = new EvaluateOptions(resolved, request.Seed ?? Networks.GeneratedDataDefaults.Seed, outputSettings, budget.Read(result));
            return (int)context.Handlers.Evaluate(options, context.TerminalFor(outputSettings));
        });
        return command;
    }
}

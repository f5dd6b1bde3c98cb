using System.CommandLine;

namespace EosVerify.Cli.Commands;

/// <summary><c>eosverify derive</c>: symbolic loss, gradient, Hessian and GD-map Jacobian as LaTeX and Markdown.</summary>
public static class DeriveCommand
{
    public const string Name = "derive";

    private const string Description =
        "Derive the loss, gradient, Hessian and GD-map Jacobian symbolically (exact rationals) and write them as " +
        "LaTeX and Markdown; the LaTeX is compiled with pdflatex unless --no-compile.";

    public static IReadOnlyList<string> Examples { get; } =
    [
        "eosverify derive --arch 1-1-1 --out derivation",
        "eosverify derive --problem problem.json --out derivation --no-compile",
    ];

    public static Command Create(CliContext context)
    {
        var problem = new ProblemOptionGroup();
        var output = new OutputOptionGroup();
        var noCompile = new Option<bool>("--no-compile") { Description = "Write the .tex file but do not run pdflatex." };
        var command = new Command(Name, Description);
        problem.AddTo(command);
        command.Options.Add(noCompile);
        output.AddTo(command);
        command.SetAction(result =>
        {
            var request = problem.Read(result);
            var resolved = ProblemResolver.Resolve(request, allowNone: false)!;
            var outputSettings = output.Read(result, request.InputFiles);
            var options = new DeriveOptions(resolved, result.GetValue(noCompile), outputSettings);
            return (int)context.Handlers.Derive(options, context.TerminalFor(outputSettings));
        });
        return command;
    }
}

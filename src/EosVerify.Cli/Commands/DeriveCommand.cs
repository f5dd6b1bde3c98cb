using System.CommandLine;

namespace EosVerify.Cli.Commands;

/// <summary><c>eosverify derive</c>: symbolic loss, gradient, Hessian and GD-map Jacobian as LaTeX and Markdown.</summary>
internal static class DeriveCommand
{
    public const string Name = "derive";

    private const string Description =
        "Derive the loss, gradient, Hessian and GD-map Jacobian symbolically (exact rationals) and write them as " +
        "LaTeX and Markdown: DIR/derivation.tex and DIR/derivation.md, DIR being --out or ./" + DeriveHandler.DefaultFolder + ". " +
        "Loss, gradient and Hessian are printed expanded for P <= 12, det(I - eta H) for P <= 6. " +
        "The LaTeX is compiled with pdflatex into DIR/derivation.pdf unless --no-compile; if pdflatex is not installed " +
        "that is a warning (the .tex and .md are still written, exit 0). " +
        "Exit code: 0 written, 2 usage or input error (or unusable --out folder), 70 pdflatex rejected the generated LaTeX (a bug).";

    public static IReadOnlyList<string> Examples { get; } =
    [
        "eosverify derive --arch 1-1-1 --out derivation",
        "eosverify derive --problem problem.json --out derivation --no-compile",
    ];

    public static Command Create(CliContext context)
    {
        var problem = new ProblemOptionGroup(eta: false, theta: false);
        var output = new OutputOptionGroup();
        var noCompile = new Option<bool>("--no-compile") { Description = "Write the .tex and .md files but do not run pdflatex (a derivation.pdf from an earlier run is removed)." };
        var budget = new BudgetOption("30", "writing and typesetting the derivation (estimated from its size before anything is written)");
        var command = new Command(Name, Description);
        problem.AddTo(command);
        command.Options.Add(noCompile);
        command.Options.Add(budget.Option);
        output.AddTo(command);
        command.SetAction(result =>
        {
            var request = problem.Read(result);
            var resolved = ProblemResolver.Resolve(request, allowNone: false)!;
            var outputSettings = output.Read(result, request.InputFiles);
            var options = new DeriveOptions(resolved, result.GetValue(noCompile), outputSettings, request.InputFiles.ToList(), budget.Read(result));
            return (int)context.Handlers.Derive(options, context.TerminalFor(outputSettings));
        });
        return command;
    }
}

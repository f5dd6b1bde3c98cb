using System.CommandLine;

namespace EosVerify.Cli.Commands;

/// <summary><c>eosverify recheck DIR</c>: re-runs every saved .smt2 certificate under DIR through z3 and cvc5.</summary>
internal static class RecheckCommand
{
    public const string Name = "recheck";

    private const string Description =
        "Re-run every SMT-LIB2 certificate (*.smt2) under DIR — a check report folder, its certificates/, or proofs/ — " +
        "through z3 and through cvc5, and report per file the expected answer from its header and each solver's answer. " +
        "cvc5's unknown is no opinion, never agreement. " +
        "Exit code: 0 every certificate confirmed by z3 and contradicted by none, 1 some certificate contradicted or malformed, " +
        "2 usage error or no certificates, 3 some certificate not confirmed (resource limit, timeout, unknown, solver missing). " +
        "--rlimit decides how much work each solver may spend (the same on any machine); --timeout is only a wall-clock safety net.";

    public static IReadOnlyList<string> Examples { get; } =
    [
        "eosverify recheck eosverify-report",
        "eosverify recheck proofs --timeout 60 --json",
    ];

    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("DIR") { Description = "Folder searched (with its subfolders) for *.smt2 certificates." };
        var solver = new SolverOptionGroup();
        var timeout = SolverOptionGroup.CreateTimeout();
        var resourceLimit = SolverOptionGroup.CreateResourceLimit();
        var output = new OutputOptionGroup();
        var command = new Command(Name, Description);
        command.Arguments.Add(folder);
        command.Options.Add(resourceLimit);
        command.Options.Add(timeout);
        command.Options.Add(solver.Z3Path);
        command.Options.Add(solver.Cvc5Path);
        command.Options.Add(output.Format);
        command.Options.Add(output.Json);
        command.Options.Add(output.Quiet);
        command.SetAction(result =>
        {
            var limit = SolverOptionGroup.ReadBudget(result, resourceLimit, timeout);
            var paths = new Smt.SolverPaths(result.GetValue(solver.Z3Path) ?? "z3", result.GetValue(solver.Cvc5Path) ?? "cvc5");
            var outputSettings = output.ReadFormat(result);
            var options = new RecheckOptions(result.GetValue(folder)!, limit, paths, outputSettings);
            return (int)context.Handlers.Recheck(options, context.TerminalFor(outputSettings));
        });
        return command;
    }
}

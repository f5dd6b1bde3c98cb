using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using EosVerify.Cli.Commands;

namespace EosVerify.Cli;

/// <summary>Builds the command tree: the root "eosverify" with --help, --version and the six commands.</summary>
internal static class CliApplication
{
    public const string ToolName = "eosverify";

    private const string Description =
        "EosVerify checks theorems about gradient descent on linear neural networks (the Edge of Stability; " +
        "Craciun & Ghoshdastidar, arXiv 2402.13108) with exact arithmetic, SMT solvers and numerical experiments.\n\n" +
        "Exit codes: 0 every check holds, 1 a check is violated, 2 usage or input error, 3 inconclusive, " +
        "70 internal error (a bug; please report it).";

    public static IReadOnlyList<string> Examples { get; } =
    [
        "eosverify check",
        "eosverify check --arch 2-3-1 --eta 0.1",
        "eosverify simulate --arch 2-3-1 --eta 0.2 --out run",
        "eosverify check --help",
    ];

    /// <summary>The informational version of the tool (e.g. "0.1.0+commit").</summary>
    public static string Version =>
        typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliApplication).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static Command Build(CliContext context)
    {
        // A plain Command rather than RootCommand: the root's name is the tool's, not the host process's
        // (which is the test runner under test), and --version reports this assembly, not the entry assembly.
        var root = new Command(ToolName, Description);
        var help = new HelpOption();
        help.Action = new HelpWithExamplesAction(help.Action!);
        root.Options.Add(help);
        root.Options.Add(new VersionOption { Action = new PrintVersionAction() });
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(DeriveCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(SimulateCommand.Create(context));
        root.Subcommands.Add(SweepCommand.Create(context));
        root.Subcommands.Add(RecheckCommand.Create(context));
        return root;
    }

    /// <summary>Examples shown at the end of each command's --help.</summary>
    private static IReadOnlyList<string> ExamplesFor(Command command) => command.Name switch
    {
        CheckCommand.Name => CheckCommand.Examples,
        DeriveCommand.Name => DeriveCommand.Examples,
        EvaluateCommand.Name => EvaluateCommand.Examples,
        SimulateCommand.Name => SimulateCommand.Examples,
        SweepCommand.Name => SweepCommand.Examples,
        RecheckCommand.Name => RecheckCommand.Examples,
        _ => Examples,
    };

    /// <summary>The standard help, followed by the command's examples.</summary>
    private sealed class HelpWithExamplesAction(CommandLineAction standard) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            if (standard is SynchronousCommandLineAction synchronous) synchronous.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in ExamplesFor(parseResult.CommandResult.Command)) output.WriteLine("  " + example);
            output.WriteLine();
            return (int)ExitCode.Success;
        }
    }

    /// <summary>Prints the version; other arguments next to --version stay errors (exit 2).</summary>
    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return (int)ExitCode.Success;
        }
    }
}

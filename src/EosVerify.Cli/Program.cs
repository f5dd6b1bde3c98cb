using System.CommandLine;
using System.CommandLine.Parsing;
using EosVerify.Networks;
using EosVerify.Reports;

namespace EosVerify.Cli;

/// <summary>
/// Entry point. <see cref="Run(string[], TextWriter, TextWriter)"/> is the whole program with its streams passed
/// in, so tests run it in-process. Every failure ends as exactly one line on stderr:
/// <c>eosverify: &lt;field&gt;: &lt;problem&gt;</c> with exit code 2 for usage and input errors (including parse
/// errors and unwritable outputs), or <c>eosverify: internal error: …</c> with exit code 70 for bugs. Never a stack trace.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        using var interruption = Interruption.Install(Console.Error);
        int code = Run(args, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected, new CommandHandlers(interruption.Token));
        return interruption.Finish(code);
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, interactive: false, new CommandHandlers());

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive, CommandHandlers handlers)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(handlers);
        try
        {
            var root = CliApplication.Build(new CliContext(stdout, stderr, interactive, handlers));
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
                return Fail(stderr, UsageLine(parsed), ExitCode.UsageOrInputError);
            if (parsed.Action is null)
                return Fail(stderr, "usage: no command given; expected one of check, derive, evaluate, simulate, sweep, recheck (see eosverify --help)", ExitCode.UsageOrInputError);
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (OperationCanceledException) when (handlers.Cancellation.IsCancellationRequested)
        {
            return (int)ExitCode.Interrupted; // Main turns this into the signal's own code and line
        }
        catch (Exception e)
        {
            var code = ExitCodes.ForException(e);
            string line = e switch
            {
                InputException input => $"{input.Field}: {input.Problem}",
                OutputWriteException output => $"--out: {output.Message}",
                _ => $"internal error: {e.GetType().Name}: {e.Message} (this is a bug in eosverify; please report it with the command line)",
            };
            return Fail(stderr, line, code);
        }
    }

    private static int Fail(TextWriter stderr, string line, ExitCode code)
    {
        stderr.WriteLine("eosverify: " + string.Join(' ', line.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        stderr.Flush();
        return (int)code;
    }

    /// <summary>The first parse error as "option: message", with a pointer to --help.</summary>
    private static string UsageLine(ParseResult parsed)
    {
        var error = parsed.Errors[0];
        string field = error.SymbolResult switch
        {
            OptionResult option => option.Option.Name,
            ArgumentResult { Parent: OptionResult option } => option.Option.Name,
            _ => "usage",
        };
        string command = parsed.CommandResult.Command.Name;
        string help = command == CliApplication.ToolName ? "eosverify --help" : $"eosverify {command} --help";
        if (field == "usage" && parsed.UnmatchedTokens.FirstOrDefault(t => t.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
        {
            string where = command == CliApplication.ToolName ? "eosverify" : $"eosverify {command}";
            return $"{unknown}: is not an option of {where} (see {help})";
        }
        return $"{field}: {error.Message.TrimEnd('.')} (see {help})";
    }
}

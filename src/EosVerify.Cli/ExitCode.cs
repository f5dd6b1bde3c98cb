using EosVerify.Networks;
using EosVerify.Reports;

namespace EosVerify.Cli;

/// <summary>
/// The process exit codes of eosverify (DESIGN.md "Commands"). <see cref="InternalError"/> is sysexits' EX_SOFTWARE:
/// a bug in the tool, never a verdict about the problem; it is printed as one line "eosverify: internal error: …".
/// </summary>
internal enum ExitCode
{
    /// <summary>Every check holds (or the command succeeded).</summary>
    Success = 0,

    /// <summary>A check is violated: a counterexample was found.</summary>
    Violated = 1,

    /// <summary>Bad usage or input: unknown option, malformed file, unusable output folder.</summary>
    UsageOrInputError = 2,

    /// <summary>Some check could not be decided (solver timeout or missing, hypothesis undecidable at this size).</summary>
    Inconclusive = 3,

    /// <summary>An unexpected failure inside the tool (a bug): please report it.</summary>
    InternalError = 70,

    /// <summary>Stopped by SIGINT (128 + 2): solver processes killed, no partial output left.</summary>
    Interrupted = 130,

    /// <summary>Stopped by SIGTERM (128 + 15): as <see cref="Interrupted"/>.</summary>
    Terminated = 143,
}

/// <summary>How exceptions become exit codes; verdicts become exit codes in one place only, VerdictExtensions.ExitCode (MATH.md §3).</summary>
internal static class ExitCodes
{
    /// <summary>How an exception that reached the top of the program ends it.</summary>
    public static ExitCode ForException(Exception exception) => exception switch
    {
        InputException or OutputWriteException => ExitCode.UsageOrInputError,
        _ => ExitCode.InternalError,
    };
}

using System.Text.Json.Nodes;

namespace EosVerify.Theorems;

/// <summary>
/// One claim's outcome. Evidence and counterexample are ordered JSON objects so that reports are deterministic;
/// certificates are the file names (relative to the report folder) of the SMT-LIB2 files that decided the verdict.
/// </summary>
internal sealed record CheckResult(
    string Id,
    string Claim,
    Verdict Verdict,
    JsonObject Evidence,
    JsonObject? Counterexample,
    IReadOnlyList<string> Certificates)
{
    /// <summary>One line for tables: why this verdict.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Wall-clock time spent, for timings.json only (never in the report).</summary>
    public TimeSpan Elapsed { get; init; }
}

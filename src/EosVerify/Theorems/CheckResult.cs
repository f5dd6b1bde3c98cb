namespace EosVerify.Theorems;

/// <summary>
/// One claim's outcome. Evidence and counterexample are typed records (serialised field by field in declaration
/// order, so reports are deterministic); certificates are the file names (relative to the report folder) of the
/// SMT-LIB2 files that decided the verdict.
/// </summary>
internal sealed record CheckResult(
    string Id,
    string Claim,
    Verdict Verdict,
    CheckEvidence Evidence,
    CheckCounterexample? Counterexample,
    IReadOnlyList<string> Certificates)
{
    /// <summary>One line for tables: why this verdict.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Wall-clock time spent, for timings.json only (never in the report).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The evidence as the claim's own record, e.g. <c>result.EvidenceAs&lt;LargeStepInstabilityEvidence&gt;().Premise</c>.</summary>
    /// <exception cref="InvalidOperationException">The result is of another claim.</exception>
    public TEvidence EvidenceAs<TEvidence>() where TEvidence : CheckEvidence =>
        Evidence as TEvidence ?? throw new InvalidOperationException(
            $"{Id}'s evidence is a {Evidence.GetType().Name}, not a {typeof(TEvidence).Name}.");

    /// <summary>The counterexample as its own record, or null when there is none or it is of another kind.</summary>
    public TCounterexample? CounterexampleAs<TCounterexample>() where TCounterexample : CheckCounterexample =>
        Counterexample as TCounterexample;
}

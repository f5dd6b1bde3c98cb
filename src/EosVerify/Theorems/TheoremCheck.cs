using System.Diagnostics;

namespace EosVerify.Theorems;

/// <summary>The common frame of T1–T4: timing, and one way to build a result.</summary>
internal abstract class TheoremCheck : ITheoremCheck
{
    public abstract string Id { get; }

    public abstract string Claim { get; }

    public CheckResult Run(CheckContext context, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var result = Decide(context, cancellationToken);
        return result with { Elapsed = clock.Elapsed };
    }

    protected abstract CheckResult Decide(CheckContext context, CancellationToken cancellationToken);

    protected CheckResult Result(Verdict verdict, CheckEvidence evidence, CheckCounterexample? counterexample, IReadOnlyList<string> certificates, string summary) =>
        new(Id, Claim, verdict, evidence, counterexample, certificates) { Summary = summary };

    /// <summary>
    /// Inconclusive because a step was skipped for its budget: the evidence records the size limit, and as its reason
    /// <paramref name="reason"/> (default: the size limit itself).
    /// </summary>
    protected CheckResult SizeLimitReached(CheckEvidence evidence, string sizeLimit, string summary, string? reason = null)
    {
        evidence.SizeLimit = sizeLimit;
        return Result(Verdict.Inconclusive, evidence.WithReason(reason ?? sizeLimit), null, [], summary);
    }
}

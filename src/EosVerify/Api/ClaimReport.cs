using System.Text;
using EosVerify.Reports;
using EosVerify.Theorems;

namespace EosVerify;

/// <summary>
/// One claim's outcome (T1, T2, T3 or T4): the verdict, why, the evidence, a counterexample when violated, and the
/// SMT-LIB2 certificates that decided it. <see cref="ToString"/> writes all of it, for failure messages.
/// </summary>
public sealed class ClaimReport
{
    private readonly CheckResult _result;

    internal ClaimReport(CheckResult result, string certificateDirectory)
    {
        _result = result;
        Certificates = result.Certificates.Select(name => Path.Combine(certificateDirectory, name)).ToArray();
    }

    /// <summary>The claim's id: T1, T2, T3 or T4.</summary>
    public string Id => _result.Id;

    /// <summary>The claim in words.</summary>
    public string Claim => _result.Claim;

    /// <summary>The verdict (see <see cref="Verdict"/> for what each one rests on).</summary>
    public Verdict Verdict => _result.Verdict;

    /// <summary>True when the claim holds, certified or numerically.</summary>
    public bool Holds => Verdict.Holds();

    /// <summary>True when the claim holds and the verdict is backed by exact arithmetic or a solver's unsat.</summary>
    public bool IsCertified => Verdict == Verdict.HoldsCertified;

    /// <summary>One line: why this verdict.</summary>
    public string Summary => _result.Summary;

    /// <summary>
    /// What the verdict rests on: the claim's own record (T1 <see cref="NonSingularGdMapEvidence"/>, T2
    /// <see cref="MinimizerManifoldEvidence"/>, T3 <see cref="BoundedStableMinimaEvidence"/>, T4
    /// <see cref="LargeStepInstabilityEvidence"/>), written to the report as its <c>evidence</c>.
    /// </summary>
    public CheckEvidence Evidence => _result.Evidence;

    /// <summary>The evidence as the claim's own record type, e.g. <c>report.T4.EvidenceAs&lt;LargeStepInstabilityEvidence&gt;().Premise</c>.</summary>
    /// <exception cref="InvalidOperationException">The claim's evidence is of another type.</exception>
    public TEvidence EvidenceAs<TEvidence>() where TEvidence : CheckEvidence => _result.EvidenceAs<TEvidence>();

    /// <summary>The counterexample when the verdict is <see cref="Verdict.Violated"/>, else null; re-checkable exactly.</summary>
    public CheckCounterexample? Counterexample => _result.Counterexample;

    /// <summary>Full paths of the SMT-LIB2 files that decided the verdict (empty when none did).</summary>
    public IReadOnlyList<string> Certificates { get; }

    /// <summary>Id, verdict, summary, evidence, counterexample and certificates, over several lines.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Id).Append(" (").Append(Claim).Append("): ").Append(Verdict.Name()).Append(" — ").AppendLine(Summary);
        text.Append("evidence: ").AppendLine(EvidenceJson.ToJson(Evidence).ToString());
        if (Counterexample is not null) text.Append("counterexample: ").AppendLine(EvidenceJson.ToJson(Counterexample).ToString());
        text.Append("certificates:");
        if (Certificates.Count == 0) text.Append(" none");
        foreach (var path in Certificates) text.AppendLine().Append("  ").Append(path);
        return text.ToString();
    }
}

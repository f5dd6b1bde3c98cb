using System.Text;
using System.Text.Json.Nodes;
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

    /// <summary>What the verdict rests on, as the report's <c>evidence</c> of this claim.</summary>
    public JsonObject Evidence => _result.Evidence;

    /// <summary>The counterexample when the verdict is <see cref="Verdict.Violated"/>, else null.</summary>
    public JsonObject? Counterexample => _result.Counterexample;

    /// <summary>Full paths of the SMT-LIB2 files that decided the verdict (empty when none did).</summary>
    public IReadOnlyList<string> Certificates { get; }

    /// <summary>Id, verdict, summary, evidence, counterexample and certificates, over several lines.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Id).Append(" (").Append(Claim).Append("): ").Append(Verdict.Name()).Append(" — ").AppendLine(Summary);
        text.Append("evidence: ").AppendLine(Evidence.ToString());
        if (Counterexample is not null) text.Append("counterexample: ").AppendLine(Counterexample.ToString());
        text.Append("certificates:");
        if (Certificates.Count == 0) text.Append(" none");
        foreach (var path in Certificates) text.AppendLine().Append("  ").Append(path);
        return text.ToString();
    }
}

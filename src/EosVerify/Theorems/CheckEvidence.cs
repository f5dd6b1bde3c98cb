using System.Text.Json.Serialization;

namespace EosVerify.Theorems;

/// <summary>
/// What a check found, as typed fields: each claim has a sealed record deriving from this (T1
/// <see cref="NonSingularGdMapEvidence"/>, T2 <see cref="MinimizerManifoldEvidence"/>, T3
/// <see cref="BoundedStableMinimaEvidence"/>, T4 <see cref="LargeStepInstabilityEvidence"/>). One writer in Reports
/// serialises every evidence and counterexample record: camelCase names in declaration order, null fields left out
/// (unless marked to be written), exact numbers as "p/q" strings, non-finite doubles as "NaN"/"Infinity". The
/// fields are listed in docs/report-schema.json, and a test keeps the two equal.
/// </summary>
public abstract record CheckEvidence
{
    /// <summary>Why a step was skipped for its budget ("size limit: …; raise with --budget"), when one was.</summary>
    [JsonPropertyOrder(998)]
    public string? SizeLimit { get; internal set; }

    /// <summary>Why the verdict is inconclusive (always set then), or what keeps a verdict from being certified.</summary>
    [JsonPropertyOrder(999)]
    public string? Reason { get; internal set; }

    /// <summary>Sets <see cref="Reason"/> and returns this evidence, for an inconclusive result built inline.</summary>
    internal CheckEvidence WithReason(string reason)
    {
        Reason = reason;
        return this;
    }
}

/// <summary>
/// A counterexample anyone can re-check exactly: each kind is a sealed record deriving from this, serialised by the
/// same writer as <see cref="CheckEvidence"/>.
/// </summary>
public abstract record CheckCounterexample;

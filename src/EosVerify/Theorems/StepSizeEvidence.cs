using System.Text.Json.Serialization;
using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>The start of T3's and T4's evidence: the exact facts about W*, and the step size worked at.</summary>
public abstract record StepSizeEvidence : CheckEvidence
{
    /// <summary>Sxx ≻ 0, rank W*, the bottleneck, and which case of MATH.md T2 applies.</summary>
    [JsonPropertyOrder(-4)]
    public TargetHypothesesEvidence? Hypotheses { get; internal set; }

    /// <summary>The step size checked, exact.</summary>
    [JsonPropertyOrder(-3)]
    public Rational? Eta { get; internal set; }

    /// <summary>η as a double.</summary>
    [JsonPropertyOrder(-2)]
    public double? EtaApprox { get; internal set; }

    /// <summary>"given", or how η was chosen from the numeric η* when none was given.</summary>
    [JsonPropertyOrder(-1)]
    public string? EtaSource { get; internal set; }
}

/// <summary>The exact facts every check starts from (<see cref="MinimizerTargetFacts"/>).</summary>
public sealed record TargetHypothesesEvidence
{
    /// <summary>full-rank, linear-regression, reduced-rank or singular-inputs.</summary>
    public required string Case { get; init; }

    /// <summary>Whether Sxx ≻ 0 (exact).</summary>
    public required bool SxxPositiveDefinite { get; init; }

    /// <summary>rank W*, W* = Syx Sxx⁻¹ (when Sxx ≻ 0).</summary>
    public int? RankWStar { get; init; }

    /// <summary>The narrowest hidden width r (L ≥ 2).</summary>
    public int? Bottleneck { get; init; }
}

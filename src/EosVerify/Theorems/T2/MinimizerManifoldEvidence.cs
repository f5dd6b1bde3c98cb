using System.Text.Json.Serialization;
using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>T2's evidence: the exact facts, the case, and the rank of Dμ on M (exact points, or numeric in the reduced-rank case).</summary>
public sealed record MinimizerManifoldEvidence : CheckEvidence
{
    /// <summary>Sxx ≻ 0, the bottleneck and rank W* (absent only when a size limit stopped the check before deciding them).</summary>
    public ManifoldHypothesesEvidence? Hypotheses { get; init; }

    /// <summary>W* = Syx Sxx⁻¹, exact.</summary>
    public RationalMatrix? WStar { get; internal set; }

    /// <summary>linear-regression, full-rank, reduced-rank or singular-inputs.</summary>
    public string? Case { get; internal set; }

    /// <summary>Singular Sxx: its rank.</summary>
    public int? RankSxx { get; internal set; }

    /// <summary>Singular Sxx: rank of W₀ = Syx·Sxx⁺.</summary>
    public int? RankMinimumNormProduct { get; internal set; }

    /// <summary>Singular Sxx: how the problem reduces to the network on the range of Sxx.</summary>
    public string? Reduction { get; internal set; }

    /// <summary>Reduced rank: the singular values of Syx Sxx^{-1/2}.</summary>
    public IReadOnlyList<double>? WhitenedSingularValues { get; internal set; }

    /// <summary>Reduced rank: whether the best rank-r product is unique (σ_r ≠ σ_{r+1}).</summary>
    public bool? ReducedRankUnique { get; internal set; }

    /// <summary>Full rank: how many exact points of M were constructed.</summary>
    public int? ExactPointsOnM { get; internal set; }

    /// <summary>The rank of Dμ at each point of M tried (exact in the full-rank case, numeric in the reduced-rank case).</summary>
    public IReadOnlyList<int>? ProductJacobianRanks { get; internal set; }

    /// <summary>Full rank: d_L·d_0, the rank of an onto Dμ.</summary>
    public int? FullRank { get; internal set; }

    /// <summary>Reduced rank: r(d_0 + d_L − r), the rank of Dμ at a regular point.</summary>
    public int? ExpectedRank { get; internal set; }

    /// <summary>Reduced rank: the relative tolerance of the numeric rank.</summary>
    public double? RankTolerance { get; internal set; }

    /// <summary>Small P: the SMT query for a rank drop of Dμ on M.</summary>
    public SmtAttemptEvidence? Smt { get; internal set; }

    /// <summary>The dimension of M, where it is a manifold.</summary>
    public int? Dimension { get; internal set; }

    /// <summary>The exact argument for smoothness.</summary>
    public string? Argument { get; internal set; }

    /// <summary>Reduced rank: what the minimizers are there.</summary>
    public string? Note { get; internal set; }

    /// <summary>True when W* is a critical value of μ.</summary>
    public bool? CriticalValue { get; internal set; }

    /// <summary>The exact point of M where Dμ drops rank.</summary>
    public IReadOnlyList<Rational>? RankDropPoint { get; internal set; }

    /// <summary>What the rank drop shows.</summary>
    public string? Shown { get; internal set; }
}

/// <summary>T2's exact facts.</summary>
public sealed record ManifoldHypothesesEvidence
{
    /// <summary>Whether Sxx ≻ 0 (exact).</summary>
    public required bool SxxPositiveDefinite { get; init; }

    /// <summary>The narrowest hidden width r; null for L = 1 (written as null).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Bottleneck { get; init; }

    /// <summary>rank W* (when Sxx ≻ 0).</summary>
    public int? RankWStar { get; internal set; }
}

/// <summary>T2 violated: M is not a manifold at θ = 0 (<see cref="NonManifoldCertificate"/>).</summary>
public sealed record NonManifoldPointCounterexample : CheckCounterexample
{
    /// <summary>"non-manifold-point".</summary>
    public string Kind => "non-manifold-point";

    /// <summary>The point where M is not a manifold: θ = 0.</summary>
    public required IReadOnlyList<Rational> Theta { get; init; }

    /// <summary>The two linear subspaces in M through θ that together span R^P.</summary>
    public required IReadOnlyList<string> Branches { get; init; }

    /// <summary>θ₁, with εθ₁ off M for every ε ≠ 0.</summary>
    public required IReadOnlyList<Rational> OffManifoldDirection { get; init; }

    /// <summary>W(θ₁), exact.</summary>
    public required RationalMatrix OffManifoldProduct { get; init; }

    /// <summary>Why this is not a manifold.</summary>
    public required string Argument { get; init; }

    /// <summary>How to re-check it by hand.</summary>
    public required string Recheck { get; init; }
}

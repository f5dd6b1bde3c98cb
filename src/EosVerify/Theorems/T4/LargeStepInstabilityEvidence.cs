using System.Text.Json.Serialization;
using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>T4's evidence: the numeric S_min search, the certified bracket of S_min, and what decided the premise η &gt; η*.</summary>
public sealed record LargeStepInstabilityEvidence : StepSizeEvidence
{
    /// <summary>What the theorem covers (global minima, strict saddles).</summary>
    public string? Covers { get; internal set; }

    /// <summary>What it does not cover (non-strict saddles for L ≥ 3).</summary>
    public string? NotCovered { get; internal set; }

    /// <summary>The numeric S_min (0 exactly when the bracket is [0, 0]).</summary>
    public double? MinSharpness { get; internal set; }

    /// <summary>How the numeric S_min was found.</summary>
    public string? MinSharpnessMethod { get; internal set; }

    /// <summary>S at the end of each restart of the search.</summary>
    public IReadOnlyList<double>? MinSharpnessRestarts { get; internal set; }

    /// <summary>Relative spread of the restarts' values.</summary>
    public double? MinSharpnessSpread { get; internal set; }

    /// <summary>S at the balanced point of M.</summary>
    public double? BalancedSharpness { get; internal set; }

    /// <summary>A closed form of S_min, where one is known.</summary>
    public double? ClosedForm { get; internal set; }

    /// <summary>The closed form's name.</summary>
    public string? ClosedFormName { get; internal set; }

    /// <summary>The numeric η* = 2/S_min; null when S_min = 0 (written as null).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? CriticalEta { get; internal set; }

    /// <summary>The cost-model budget of the S_min search.</summary>
    public string? MinSharpnessSearchBudget { get; internal set; }

    /// <summary>The certified bracket S_lo ≤ S_min ≤ S_hi (full-rank problems).</summary>
    public MinSharpnessBracketEvidence? MinSharpnessBracket { get; internal set; }

    /// <summary>The certified bracket of η* = 2/S_min.</summary>
    public CriticalEtaBracketEvidence? CriticalEtaBracket { get; internal set; }

    /// <summary>The user's claimed lower bound on S_min (--claimed-min-sharpness).</summary>
    public Rational? ClaimedMinSharpness { get; internal set; }

    /// <summary>Whether the claim is certified, refuted or undecided, and why.</summary>
    public string? ClaimHolds { get; internal set; }

    /// <summary>η·S_min/2 with the numeric S_min.</summary>
    public double? EtaOverCriticalEta { get; internal set; }

    /// <summary>The band (2/S_hi, 2/S_lo] where the bracket does not decide, when η lies in it.</summary>
    public string? Band { get; internal set; }

    /// <summary>Whether η &gt; η* (the theorem's premise).</summary>
    public bool? Premise { get; internal set; }

    /// <summary>T4's Theorem A bound S_lo ≤ S on M (exact), when only it was within the budget.</summary>
    public Rational? MinSharpnessLowerBound { get; internal set; }

    /// <summary>The argument that decided the premise.</summary>
    public string? Method { get; internal set; }

    /// <summary>An exact stable global minimizer (the premise is false).</summary>
    public IReadOnlyList<Rational>? StableMinimum { get; internal set; }

    /// <summary>Small P inside the band: the SMT query for a stable minimum.</summary>
    public SmtAttemptEvidence? Smt { get; internal set; }

    /// <summary>Why an undecided claim keeps the verdict from being certified.</summary>
    public string? ClaimReason { get; internal set; }
}

/// <summary>The certified bracket S_lo ≤ S_min ≤ S_hi (<see cref="Theorems.MinSharpnessBracket"/>, docs/t4-bracket.md).</summary>
public sealed record MinSharpnessBracketEvidence
{
    /// <summary>S_lo, exact.</summary>
    public required Rational Lower { get; init; }

    /// <summary>S_lo as a double.</summary>
    public required double LowerApprox { get; init; }

    /// <summary>S_hi, exact; null when no exact point of M was verified (written as null).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public Rational? Upper { get; init; }

    /// <summary>S_hi as a double (null with it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? UpperApprox { get; init; }

    /// <summary>Which theorem gives S_lo.</summary>
    public required string LowerMethod { get; init; }

    /// <summary>Which point gives S_hi, and how S(θ_hi) &lt; S_hi is proved.</summary>
    public required string UpperMethod { get; init; }

    /// <summary>Theorem A: a rational ℓ ≤ λ_min(Sxx).</summary>
    public Rational? SxxSmallestLowerBound { get; init; }

    /// <summary>Theorem A: a rational q ≤ σ_max(W*)².</summary>
    public Rational? TopSingularValueSquaredLowerBound { get; init; }

    /// <summary>Theorem A's bound as a double.</summary>
    public double? TheoremALowerApprox { get; init; }

    /// <summary>θ_hi, the exact point of M giving S_hi.</summary>
    public IReadOnlyList<Rational>? UpperPoint { get; init; }
}

/// <summary>[2/S_hi, 2/S_lo] ∋ η*; an end is null where unbounded (S_lo = 0) or unknown (both written as null).</summary>
public sealed record CriticalEtaBracketEvidence
{
    /// <summary>2/S_hi, exact.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public Rational? Lower { get; init; }

    /// <summary>2/S_hi as a double.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? LowerApprox { get; init; }

    /// <summary>2/S_lo, exact.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public Rational? Upper { get; init; }

    /// <summary>2/S_lo as a double.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? UpperApprox { get; init; }

    /// <summary>For S_min = 0: that there is no η*.</summary>
    public string? Note { get; init; }
}

/// <summary>T4's claimed bound violated: an exact global minimizer flatter than the claim.</summary>
public sealed record FlatterMinimumCounterexample : CheckCounterexample
{
    /// <summary>The global minimizer, exact.</summary>
    public required IReadOnlyList<Rational> Theta { get; init; }

    /// <summary>The claimed lower bound on S_min.</summary>
    public required Rational ClaimedMinSharpness { get; init; }

    /// <summary>How to re-check S(θ) &lt; claim exactly.</summary>
    public required string Recheck { get; init; }
}

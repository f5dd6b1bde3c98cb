using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>T3's evidence: what is claimed, then the argument that decided it (a ray, a radius theorem, a scalar chain, SMT, or a numeric search).</summary>
public sealed record BoundedStableMinimaEvidence : StepSizeEvidence
{
    /// <summary>What is checked: the theorem, or the user's claimed radius.</summary>
    public string? Statement { get; internal set; }

    /// <summary>The user's claimed radius R (--claimed-radius).</summary>
    public Rational? ClaimedRadius { get; internal set; }

    /// <summary>The hidden-to-hidden layers j with min(d_j, d_(j−1)) &gt; rank W*, which carry rays of constant H.</summary>
    public IReadOnlyList<int>? RayLayers { get; internal set; }

    /// <summary>The radius theorem applied (docs/theorems.md).</summary>
    public string? Theorem { get; internal set; }

    /// <summary>The argument that decided the verdict.</summary>
    public string? Method { get; internal set; }

    /// <summary>Whether any stable minimum exists at this η (exact), where decided.</summary>
    public bool? StableMinimaExist { get; internal set; }

    /// <summary>Theorem A's S_lo when it exceeds 2/η (so no minimum is stable).</summary>
    public Rational? MinSharpnessLowerBound { get; internal set; }

    /// <summary>R², exact ("p/q"), or an exact bracket [lower, upper] of it (scalar chains).</summary>
    public RationalRange? RadiusSquared { get; internal set; }

    /// <summary>R as a double (the upper end of a bracket).</summary>
    public double? RadiusApprox { get; internal set; }

    /// <summary>The numeric search for the farthest stable minimum.</summary>
    public StableMinimaSearchEvidence? Search { get; internal set; }

    /// <summary>The SMT radius queries, in the order asked.</summary>
    public IReadOnlyList<SmtAttemptEvidence>? Smt { get; internal set; }

    /// <summary>Why no certificate exists (a numerical verdict).</summary>
    public string? NoCertificate { get; internal set; }
}

/// <summary>The search for the farthest stable minimum (<see cref="StableMinimaSearch"/>).</summary>
public sealed record StableMinimaSearchEvidence
{
    /// <summary>Why the search did not run (its size limit), when it did not; then the other fields are absent.</summary>
    public string? Skipped { get; init; }

    /// <summary>The largest ‖θ‖ of a numerically stable minimum found.</summary>
    public double? LargestNorm { get; init; }

    /// <summary>How many moves were accepted.</summary>
    public int? AcceptedMoves { get; init; }

    /// <summary>How many moves were proposed.</summary>
    public int? ProposedMoves { get; init; }

    /// <summary>How the search moves.</summary>
    public string? Method { get; init; }
}

/// <summary>T3 violated: a ray θ₀ + tN of stable global minima along which H is constant (<see cref="StableRay"/>).</summary>
public sealed record StableRayCounterexample : CheckCounterexample
{
    /// <summary>ray-hidden-layer-kernel or ray-input-null-space.</summary>
    public required string Kind { get; init; }

    /// <summary>The layer j whose weights N moves.</summary>
    public required int Layer { get; init; }

    /// <summary>How θ₀ and N were built.</summary>
    public required string Construction { get; init; }

    /// <summary>θ₀, a stable global minimizer, exact.</summary>
    public required IReadOnlyList<Rational> Base { get; init; }

    /// <summary>N, exact.</summary>
    public required IReadOnlyList<Rational> Direction { get; init; }

    /// <summary>The t of the far point.</summary>
    public required Rational T { get; init; }

    /// <summary>θ₀ + tN, a stable global minimizer far out, exact.</summary>
    public required IReadOnlyList<Rational> Theta { get; init; }

    /// <summary>‖θ‖², exact.</summary>
    public required Rational NormSquared { get; init; }

    /// <summary>How to re-check it exactly.</summary>
    public required string Recheck { get; init; }

    /// <summary>The user's claimed radius, when one was given.</summary>
    public Rational? ClaimedRadius { get; init; }
}

/// <summary>T3's claimed radius violated: an exact stable global minimizer outside it.</summary>
public sealed record StableMinimumBeyondClaimCounterexample : CheckCounterexample
{
    /// <summary>"stable-minimum-beyond-claim".</summary>
    public string Kind => "stable-minimum-beyond-claim";

    /// <summary>The stable global minimizer, exact.</summary>
    public required IReadOnlyList<Rational> Theta { get; init; }

    /// <summary>‖θ‖², exact.</summary>
    public required Rational NormSquared { get; init; }

    /// <summary>The user's claimed radius.</summary>
    public required Rational ClaimedRadius { get; init; }

    /// <summary>How to re-check it exactly.</summary>
    public required string Recheck { get; init; }
}

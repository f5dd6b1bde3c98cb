using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>T1's evidence: the exceptional set E, then either the L = 1 block determinant or the witness points tried.</summary>
public sealed record NonSingularGdMapEvidence : CheckEvidence
{
    /// <summary>E = {η : det(I − ηH(θ)) ≡ 0 in θ}, or a certified superset of it.</summary>
    public required ExceptionalStepSizesEvidence ExceptionalStepSizes { get; init; }

    /// <summary>With no η given: what is checked instead (every η outside E).</summary>
    public string? Premise { get; internal set; }

    /// <summary>The step size checked.</summary>
    public Rational? Eta { get; internal set; }

    /// <summary>True when η is certainly not in E (g(1/η) ≠ 0); false when it may be. Absent when E was not computed.</summary>
    public bool? EtaOutsideExceptionalSuperset { get; internal set; }

    /// <summary>L = 1: the form of the (constant) Hessian.</summary>
    public string? Hessian { get; internal set; }

    /// <summary>L = 1: det(I − η·2c·Sxx), exact; det(I − ηH) is its d_L-th power.</summary>
    public Rational? BlockDeterminant { get; internal set; }

    /// <summary>L = 1: d_L, the power of the block determinant.</summary>
    public int? OutputWidth { get; internal set; }

    /// <summary>The point θ₀ with det(I − ηH(θ₀)) ≠ 0 that certifies the claim.</summary>
    public WitnessDeterminantEvidence? Witness { get; internal set; }

    /// <summary>How many points were tried (θ = 0, then random rational points).</summary>
    public int? PointsTried { get; internal set; }

    /// <summary>When no witness was found: the determinant at every point tried, all zero.</summary>
    public IReadOnlyList<WitnessDeterminantEvidence>? VanishedAt { get; internal set; }

    /// <summary>Small P with no witness: the number of terms of det(I − ηH(θ)) expanded exactly in θ.</summary>
    public int? SymbolicDeterminantTerms { get; internal set; }
}

/// <summary>The exceptional step sizes E of T1 (<see cref="Theorems.ExceptionalStepSizes"/>).</summary>
public sealed record ExceptionalStepSizesEvidence
{
    /// <summary>empty, exact (every root is exceptional), superset (E ⊆ the roots) or not-computed.</summary>
    public required string Status { get; init; }

    /// <summary>How E was obtained, or why not.</summary>
    public required string Basis { get; init; }

    /// <summary>g(u), u = 1/η: E ⊆ {1/u : u &gt; 0 a root of g}.</summary>
    public string? PolynomialInInverseEta { get; init; }

    /// <summary>The variable of the polynomial: "u = 1/η".</summary>
    public string? Variable { get; init; }

    /// <summary>The positive roots of g, isolated in rational intervals.</summary>
    public IReadOnlyList<ExceptionalRootEvidence>? PositiveRoots { get; init; }
}

/// <summary>One positive root u of g, and the η = 1/u it excludes.</summary>
public sealed record ExceptionalRootEvidence
{
    /// <summary>[lower, upper] ∋ u, exact.</summary>
    public required IReadOnlyList<Rational> InverseEta { get; init; }

    /// <summary>[1/upper, 1/lower] ∋ η, exact.</summary>
    public required IReadOnlyList<Rational> Eta { get; init; }

    /// <summary>1/u at the interval's midpoint, as a double.</summary>
    public required double EtaApprox { get; init; }
}

/// <summary>det(I − ηH(θ)) at one point (<see cref="WitnessDeterminant"/>).</summary>
public sealed record WitnessDeterminantEvidence
{
    /// <summary>Which point: "0" or "random point k".</summary>
    public required string Point { get; init; }

    /// <summary>The point, exact (left out for θ = 0).</summary>
    public IReadOnlyList<Rational>? Theta { get; init; }

    /// <summary>exact (Bareiss over Q) or modular (modulo <see cref="Prime"/>).</summary>
    public required string Method { get; init; }

    /// <summary>Exact method: the determinant "p/q" (or "&lt;N characters&gt;" when longer than 200).</summary>
    public string? Determinant { get; init; }

    /// <summary>Exact method: the determinant as a double.</summary>
    public double? DeterminantApprox { get; init; }

    /// <summary>Modular method: the prime p (a string: it exceeds 2^53).</summary>
    public string? Prime { get; init; }

    /// <summary>Modular method: the determinant modulo p (a nonzero residue proves a nonzero determinant).</summary>
    public string? Residue { get; init; }

    /// <summary>Whether the determinant is proved nonzero.</summary>
    public required bool Nonzero { get; init; }
}

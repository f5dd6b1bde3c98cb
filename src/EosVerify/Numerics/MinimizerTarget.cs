using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Numerics;

/// <summary>Which global-minimiser situation of MATH.md T2 a problem is in.</summary>
internal enum MinimizerCase
{
    /// <summary>Sxx ≻ 0 and rank W* ≤ bottleneck: M = μ⁻¹(W*), G = 0 on M, H = Gauss–Newton there.</summary>
    FullRank,

    /// <summary>rank W* exceeds the bottleneck: the minimisers are μ⁻¹(W_r), W_r the best rank-r solution in the Sxx metric; G ≠ 0 on them.</summary>
    ReducedRank,

    /// <summary>Sxx is singular: W* is not unique; the minimum-norm solution Syx Sxx⁺ (truncated to the bottleneck if needed) is used.</summary>
    SingularInput,
}

/// <summary>
/// The product every global minimiser maps to, with the facts about it that MATH.md T2 asks to report.
/// </summary>
/// <param name="Case">Full rank, reduced rank (bottleneck), or singular Sxx.</param>
/// <param name="Product">W* = Syx Sxx⁻¹, or W_r in the reduced-rank case, or Syx Sxx⁺ when Sxx is singular (dL×d0).</param>
/// <param name="UnconstrainedRank">r* = rank of Syx Sxx⁺ (before any truncation).</param>
/// <param name="Rank">rank of <paramref name="Product"/>.</param>
/// <param name="Bottleneck">r = min(d_1..d_{L−1}).</param>
/// <param name="WhitenedSingularValues">Singular values of Syx Sxx^{−1/2} (descending): the Sxx-metric singular values of W*.</param>
/// <param name="ReducedRankUnique">In the reduced-rank case: whether σ_r &gt; σ_{r+1} (else W_r is not unique). True otherwise.</param>
/// <param name="OptimalLoss">The global minimum value of the loss: c·[tr Syy − Σ_{i ≤ min(r, r*)} σ_i²].</param>
/// <param name="SxxSmallestEigenvalue">λ_min(Sxx) (Sxx ≻ 0 is judged relative to λ_max with the rank tolerance).</param>
internal sealed record MinimizerTarget(
    MinimizerCase Case,
    Matrix<double> Product,
    int UnconstrainedRank,
    int Rank,
    int Bottleneck,
    IReadOnlyList<double> WhitenedSingularValues,
    bool ReducedRankUnique,
    double OptimalLoss,
    double SxxSmallestEigenvalue)
{
    /// <summary>
    /// True when the residual G = W Sxx − Syx vanishes on the minimisers (so H there is the Gauss–Newton term): no
    /// truncation to the bottleneck was needed. (With Sxx singular, Syx Sxx⁺ Sxx = Syx still holds.)
    /// </summary>
    public bool ResidualVanishes => Rank == UnconstrainedRank;
}

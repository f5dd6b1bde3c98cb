using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// A proven bound R² on ‖θ‖² over the stable minima {θ ∈ M : S(θ) ≤ 2/η}, with the name of the theorem that proves it
/// (docs/theorems.md, T3). Valid where Sxx ≻ 0 and G = 0 on M (rank W* ≤ every hidden width), so H is the Gauss–Newton
/// term and vᵀHv = 2c·tr(dW Sxx dWᵀ) ≥ 2c·λ_min(Sxx)·‖Dμ v‖²; λ_min(Sxx) enters through a rational ℓ ≤ λ_min(Sxx)
/// certified by an exact definiteness test, so every R² here is an exact rational upper bound.
/// </summary>
internal sealed record CertifiedRadius(Rational RadiusSquared, string Theorem, string Argument)
{
    /// <summary>
    /// L = 2, any widths: taking Δ on one layer along top singular vectors gives S ≥ 2cℓ·max(‖W_1‖₂², ‖W_2‖₂²), and
    /// ‖W_k‖_F² ≤ min(d_k, d_{k−1})·‖W_k‖₂²; so S ≤ 2/η forces ‖θ‖² ≤ (m_1 + m_2)/(η c ℓ).
    /// </summary>
    public static CertifiedRadius? DepthTwo(Problem problem, Rational eta)
    {
        var arch = problem.Architecture;
        if (arch.Depth != 2 || SxxLowerBound(problem) is not { } ell) return null;
        int ranks = Math.Min(arch.Width(1), arch.Width(0)) + Math.Min(arch.Width(2), arch.Width(1));
        var c = problem.LossScale.Factor();
        return new CertifiedRadius(ranks / (eta * c * ell), "depth-two",
            $"L = 2: S ≥ 2c·ℓ·max(‖W_1‖₂², ‖W_2‖₂²) on M with ℓ = {ell} ≤ λ_min(Sxx) (exact), and ‖θ‖² ≤ (min(d1,d0) + min(d2,d1))·max(‖W_k‖₂²) = {ranks}·max(‖W_k‖₂²)");
    }

    /// <summary>
    /// All widths equal to d and W* invertible (L ≥ 3): with K² = 1/(ηcℓ) ≥ max_k ‖A_k‖₂²‖B_k‖₂² and s² = ℓ' ≤ σ_min(W*)²,
    /// σ_min(A_k) ≥ (s/K)^{L−k} and σ_min(B_k) ≥ (s/K)^{k−1}, so ‖W_k‖₂ = ‖A_k⁻¹W*B_k⁻¹‖₂ ≤ ‖W*‖₂(K/s)^{L−1} and
    /// ‖θ‖² ≤ L·d·‖W*‖_F²·(K²/s²)^{L−1}.
    /// </summary>
    public static CertifiedRadius? SquareInvertible(Problem problem, RationalMatrix wStar, Rational eta)
    {
        var arch = problem.Architecture;
        int d = arch.Width(0);
        if (arch.Depth < 3 || arch.Widths.Any(w => w != d) || SxxLowerBound(problem) is not { } ell) return null;
        var gram = wStar.Transpose() * wStar;
        if (EigenvalueBounds.LowerBoundOfSmallest(gram) is not { Sign: > 0 } sMin) return null;
        var frobenius = gram.Trace();
        var c = problem.LossScale.Factor();
        var ratio = 1 / (eta * c * ell * sMin);
        return new CertifiedRadius(arch.Depth * d * frobenius * ratio.Pow(arch.Depth - 1), "square-invertible",
            $"all widths {d}, W* invertible: max_k ‖A_k‖²‖B_k‖² ≤ 1/(ηcℓ) with ℓ = {ell} ≤ λ_min(Sxx), σ_min(W*)² ≥ {sMin} (exact), hence ‖W_k‖₂² ≤ ‖W*‖²·(1/(ηcℓσ_min²))^(L−1)");
    }

    /// <summary>A positive rational ℓ ≤ λ_min(Sxx), certified exactly; null when Sxx is not positive definite.</summary>
    public static Rational? SxxLowerBound(Problem problem) =>
        EigenvalueBounds.LowerBoundOfSmallest(problem.Moments.Sxx) is { Sign: > 0 } ell ? ell : null;
}

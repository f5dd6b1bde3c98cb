using EosVerify.Algebra;
using EosVerify.Networks;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Theorems;

/// <summary>
/// The certified lower bound on S_min for every full-rank architecture (docs/t4-bracket.md, Theorem A): on M,
/// S(θ) ≥ 2c·λ_min(Sxx)·‖Dμ(θ)‖₂² and ‖Dμ(θ)‖₂² ≥ L·σ_max(W*)^{2(L−1)/L}, so
/// S_min ≥ S_lo = 2c·ℓ·L·q^{(L−1)/L} for any rational ℓ ≤ λ_min(Sxx) and q ≤ σ_max(W*)². S_lo is irrational in
/// general, so every comparison with it is made on L-th powers: S_lo &gt; s ⟺ (2c·ℓ·L)^L·q^{L−1} &gt; s^L (s ≥ 0).
/// </summary>
internal sealed class ProductSharpnessLowerBound
{
    private readonly Rational _powerL; // S_lo^L = (2c·ℓ·L)^L · q^{L−1}

    private ProductSharpnessLowerBound(int depth, Rational curvature, Rational sxxSmallest, Rational topSquared)
    {
        Depth = depth;
        SxxSmallestLowerBound = sxxSmallest;
        TopSingularValueSquaredLowerBound = topSquared;
        _powerL = (curvature * sxxSmallest * depth).Pow(depth) * topSquared.Pow(depth - 1);
        Approx = curvature.ToDouble() * sxxSmallest.ToDouble() * depth * Math.Pow(topSquared.ToDouble(), (depth - 1.0) / depth);
        Rational = RationalAtMost();
    }

    public int Depth { get; }

    /// <summary>ℓ: a rational lower bound on λ_min(Sxx) (<see cref="EigenvalueBounds.LowerBoundOfSmallest(RationalMatrix)"/>; exact when Sxx is diagonal).</summary>
    public Rational SxxSmallestLowerBound { get; }

    /// <summary>q: a rational lower bound on σ_max(W*)² (exact when dL = 1 or d0 = 1).</summary>
    public Rational TopSingularValueSquaredLowerBound { get; }

    /// <summary>S_lo as a double (display only).</summary>
    public double Approx { get; }

    /// <summary>A rational at most S_lo (so at most S_min), within about 1e-13 relative of it.</summary>
    public Rational Rational { get; }

    /// <summary>The bound for a full-rank problem (Sxx ≻ 0, W* given exactly, L ≥ 1).</summary>
    /// <summary>The argument, as evidence states it, when S_lo &gt; 2/η: no global minimum is stable.</summary>
    public const string NoStableMinimumArgument = "T4's Theorem A: S ≥ S_lo = 2c·ℓ·L·σ_max(W*)^(2(L−1)/L) on M (exact), and S_lo > 2/η";

    public static ProductSharpnessLowerBound For(Problem problem, RationalMatrix wStar)
    {
        var sxx = problem.Moments.Sxx;
        var curvature = 2 * problem.LossScale.Factor();
        return new ProductSharpnessLowerBound(problem.Architecture.Depth, curvature,
            EigenvalueBounds.LowerBoundOfSmallest(sxx) ?? throw new InvalidOperationException("Sxx is not positive semidefinite."),
            TopSingularValueSquared(wStar));
    }

    /// <summary>S_lo &gt; s, exactly.</summary>
    public bool Exceeds(Rational s) => s.Sign < 0 || _powerL > s.Pow(Depth);

    /// <summary>S_lo ≥ s, exactly.</summary>
    public bool AtLeast(Rational s) => s.Sign <= 0 || _powerL >= s.Pow(Depth);

    /// <summary>A Rayleigh quotient of the smaller Gram matrix of W* at a rational top eigenvector estimate: ≤ σ_max(W*)².</summary>
    internal static Rational TopSingularValueSquared(RationalMatrix wStar)
    {
        var gram = wStar.RowCount <= wStar.ColumnCount ? wStar * wStar.Transpose() : wStar.Transpose() * wStar;
        if (gram.RowCount == 1) return gram[0, 0];
        var evd = gram.ToDouble().Evd(Symmetricity.Symmetric);
        int top = Enumerable.Range(0, gram.RowCount).MaxBy(i => evd.EigenValues[i].Real);
        var vector = evd.EigenVectors.Column(top).Select(x => ExactProjection.Rationalize(x, 17)).ToArray();
        if (vector.All(v => v.IsZero)) return Rational.Zero;
        var quotient = Rational.Max(Rational.Zero, EigenvalueBounds.RayleighQuotient(gram, vector));
        var shorter = ExactProjection.Rationalize(quotient.ToDouble() * (1 - 1e-15), 17);
        return shorter.Sign >= 0 && shorter <= quotient ? shorter : quotient; // a shorter rational below it is a bound too
    }

    private Rational RationalAtMost()
    {
        if (_powerL.IsZero) return Rational.Zero;
        foreach (double slack in new[] { 1e-13, 1e-10, 1e-6, 1e-3, 0.1, 0.5 })
        {
            var candidate = ExactProjection.Rationalize(Approx * (1 - slack), 17);
            if (candidate.Sign > 0 && AtLeast(candidate)) return candidate;
        }
        return Rational.Zero;
    }
}

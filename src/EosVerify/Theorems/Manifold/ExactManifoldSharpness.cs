using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// Exact sharpness tests at a rational global minimizer, in the dL·d0-dimensional product space instead of the
/// P-dimensional parameter space. Where the residual G = W Sxx − Syx vanishes, the Hessian is the Gauss–Newton term:
/// vᵀHv = 2c Σ_i (dW L)_i D (dW L)_iᵀ with Sxx = L D Lᵀ (exact LDLᵀ, L unit lower triangular, D ⪰ 0 diagonal) and
/// dW = Σ_k A_k Δ_k B_k. So H = 2c J'ᵀ E J' with J'(Δ) = dW·L and E = I ⊗ D, and the nonzero eigenvalues of H are those
/// of 2c E₊^{1/2} Γ E₊^{1/2}, where Γ[(i,j),(i',j')] = Σ_k (A_k A_kᵀ)[i,i'] (Lᵀ B_kᵀ B_k L)[j,j'] is the Gram matrix of J'
/// restricted to the support of D. By congruence, S(θ) ≤ s iff s·(2c E₊)⁻¹ − Γ ⪰ 0 (and s ≥ 0), and S(θ) &lt; s iff
/// that matrix is positive definite (and s &gt; 0). Every step is rational, so the answers are exact.
/// </summary>
internal sealed class ExactManifoldSharpness
{
    private readonly RationalMatrix _gram;
    private readonly Rational[] _inverseCurvature; // 1 / (2c·D_jj) for each support index (i, j)

    private ExactManifoldSharpness(RationalMatrix gram, Rational[] inverseCurvature)
    {
        _gram = gram;
        _inverseCurvature = inverseCurvature;
    }

    /// <summary>Size of the matrix the tests factor: dL times the rank of Sxx.</summary>
    public int Dimension => _inverseCurvature.Length;

    /// <summary>dL·d0, the largest size of the tested matrix; callers use it to budget the exact work.</summary>
    public static int ProductSpaceDimension(Architecture architecture) => architecture.InputDimension * architecture.OutputDimension;

    /// <summary>
    /// Nominal operations (<see cref="Numerics.WorkBudget"/>) of building the tests at one point and running one of
    /// them: the products A_k (dL×d_k) and B_k (d_{k−1}×d0), at most L·2·max(d0, dL)·Σ_k d_k·d_{k−1}, the Gram
    /// matrix (L·m²) and its elimination or congruence certificate (m³/3), all in rationals; m = dL·d0.
    /// </summary>
    public static double Cost(Architecture architecture)
    {
        double m = ProductSpaceDimension(architecture), depth = architecture.Depth;
        double ends = Math.Max(architecture.InputDimension, architecture.OutputDimension), layers = 0;
        for (int k = 1; k <= architecture.Depth; k++) layers += (double)architecture.Width(k) * architecture.Width(k - 1);
        return (depth * 2 * ends * layers + depth * m * m + m * m * m / 3) * Numerics.WorkBudget.RationalOperation;
    }

    /// <summary>Bytes held: the Gram matrix and its shifted copy, m² small rationals each (about 64 bytes).</summary>
    public static double Memory(Architecture architecture)
    {
        double m = ProductSpaceDimension(architecture);
        return 2 * m * m * 64;
    }

    /// <summary>The tests at θ, or null when θ is not a zero-residual point (G ≠ 0: H is not the Gauss–Newton term).</summary>
    public static ExactManifoldSharpness? At(Problem problem, IReadOnlyList<Rational> theta) =>
        At(problem, new ExactLayers(problem.Architecture, theta));

    public static ExactManifoldSharpness? At(Problem problem, ExactLayers layers)
    {
        var moments = problem.Moments;
        if (!(layers.Product * moments.Sxx - moments.Syx).IsZero) return null;
        if (SymmetricLdl.Decompose(moments.Sxx) is not { } ldl) return null;

        var arch = problem.Architecture;
        int dOut = arch.OutputDimension;
        var support = Enumerable.Range(0, arch.InputDimension).Where(j => ldl.Diagonal[j].Sign > 0).ToArray();
        var twoC = 2 * problem.LossScale.Factor();
        var left = new RationalMatrix[arch.Depth];
        var right = new RationalMatrix[arch.Depth];
        for (int k = 1; k <= arch.Depth; k++)
        {
            var a = layers.After(k);
            var b = layers.Before(k) * ldl.Lower;
            left[k - 1] = a * a.Transpose();
            right[k - 1] = b.Transpose() * b;
        }
        int m = dOut * support.Length;
        var gram = RationalMatrix.Create(m, m, (p, q) =>
        {
            int i = p / support.Length, j = support[p % support.Length];
            int i2 = q / support.Length, j2 = support[q % support.Length];
            var sum = Rational.Zero;
            for (int k = 0; k < left.Length; k++) sum += left[k][i, i2] * right[k][j, j2];
            return sum;
        });
        var inverse = new Rational[m];
        for (int p = 0; p < m; p++) inverse[p] = (twoC * ldl.Diagonal[support[p % support.Length]]).Reciprocal();
        return new ExactManifoldSharpness(gram, inverse);
    }

    /// <summary>S(θ) ≤ s, exactly.</summary>
    public bool AtMost(Rational s) => s.Sign >= 0 && (Dimension == 0 || ExactLinearAlgebra.IsPositiveSemidefinite(Shifted(s)));

    /// <summary>S(θ) &lt; s, exactly.</summary>
    public bool Below(Rational s) => s.Sign > 0 && (Dimension == 0 || ExactLinearAlgebra.IsPositiveDefinite(Shifted(s)));

    /// <summary>Above this size <see cref="ProvedBelow"/> uses the congruence certificate instead of fraction-free elimination.</summary>
    public const int MaxEliminationDimension = 24;

    /// <summary>
    /// S(θ) &lt; s proved: decided exactly (as <see cref="Below"/>) up to <see cref="MaxEliminationDimension"/>, above it
    /// by the sufficient exact test of <see cref="CongruenceDefiniteness"/> (false then means "not proved").
    /// </summary>
    public bool ProvedBelow(Rational s) =>
        Dimension <= MaxEliminationDimension ? Below(s) : s.Sign > 0 && CongruenceDefiniteness.ProvesPositiveDefinite(Shifted(s));

    /// <summary>
    /// S(θ) ≤ s proved: exactly (as <see cref="AtMost"/>) up to <see cref="MaxEliminationDimension"/>, above it through
    /// <see cref="ProvedBelow"/> (S &lt; s implies S ≤ s; false then means "not proved", never "S &gt; s").
    /// </summary>
    public bool ProvedAtMost(Rational s) => Dimension <= MaxEliminationDimension ? AtMost(s) : ProvedBelow(s);

    private RationalMatrix Shifted(Rational s) =>
        RationalMatrix.Create(Dimension, Dimension, (p, q) => (p == q ? s * _inverseCurvature[p] : Rational.Zero) - _gram[p, q]);
}

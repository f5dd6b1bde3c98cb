using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Numerics;

/// <summary>
/// Sharpness at a global minimiser where G = W Sxx − Syx = 0. There H = 2c·JᵀJ with J: Δ ↦ Σ_k A_k Δ_k B_k Sxx^{1/2},
/// so its nonzero eigenvalues are those of the small (dL·d0)² matrix
/// K = J Jᵀ·2c = 2c·Σ_k (A_k A_kᵀ) ⊗ (Sxx^{1/2} B_kᵀ B_k Sxx^{1/2}) — cost independent of P.
/// </summary>
internal sealed class ManifoldSharpness
{
    private readonly NumericProblem _problem;
    private readonly Matrix<double> _sqrtSxx;

    public ManifoldSharpness(NumericProblem problem)
    {
        _problem = problem ?? throw new ArgumentNullException(nameof(problem));
        var evd = problem.Sxx.Evd(Symmetricity.Symmetric);
        var root = Matrix<double>.Build.Dense(problem.InputDimension, problem.InputDimension);
        for (int i = 0; i < problem.InputDimension; i++)
        {
            double lambda = Math.Max(0, evd.EigenValues[i].Real);
            var ui = evd.EigenVectors.Column(i);
            root += ui.OuterProduct(ui) * Math.Sqrt(lambda);
        }
        _sqrtSxx = root;
    }

    /// <summary>The matrix K at θ (valid as a Hessian spectrum only where G(θ) = 0).</summary>
    public Matrix<double> ReducedMatrix(ReadOnlySpan<double> theta)
    {
        _problem.RequireTheta(theta);
        var (after, before) = MinimizerManifold.PrefixSuffix(_problem, theta);
        int n = _problem.OutputDimension * _problem.InputDimension;
        var k = Matrix<double>.Build.Dense(n, n);
        for (int layer = 1; layer <= _problem.Depth; layer++)
        {
            var left = after[layer] * after[layer].Transpose();
            var c = before[layer] * _sqrtSxx;
            var right = c.TransposeThisAndMultiply(c);
            k += left.KroneckerProduct(right);
        }
        return k * (2 * _problem.LossFactor);
    }

    /// <summary>Eigenvalues of K, ascending: the nonzero Hessian eigenvalues at a minimiser θ (plus zeros).</summary>
    public double[] Eigenvalues(ReadOnlySpan<double> theta)
    {
        var k = ReducedMatrix(theta);
        k = (k + k.Transpose()) * 0.5;
        var values = k.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
        Array.Sort(values);
        return values;
    }

    /// <summary>λ_max(H(θ)) for θ on M (G = 0).</summary>
    public double Sharpness(ReadOnlySpan<double> theta) => Eigenvalues(theta)[^1];
}

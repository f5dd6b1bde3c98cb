using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Numerics;

/// <summary>
/// The P×P Hessian from its closed form, block by block (an algorithm independent of <see cref="HessianOperator"/>).
/// With A_k = W_L⋯W_{k+1}, B_k = W_{k−1}⋯W_1, G = W Sxx − Syx and C_{kj} = W_{k−1}⋯W_{j+1} (j &lt; k):
/// Gauss–Newton block (k,j) = 2c·(A_kᵀA_j) ⊗ (B_k Sxx B_jᵀ); residual block (k &gt; j), entry
/// [(i,l),(p,q)] = 2c·(A_kᵀ G B_jᵀ)[i,q]·C_{kj}[l,p]; diagonal blocks have no residual part.
/// Memory is P²: meant for P up to a few thousand.
/// </summary>
internal static class DenseHessian
{
    public const int MaxParameters = 6000;

    public static Matrix<double> Compute(NumericProblem problem, ReadOnlySpan<double> theta)
    {
        problem.RequireTheta(theta);
        int pCount = problem.ParameterCount;
        if (pCount > MaxParameters)
            throw new ArgumentException($"P = {pCount} is too large for a dense Hessian (limit {MaxParameters}); use Lanczos on Hessian–vector products.");
        var layout = problem.Layout;
        int l = problem.Depth;
        var weights = Weights(problem, theta);
        var sxx = problem.Sxx;
        double twoC = 2 * problem.LossFactor;

        // before[k] = B_k, after[k] = A_k (k = 1..L)
        var before = new Matrix<double>[l + 2];
        var after = new Matrix<double>[l + 2];
        before[1] = Matrix<double>.Build.DenseIdentity(problem.InputDimension);
        for (int k = 1; k <= l; k++) before[k + 1] = weights[k] * before[k];
        after[l] = Matrix<double>.Build.DenseIdentity(problem.OutputDimension);
        for (int k = l; k >= 2; k--) after[k - 1] = after[k] * weights[k];
        var g = before[l + 1] * sxx - problem.Syx;

        var h = Matrix<double>.Build.Dense(pCount, pCount);
        for (int k = 1; k <= l; k++)
        {
            for (int j = 1; j <= k; j++)
            {
                var left = after[k].TransposeThisAndMultiply(after[j]);            // d_k × d_j
                var right = before[k] * sxx * before[j].Transpose();               // d_{k−1} × d_{j−1}
                Matrix<double>? residual = null, between = null;
                if (j < k)
                {
                    residual = after[k].TransposeThisAndMultiply(g) * before[j].Transpose(); // d_k × d_{j−1}
                    between = Matrix<double>.Build.DenseIdentity(layout.Columns(k));           // C_{kj}: d_{k−1} × d_j
                    for (int t = k - 1; t >= j + 1; t--) between = between * weights[t];
                }
                for (int i = 0; i < layout.Rows(k); i++)
                    for (int c = 0; c < layout.Columns(k); c++)
                    {
                        int a = layout.Offset(k) + i * layout.Columns(k) + c;
                        for (int p = 0; p < layout.Rows(j); p++)
                            for (int q = 0; q < layout.Columns(j); q++)
                            {
                                int b = layout.Offset(j) + p * layout.Columns(j) + q;
                                double value = left[i, p] * right[c, q];
                                if (residual is not null) value += residual[i, q] * between![c, p];
                                h[a, b] = twoC * value;
                                h[b, a] = twoC * value;
                            }
                    }
            }
        }
        return h;
    }

    /// <summary>Ascending eigenvalues of the dense Hessian (symmetric EVD).</summary>
    public static double[] Eigenvalues(NumericProblem problem, ReadOnlySpan<double> theta)
    {
        var h = Compute(problem, theta);
        var values = h.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
        Array.Sort(values);
        return values;
    }

    /// <summary>W_1..W_L as MathNet matrices (index k holds W_k; index 0 unused).</summary>
    internal static Matrix<double>[] Weights(NumericProblem problem, ReadOnlySpan<double> theta)
    {
        var layout = problem.Layout;
        var weights = new Matrix<double>[problem.Depth + 1];
        for (int k = 1; k <= problem.Depth; k++)
            weights[k] = NumericProblem.FromRowMajor(theta.Slice(layout.Offset(k), layout.Rows(k) * layout.Columns(k)),
                layout.Rows(k), layout.Columns(k));
        return weights;
    }
}

using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Numerics;

/// <summary>
/// The manifold of global minimisers M = μ⁻¹(W*) (MATH.md T2): the target product, balanced points on M, moves along
/// M by invertible gauges, the rank of the product map's Jacobian, and the distance of a point to M.
/// </summary>
internal static class MinimizerManifold
{
    /// <summary>Relative tolerance for numerical ranks (singular values below this × the largest count as zero).</summary>
    public const double DefaultRankTolerance = 1e-10;

    public static MinimizerTarget Target(NumericProblem problem, double rankTolerance = DefaultRankTolerance)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var sxx = problem.Sxx;
        var syx = problem.Syx;
        var evd = sxx.Evd(Symmetricity.Symmetric);
        var lambda = evd.EigenValues.Select(z => z.Real).ToArray();
        double lambdaMax = lambda.Max(), lambdaMin = lambda.Min();
        bool positiveDefinite = lambdaMin > rankTolerance * Math.Max(lambdaMax, double.Epsilon);
        // Sxx^{−1/2} on the numerically nonzero eigenvalues (the pseudo-inverse square root).
        var u = evd.EigenVectors;
        var inverseRoot = Matrix<double>.Build.Dense(lambda.Length, lambda.Length);
        for (int i = 0; i < lambda.Length; i++)
        {
            if (lambda[i] <= rankTolerance * Math.Max(lambdaMax, double.Epsilon)) continue;
            var ui = u.Column(i);
            inverseRoot += ui.OuterProduct(ui) * (1 / Math.Sqrt(lambda[i]));
        }
        var whitened = syx * inverseRoot;
        var svd = whitened.Svd(computeVectors: true);
        var sigma = svd.S.ToArray();
        int unconstrainedRank = sigma.Count(s => s > rankTolerance * Math.Max(sigma.DefaultIfEmpty(0).Max(), double.Epsilon));
        int bottleneck = problem.Architecture.Bottleneck;
        int rank = Math.Min(unconstrainedRank, bottleneck);
        var truncated = Matrix<double>.Build.Dense(whitened.RowCount, whitened.ColumnCount);
        for (int i = 0; i < rank; i++) truncated += svd.U.Column(i).OuterProduct(svd.VT.Row(i)) * sigma[i];
        var product = truncated * inverseRoot;

        var kind = !positiveDefinite ? MinimizerCase.SingularInput
            : unconstrainedRank > bottleneck ? MinimizerCase.ReducedRank
            : MinimizerCase.FullRank;
        bool unique = unconstrainedRank <= bottleneck || sigma[bottleneck - 1] - sigma[bottleneck] > rankTolerance * sigma[0];
        double kept = 0;
        for (int i = 0; i < rank; i++) kept += sigma[i] * sigma[i];
        double optimum = problem.LossFactor * (problem.TraceSyy - kept);
        return new MinimizerTarget(kind, product, unconstrainedRank, rank, bottleneck, sigma, unique, optimum, lambdaMin);
    }

    /// <summary>
    /// A balanced point θ with W(θ) = product: with product = U Σ Vᵀ of rank q, W_1 = Σ^{1/L}Vᵀ, W_k = Σ^{1/L} (middle),
    /// W_L = U Σ^{1/L}, each padded with zeros; then W_{k+1}ᵀW_{k+1} = W_k W_kᵀ. The rank q must not exceed the bottleneck.
    /// </summary>
    public static double[] BalancedPoint(NumericProblem problem, Matrix<double> product, double rankTolerance = DefaultRankTolerance)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var layout = problem.Layout;
        int l = problem.Depth;
        if (product.RowCount != problem.OutputDimension || product.ColumnCount != problem.InputDimension)
            throw new ArgumentException($"The product must be {problem.OutputDimension}×{problem.InputDimension}, got {product.RowCount}×{product.ColumnCount}.", nameof(product));
        if (l == 1) return NumericProblem.ToRowMajor(product);
        var svd = product.Svd(computeVectors: true);
        var sigma = svd.S.ToArray();
        int q = sigma.Count(s => s > rankTolerance * Math.Max(sigma.DefaultIfEmpty(0).Max(), double.Epsilon));
        if (q > problem.Architecture.Bottleneck)
            throw new ArgumentException($"The product has rank {q}, more than the bottleneck width {problem.Architecture.Bottleneck}: no point of the network reaches it.", nameof(product));
        var weights = new Matrix<double>[l + 1];
        for (int k = 1; k <= l; k++) weights[k] = Matrix<double>.Build.Dense(layout.Rows(k), layout.Columns(k));
        for (int i = 0; i < q; i++)
        {
            double root = Math.Pow(sigma[i], 1.0 / l);
            for (int j = 0; j < problem.InputDimension; j++) weights[1][i, j] = root * svd.VT[i, j];
            for (int k = 2; k < l; k++) weights[k][i, i] = root;
            for (int j = 0; j < problem.OutputDimension; j++) weights[l][j, i] = root * svd.U[j, i];
        }
        return Join(problem, weights);
    }

    /// <summary>
    /// Moves θ along the fibre of W(θ): W_k ← A_k W_k, W_{k+1} ← W_{k+1} A_k⁻¹ for the hidden layers k = 1..L−1
    /// (gauges[k−1] is A_k, d_k×d_k invertible). W(θ) is unchanged up to rounding.
    /// </summary>
    public static double[] Move(NumericProblem problem, ReadOnlySpan<double> theta, IReadOnlyList<Matrix<double>> gauges)
    {
        problem.RequireTheta(theta);
        int l = problem.Depth;
        if (gauges.Count != l - 1) throw new ArgumentException($"Expected {l - 1} gauge matrices (one per hidden layer), got {gauges.Count}.", nameof(gauges));
        var weights = DenseHessian.Weights(problem, theta);
        for (int k = 1; k < l; k++)
        {
            var a = gauges[k - 1];
            int d = problem.Architecture.Width(k);
            if (a.RowCount != d || a.ColumnCount != d) throw new ArgumentException($"Gauge A_{k} must be {d}×{d}, got {a.RowCount}×{a.ColumnCount}.", nameof(gauges));
            weights[k] = a * weights[k];
            weights[k + 1] = weights[k + 1] * a.Inverse();
        }
        return Join(problem, weights);
    }

    /// <summary>Dμ(θ): the (dL·d0)×P Jacobian of vec W(θ) (row-major vec); column (k,i,j) is vec(A_k e_i e_jᵀ B_k).</summary>
    public static Matrix<double> ProductJacobian(NumericProblem problem, ReadOnlySpan<double> theta)
    {
        problem.RequireTheta(theta);
        var layout = problem.Layout;
        int l = problem.Depth, d0 = problem.InputDimension, dL = problem.OutputDimension;
        var (after, before) = PrefixSuffix(problem, theta);
        var jacobian = Matrix<double>.Build.Dense(dL * d0, problem.ParameterCount);
        for (int k = 1; k <= l; k++)
            for (int i = 0; i < layout.Rows(k); i++)
                for (int j = 0; j < layout.Columns(k); j++)
                {
                    int column = layout.Offset(k) + i * layout.Columns(k) + j;
                    for (int r = 0; r < dL; r++)
                    {
                        double a = after[k][r, i];
                        if (a == 0) continue;
                        for (int s = 0; s < d0; s++) jacobian[r * d0 + s, column] = a * before[k][j, s];
                    }
                }
        return jacobian;
    }

    /// <summary>Numerical rank of Dμ(θ); the tangent space of the fibre there has dimension P − rank.</summary>
    public static int ProductJacobianRank(NumericProblem problem, ReadOnlySpan<double> theta, double rankTolerance = DefaultRankTolerance)
    {
        var s = ProductJacobian(problem, theta).Svd(computeVectors: false).S.ToArray();
        double max = s.DefaultIfEmpty(0).Max();
        return s.Count(v => v > rankTolerance * Math.Max(max, double.Epsilon));
    }

    /// <summary>P − rank Dμ(θ): the dimension of the fibre's tangent space at θ when θ is a regular point.</summary>
    public static int FibreTangentDimension(NumericProblem problem, ReadOnlySpan<double> theta, double rankTolerance = DefaultRankTolerance) =>
        problem.ParameterCount - ProductJacobianRank(problem, theta, rankTolerance);

    /// <summary>
    /// Distance of θ to M measured in product space: ‖W(θ) − W*‖_F. (Not the Euclidean distance in θ-space, which needs a
    /// projection onto M; the product-space distance is zero exactly on M and is what GD's convergence is judged by.)
    /// </summary>
    public static double Distance(NumericProblem problem, ReadOnlySpan<double> theta, MinimizerTarget target) =>
        (problem.Product(theta) - target.Product).FrobeniusNorm();

    /// <summary>A_k = W_L⋯W_{k+1} (dL×d_k) and B_k = W_{k−1}⋯W_1 (d_{k−1}×d0), for k = 1..L+1 / 1..L.</summary>
    internal static (Matrix<double>[] After, Matrix<double>[] Before) PrefixSuffix(NumericProblem problem, ReadOnlySpan<double> theta)
    {
        int l = problem.Depth;
        var weights = DenseHessian.Weights(problem, theta);
        var before = new Matrix<double>[l + 2];
        var after = new Matrix<double>[l + 1];
        before[1] = Matrix<double>.Build.DenseIdentity(problem.InputDimension);
        for (int k = 1; k <= l; k++) before[k + 1] = weights[k] * before[k];
        after[l] = Matrix<double>.Build.DenseIdentity(problem.OutputDimension);
        for (int k = l; k >= 2; k--) after[k - 1] = after[k] * weights[k];
        return (after, before);
    }

    internal static double[] Join(NumericProblem problem, Matrix<double>[] weights)
    {
        var layout = problem.Layout;
        var theta = new double[problem.ParameterCount];
        for (int k = 1; k <= problem.Depth; k++)
            for (int i = 0; i < layout.Rows(k); i++)
                for (int j = 0; j < layout.Columns(k); j++)
                    theta[layout.Offset(k) + i * layout.Columns(k) + j] = weights[k][i, j];
        return theta;
    }
}

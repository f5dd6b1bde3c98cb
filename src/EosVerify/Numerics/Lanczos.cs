using EosVerify.Networks;

namespace EosVerify.Numerics;

/// <summary>Options for <see cref="Lanczos"/>.</summary>
/// <param name="Count">How many of the largest eigenvalues to converge (top-k).</param>
/// <param name="Tolerance">Stop when every wanted Ritz pair has residual β·|s| ≤ Tolerance·max|Ritz value|;
/// the residual bounds the eigenvalue error, so this is a relative accuracy guarantee (up to rounding).</param>
/// <param name="MaxIterations">Krylov dimension cap (memory is MaxIterations·n doubles).</param>
/// <param name="Seed">Seed of the start vector (standard normal entries), for determinism.</param>
internal sealed record LanczosOptions(int Count = 1, double Tolerance = 1e-9, int MaxIterations = 300, ulong Seed = 0x5EED_1A2C_205UL)
{
    public void Validate()
    {
        if (Count < 1) throw new InputException("count", $"is {Count}; at least one eigenvalue must be asked for");
        if (!(Tolerance > 0) || !double.IsFinite(Tolerance)) throw new InputException("tolerance", $"is {Tolerance}; expected a positive number");
        if (MaxIterations < 1) throw new InputException("max-iterations", $"is {MaxIterations}; expected at least 1");
    }
}

/// <summary>Largest eigenvalues found by Lanczos, descending.</summary>
/// <param name="Eigenvalues">The wanted Ritz values, largest first.</param>
/// <param name="ResidualBounds">β·|s| for each, an upper bound on its distance to a true eigenvalue.</param>
/// <param name="Iterations">Lanczos steps taken (= Hessian–vector products).</param>
/// <param name="Converged">True when every residual met the tolerance (or the Krylov space became invariant).</param>
internal sealed record SpectrumEstimate(IReadOnlyList<double> Eigenvalues, IReadOnlyList<double> ResidualBounds, int Iterations, bool Converged)
{
    public double Largest => Eigenvalues[0];
}

/// <summary>
/// Symmetric Lanczos with full reorthogonalisation (classical Gram–Schmidt, applied twice) for the largest
/// eigenvalues of an operator known only through products. Deterministic: seeded start vector, fixed order of sums.
/// </summary>
internal static class Lanczos
{
    public static SpectrumEstimate Largest(ISymmetricOperator op, LanczosOptions? options = null) => Run(op, options, null, false).Estimate;

    /// <summary>
    /// The largest eigenvalues and their unit Ritz vectors (descending), started from Σ warm[i] (plus 1% of the seeded
    /// random start, so that no direction is missing from the Krylov space): warm-starting from the previous step's
    /// vectors along a trajectory makes the wanted pairs converge in fewer products. Null or degenerate warm vectors
    /// fall back to the seeded start.
    /// </summary>
    public static (SpectrumEstimate Estimate, double[][] Vectors) LargestWithVectors(ISymmetricOperator op, LanczosOptions? options = null,
        IReadOnlyList<double[]>? warm = null)
    {
        var (estimate, vectors) = Run(op, options, warm, true);
        return (estimate, vectors!);
    }

    private static (SpectrumEstimate Estimate, double[][]? Vectors) Run(ISymmetricOperator op, LanczosOptions? options, IReadOnlyList<double[]>? warm, bool wantVectors)
    {
        ArgumentNullException.ThrowIfNull(op);
        options ??= new LanczosOptions();
        options.Validate();
        int n = op.Dimension;
        if (n == 0) throw new ArgumentException("The operator has dimension 0.", nameof(op));
        int maxIterations = Math.Min(options.MaxIterations, n);
        int wanted = Math.Min(options.Count, n);

        var basis = new List<double[]>();
        var alpha = new List<double>();
        var beta = new List<double>();
        var q = Start(n, options.Seed, warm);
        var w = new double[n];

        double[] values = [], last = [];
        double lastBeta = 0;
        bool converged = false;
        for (int j = 0; j < maxIterations; j++)
        {
            basis.Add(q);
            op.Apply(q, w);
            double a = VectorOps.Dot(q, w);
            alpha.Add(a);
            // Full reorthogonalisation; a second pass only when the first cancelled much of w ("twice is enough").
            double before = Norm(w);
            foreach (var v in basis) VectorOps.Axpy(-VectorOps.Dot(v, w), v, w);
            lastBeta = Norm(w);
            if (lastBeta < 0.7 * before)
            {
                foreach (var v in basis) VectorOps.Axpy(-VectorOps.Dot(v, w), v, w);
                lastBeta = Norm(w);
            }
            (values, last) = TridiagonalEigen.Solve(alpha.ToArray(), beta.ToArray());
            double scale = values.Max(Math.Abs);
            bool invariant = lastBeta <= 1e-13 * Math.Max(scale, double.Epsilon) || !(lastBeta > 0);
            if (invariant || j + 1 >= wanted && TopConverged(values, last, lastBeta, wanted, options.Tolerance * scale))
            {
                converged = true;
                if (invariant) lastBeta = 0;
                break;
            }
            if (j + 1 == maxIterations) break;
            beta.Add(lastBeta);
            q = new double[n];
            for (int i = 0; i < n; i++) q[i] = w[i] / lastBeta;
        }

        var order = Enumerable.Range(0, values.Length).OrderByDescending(i => values[i]).Take(wanted).ToArray();
        var estimate = new SpectrumEstimate(order.Select(i => values[i]).ToArray(),
            order.Select(i => Math.Abs(lastBeta * last[i])).ToArray(), basis.Count, converged);
        return (estimate, wantVectors ? RitzVectors(basis, alpha, beta, wanted) : null);
    }

    private static double[] Start(int n, ulong seed, IReadOnlyList<double[]>? warm)
    {
        var q = new double[n];
        var rng = new SeededRandom(seed);
        for (int i = 0; i < n; i++) q[i] = rng.NextNormal();
        Scale(q, 1 / Norm(q));
        if (warm is { Count: > 0 } && warm.All(v => v.Length == n && v.All(double.IsFinite)))
        {
            var sum = new double[n];
            foreach (var v in warm) VectorOps.Axpy(1, v, sum);
            double norm = Norm(sum);
            if (norm > 0 && double.IsFinite(norm))
            {
                for (int i = 0; i < n; i++) q[i] = sum[i] / norm + 0.01 * q[i];
                Scale(q, 1 / Norm(q));
            }
        }
        return q;
    }

    /// <summary>y_i = Q s_i for the <paramref name="wanted"/> largest eigenpairs (θ_i, s_i) of the Lanczos tridiagonal T (dense EVD; T is small).</summary>
    private static double[][] RitzVectors(List<double[]> basis, List<double> alpha, List<double> beta, int wanted)
    {
        int m = basis.Count, n = basis[0].Length;
        var t = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(m, m);
        for (int i = 0; i < m; i++) t[i, i] = alpha[i];
        for (int i = 0; i + 1 < m; i++) t[i, i + 1] = t[i + 1, i] = beta[i];
        var evd = t.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        var vectors = new double[Math.Min(wanted, m)][];
        for (int r = 0; r < vectors.Length; r++)
        {
            int column = m - 1 - r; // ascending eigenvalues
            var y = new double[n];
            for (int j = 0; j < m; j++) VectorOps.Axpy(evd.EigenVectors[j, column], basis[j], y);
            Scale(y, 1 / Norm(y));
            vectors[r] = y;
        }
        return vectors;
    }

    private static bool TopConverged(double[] values, double[] last, double beta, int wanted, double tolerance)
    {
        var order = Enumerable.Range(0, values.Length).OrderByDescending(i => values[i]).Take(wanted);
        return order.All(i => Math.Abs(beta * last[i]) <= tolerance);
    }

    private static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(VectorOps.Dot(x, x));

    private static void Scale(Span<double> x, double a)
    {
        for (int i = 0; i < x.Length; i++) x[i] *= a;
    }
}

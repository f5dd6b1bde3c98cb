using EosVerify.Networks;

namespace EosVerify.Numerics;

/// <summary>Options for <see cref="Lanczos"/>.</summary>
/// <param name="Count">How many of the largest eigenvalues to converge (top-k).</param>
/// <param name="Tolerance">Stop when every wanted Ritz pair has residual β·|s| ≤ Tolerance·max|Ritz value|;
/// the residual bounds the eigenvalue error, so this is a relative accuracy guarantee (up to rounding).</param>
/// <param name="MaxIterations">Krylov dimension cap (memory is MaxIterations·n doubles).</param>
/// <param name="Seed">Seed of the start vector (standard normal entries), for determinism.</param>
public sealed record LanczosOptions(int Count = 1, double Tolerance = 1e-9, int MaxIterations = 300, ulong Seed = 0x5EED_1A2C_205UL)
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
public sealed record SpectrumEstimate(IReadOnlyList<double> Eigenvalues, IReadOnlyList<double> ResidualBounds, int Iterations, bool Converged)
{
    public double Largest => Eigenvalues[0];
}

/// <summary>
/// Symmetric Lanczos with full reorthogonalisation (classical Gram–Schmidt, applied twice) for the largest
/// eigenvalues of an operator known only through products. Deterministic: seeded start vector, fixed order of sums.
/// </summary>
public static class Lanczos
{
    public static SpectrumEstimate Largest(ISymmetricOperator op, LanczosOptions? options = null)
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
        var q = new double[n];
        var rng = new SeededRandom(options.Seed);
        for (int i = 0; i < n; i++) q[i] = rng.NextNormal();
        Scale(q, 1 / Norm(q));
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
        return new SpectrumEstimate(order.Select(i => values[i]).ToArray(),
            order.Select(i => Math.Abs(lastBeta * last[i])).ToArray(), basis.Count, converged);
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

using EosVerify.Networks;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Numerics;

/// <summary>Options for the numerical search of S_min over the minimiser manifold.</summary>
/// <param name="Restarts">Seeded starts (the first is the balanced point itself, the others random points of M).</param>
/// <param name="Seed">Seed of the random starts (start i uses SeededRandom.ForStream(Seed, i)).</param>
/// <param name="MaxIterations">BFGS iterations per smoothing stage.</param>
/// <param name="FlopBudget">Cost-model budget of the whole search in floating-point operations (see
/// <see cref="MinSharpness.PlanSearch"/>): restarts and iterations are cut to fit it, deterministically.</param>
internal sealed record MinSharpnessOptions(int Restarts = 6, ulong Seed = 1, int MaxIterations = 400, double FlopBudget = 1.5e9)
{
    /// <summary>The part of a check's (or evaluate's) budget the S_min search gets: 1/4 (1.5·10⁹ operations of the default 60 s).</summary>
    public const double BudgetShare = 0.25;

    /// <summary>The default search, with <see cref="FlopBudget"/> the <see cref="BudgetShare"/> of <paramref name="budget"/>.</summary>
    public static MinSharpnessOptions Within(WorkBudget budget, ulong seed) => new(Seed: seed, FlopBudget: budget.Share(BudgetShare));

    public void Validate()
    {
        if (Restarts < 1) throw new InputException("restarts", $"is {Restarts}; expected at least 1");
        if (MaxIterations < 1) throw new InputException("max-iterations", $"is {MaxIterations}; expected at least 1");
    }
}

/// <summary>S_min = inf over the global minimisers of the sharpness, and η* = 2/S_min (MATH.md T3, T4).</summary>
/// <param name="Value">S_min used for η*: the closed form where one is known and the numerical search does not beat it,
/// else the best numerical value (an upper bound on the true infimum).</param>
/// <param name="NumericMinimum">Best sharpness found by the search (at <paramref name="Point"/>, a point of M).</param>
/// <param name="RestartValues">The value reached from each start, in start order (their spread shows how reliable the search is).</param>
/// <param name="Point">A point of M where <paramref name="NumericMinimum"/> is attained.</param>
/// <param name="BalancedSharpness">Sharpness at the balanced minimiser (for comparison: often well above S_min).</param>
/// <param name="ClosedForm">Closed-form S_min: L·σ·|w*|^{2(L−1)/L}·2c for scalar chains, the one-dimensional formula for scalar outputs; null otherwise.</param>
/// <param name="ClosedFormName">Which closed form was used.</param>
/// <param name="LowerBound">Scalar outputs: 2c·L·(w*ᵀSxx w*)·‖w*‖^{−2/L}; null otherwise.</param>
/// <param name="Method">How M was searched (and so what the numeric value bounds).</param>
/// <param name="Target">The minimiser product and its case (full rank, reduced rank, singular Sxx).</param>
internal sealed record MinSharpnessResult(
    double Value,
    double NumericMinimum,
    IReadOnlyList<double> RestartValues,
    double[] Point,
    double BalancedSharpness,
    double? ClosedForm,
    string? ClosedFormName,
    double? LowerBound,
    string Method,
    MinimizerTarget Target)
{
    /// <summary>η* = 2 / S_min.</summary>
    public double CriticalEta => 2 / Value;

    /// <summary>What the cost model allowed: restarts, iterations per smoothing stage, and why (for reports).</summary>
    public string Budget { get; init; } = "";

    /// <summary>Set when not even one evaluation fits the budget: nothing was searched (every value is NaN) and this says why.</summary>
    public string? SizeLimit { get; init; }

    /// <summary>max − min over the restarts.</summary>
    public double Spread => RestartValues.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Max() - RestartValues.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Min();
}

/// <summary>
/// Minimises the sharpness over the global minimisers. Parametrisation of M (chosen by the problem's shape):
/// <list type="bullet">
/// <item>every hidden width ≥ dL (and G = 0 on M): free W_2..W_L and Z ∈ R^{d1×d0}; W_1 = A_1⁺W* + (I − A_1⁺A_1)Z with
/// A_1 = W_L⋯W_2, which reaches every point of M where A_1 has full row rank — an open dense part of M;</item>
/// <item>otherwise: the gauge orbit of the balanced point (W_k ← A_k W_k, W_{k+1} ← W_{k+1}A_k⁻¹, A_k = I + X_k): an
/// upper bound on S_min over that orbit only.</item>
/// </list>
/// λ_max is non-smooth where eigenvalues cross, so BFGS runs on the log-sum-exp smoothing
/// λ_max + β⁻¹ log Σ exp(β(λ_i − λ_max)) with β raised by stages (continuation); the reported values are true λ_max.
/// </summary>
internal static class MinSharpness
{
    public static MinSharpnessResult Find(NumericProblem problem, MinSharpnessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new MinSharpnessOptions();
        options.Validate();
        var target = MinimizerManifold.Target(problem);
        var balanced = MinimizerManifold.BalancedPoint(problem, target.Product);
        double evaluation = EvaluationCost(problem);
        if (evaluation > options.FlopBudget)
        {
            string reason = FormattableString.Invariant(
                $"size limit: one sharpness evaluation ({problem.OutputDimension * problem.InputDimension}² product-space eigenproblem) costs {evaluation:G3} operations, beyond the search's budget of {options.FlopBudget:G3}; raise with --budget");
            return new MinSharpnessResult(double.NaN, double.NaN, [], balanced, double.NaN, null, null, null, "not searched: " + reason, target)
                { Budget = reason, SizeLimit = reason };
        }
        var spectrum = SpectrumFunction(problem, target, options.Seed);
        double balancedSharpness = spectrum(balanced)[^1];
        var (closedForm, closedName, lowerBound) = ClosedForms(problem, target);

        if (problem.Depth == 1)
            return new MinSharpnessResult(closedForm ?? balancedSharpness, balancedSharpness, [balancedSharpness], balanced,
                balancedSharpness, closedForm, closedName, lowerBound, "depth 1: M is the single point W*", target);

        bool solveFirstLayer = target.ResidualVanishes && problem.Architecture.Widths.Skip(1).Take(problem.Depth - 1).All(w => w >= problem.OutputDimension);
        Func<double[], double[]?> toTheta;
        double[] x0;
        string method;
        if (solveFirstLayer)
        {
            (toTheta, x0) = FirstLayerSolved(problem, target.Product, balanced);
            method = "all of M (open dense part): W_2..W_L and a null-space term free, W_1 solved";
        }
        else if (target.ResidualVanishes && problem.Architecture.Widths.Skip(1).Take(problem.Depth - 1).All(w => w >= problem.InputDimension))
        {
            (toTheta, x0) = LastLayerSolved(problem, target.Product, balanced);
            method = "all of M (open dense part): W_1..W_{L−1} and a null-space term free, W_L solved";
        }
        else
        {
            (toTheta, x0) = GaugeOrbit(problem, balanced);
            method = "gauge orbit of the balanced minimiser (upper bound on S_min)";
        }

        double scale = Math.Max(balancedSharpness, 1e-300);
        var values = new List<double>();
        double best = double.PositiveInfinity;
        double[] bestTheta = balanced;
        var plan = PlanSearch(problem, x0.Length, options);
        if (plan.Iterations == 0)
        {
            var stay = toTheta(x0);
            double v = stay is null ? balancedSharpness : spectrum(stay)[^1];
            return new MinSharpnessResult(closedForm is { } c0 && v >= c0 * (1 - 1e-6) ? c0 : v, v, [v], stay ?? balanced, balancedSharpness,
                closedForm, closedName, lowerBound, method + "; no descent step fits the budget: the start point only", target) { Budget = plan.Description };
        }
        for (int restart = 0; restart < plan.Restarts; restart++)
        {
            var x = (double[])x0.Clone();
            if (restart > 0)
            {
                var rng = SeededRandom.ForStream(options.Seed, (ulong)restart);
                double typical = Math.Sqrt(x0.Sum(v => v * v) / Math.Max(1, x0.Length));
                for (int i = 0; i < x.Length; i++) x[i] += 0.5 * Math.Max(typical, 0.1) * rng.NextNormal();
                if (toTheta(x) is null) x = (double[])x0.Clone();
            }
            foreach (double betaScale in SmoothingSchedule)
            {
                double beta = betaScale / scale;
                (x, _, _) = Bfgs.Minimize(v => Smoothed(toTheta(v), spectrum, beta), x, plan.Iterations, 1e-14);
            }
            var theta = toTheta(x);
            double value = theta is null ? double.PositiveInfinity : spectrum(theta)[^1];
            values.Add(value);
            if (value < best) { best = value; bestTheta = theta!; }
        }
        double chosen = closedForm is { } cf && best >= cf * (1 - 1e-6) ? cf : best;
        return new MinSharpnessResult(chosen, best, values, bestTheta, balancedSharpness, closedForm, closedName, lowerBound, method, target) { Budget = plan.Description };
    }

    private static readonly double[] SmoothingSchedule = [1e2, 1e4, 1e6, 1e8];
    private static int SmoothingStages => SmoothingSchedule.Length;

    /// <summary>
    /// Nominal operations of one sharpness evaluation (<see cref="WorkBudget"/>): 10·m³ + L·m² + 2·Σ_k d_k·d_{k−1}·max_k d_k
    /// + 200·L (m = dL·d0: the eigenvalues of the m×m product-space matrix, its Kronecker terms, the layer products,
    /// and about seven small matrix allocations per layer, measured to dominate for deep narrow networks).
    /// </summary>
    public static double EvaluationCost(NumericProblem problem)
    {
        var widths = problem.Architecture.Widths;
        double m = (double)problem.OutputDimension * problem.InputDimension;
        double layers = 0;
        for (int k = 1; k < widths.Count; k++) layers += 2.0 * widths[k] * widths[k - 1] * widths.Max();
        return 10 * m * m * m + problem.Depth * m * m + layers + 200.0 * problem.Depth;
    }

    /// <summary>
    /// The cost model: one sharpness evaluation costs <see cref="EvaluationCost"/>; one BFGS
    /// iteration about (2n + 4) evaluations (central-difference gradient, line search) plus 4n² for the update, n the
    /// number of search variables. Iterations per stage = budget / (restarts · stages · iteration cost), capped by the
    /// options; restarts are cut (down to 1) before iterations fall below 20; below one iteration no descent is run.
    /// </summary>
    public static (int Restarts, int Iterations, string Description) PlanSearch(NumericProblem problem, int variables, MinSharpnessOptions options)
    {
        double evaluation = EvaluationCost(problem);
        double iteration = (2.0 * variables + 4) * evaluation + 4.0 * variables * variables;
        int restarts = options.Restarts;
        int Iterations(int r) => (int)Math.Min(options.MaxIterations, Math.Floor(options.FlopBudget / (r * SmoothingStages * iteration)));
        while (restarts > 1 && Iterations(restarts) < 20) restarts--;
        int iterations = Math.Max(0, Iterations(restarts));
        string text = FormattableString.Invariant(
            $"cost model: {evaluation:G3} flops per evaluation, {iteration:G3} per BFGS iteration ({variables} variables); budget {options.FlopBudget:G3} flops → {restarts} restart(s) × {SmoothingStages} stages × {iterations} iterations (asked: {options.Restarts} × {options.MaxIterations})");
        return (restarts, iterations, text);
    }

    /// <summary>
    /// Closed forms (MATH.md T3), scaled by 2c for the loss convention: scalar chains L·σ·|w*|^{2(L−1)/L}; scalar outputs
    /// min_{t&gt;0} λ_max((s/t)² Sxx + (L−1)s²(t/s)^{2/(L−1)} ccᵀ) with the lower bound L·(w*ᵀSxx w*)·s^{−2/L}.
    /// </summary>
    public static (double? ClosedForm, string? Name, double? LowerBound) ClosedForms(NumericProblem problem, MinimizerTarget target)
    {
        int l = problem.Depth;
        double twoC = 2 * problem.LossFactor;
        if (l < 2 || problem.OutputDimension != 1 || target.Case != MinimizerCase.FullRank) return (null, null, null);
        var w = target.Product.Row(0);
        var sxx = problem.Sxx;
        double s = w.L2Norm();
        if (s == 0) return (0, "W* = 0", 0);
        double lower = twoC * l * (w * (sxx * w)) * Math.Pow(s, -2.0 / l);
        if (problem.Architecture.IsScalarChain)
            return (twoC * l * sxx[0, 0] * Math.Pow(s, 2.0 * (l - 1) / l), "scalar chain: L·σ·|w*|^(2(L−1)/L)", lower);
        return (twoC * ScalarOutputFormula(sxx, w, l), "scalar output: min over t of λ_max((s/t)²Sxx + (L−1)s²(t/s)^(2/(L−1))ccᵀ)", lower);
    }

    /// <summary>The one-dimensional formula for d_L = 1 (half-mean scale), minimised over τ = t/s by a log-grid scan then golden sections.</summary>
    internal static double ScalarOutputFormula(Matrix<double> sxx, MathNet.Numerics.LinearAlgebra.Vector<double> wStar, int depth)
    {
        double s = wStar.L2Norm();
        var u = wStar / s;
        var root = SquareRoot(sxx);
        var c = root * u;
        var cc = c.OuterProduct(c);
        double F(double logTau)
        {
            double tau = Math.Exp(logTau);
            var m = sxx * (1 / (tau * tau)) + cc * ((depth - 1) * s * s * Math.Pow(tau, 2.0 / (depth - 1)));
            return m.Evd(Symmetricity.Symmetric).EigenValues.Max(z => z.Real);
        }
        double center = -(depth - 1.0) / depth * Math.Log(s);
        double lo = center - 25, hi = center + 25;
        const int grid = 2000;
        int bestIndex = 0;
        double bestValue = double.PositiveInfinity;
        for (int i = 0; i <= grid; i++)
        {
            double v = F(lo + (hi - lo) * i / grid);
            if (v < bestValue) { bestValue = v; bestIndex = i; }
        }
        double a = lo + (hi - lo) * Math.Max(0, bestIndex - 1) / grid, b = lo + (hi - lo) * Math.Min(grid, bestIndex + 1) / grid;
        double phi = (Math.Sqrt(5) - 1) / 2;
        double x1 = b - phi * (b - a), x2 = a + phi * (b - a), f1 = F(x1), f2 = F(x2);
        for (int i = 0; i < 200 && b - a > 1e-15 * Math.Max(1, Math.Abs(a)); i++)
        {
            if (f1 < f2) { b = x2; x2 = x1; f2 = f1; x1 = b - phi * (b - a); f1 = F(x1); }
            else { a = x1; x1 = x2; f1 = f2; x2 = a + phi * (b - a); f2 = F(x2); }
        }
        return Math.Min(bestValue, Math.Min(f1, f2));
    }

    private static Func<double[], double[]> SpectrumFunction(NumericProblem problem, MinimizerTarget target, ulong seed)
    {
        if (target.ResidualVanishes)
        {
            var reduced = new ManifoldSharpness(problem);
            return theta => reduced.Eigenvalues(theta);
        }
        if (problem.ParameterCount <= 400) return theta => DenseHessian.Eigenvalues(problem, theta);
        return theta => problem.Sharpness(theta, new LanczosOptions(Count: 3, Tolerance: 1e-10, Seed: seed)).Eigenvalues.Reverse().ToArray();
    }

    private static double Smoothed(double[]? theta, Func<double[], double[]> spectrum, double beta)
    {
        if (theta is null || theta.Any(v => !double.IsFinite(v))) return double.PositiveInfinity;
        var values = spectrum(theta);
        double max = values[^1];
        if (!double.IsFinite(max)) return double.PositiveInfinity;
        double sum = 0;
        foreach (var v in values) sum += Math.Exp(beta * (v - max));
        return max + Math.Log(sum) / beta;
    }

    private static (Func<double[], double[]?> ToTheta, double[] Start) FirstLayerSolved(NumericProblem problem, Matrix<double> product, double[] balanced)
    {
        var layout = problem.Layout;
        int d0 = problem.InputDimension, d1 = layout.Rows(1);
        int rest = problem.ParameterCount - layout.Rows(1) * layout.Columns(1);
        var start = new double[rest + d1 * d0];
        Array.Copy(balanced, layout.Offset(2), start, 0, rest);
        double[]? ToTheta(double[] x)
        {
            var theta = new double[problem.ParameterCount];
            Array.Copy(x, 0, theta, layout.Offset(2), rest);
            var weights = DenseHessian.Weights(problem, theta);
            var a1 = Matrix<double>.Build.DenseIdentity(problem.OutputDimension);
            for (int k = problem.Depth; k >= 2; k--) a1 = a1 * weights[k];
            var gram = a1 * a1.Transpose();
            var evd = gram.Evd(Symmetricity.Symmetric);
            double min = evd.EigenValues.Min(z => z.Real), max = evd.EigenValues.Max(z => z.Real);
            if (!(min > 1e-12 * max) || !double.IsFinite(max)) return null;
            var pinv = a1.Transpose() * gram.Inverse();
            var z = NumericProblem.FromRowMajor(x.AsSpan(rest), d1, d0);
            var w1 = pinv * product + (Matrix<double>.Build.DenseIdentity(d1) - pinv * a1) * z;
            for (int i = 0; i < d1; i++)
                for (int j = 0; j < d0; j++) theta[i * d0 + j] = w1[i, j];
            return theta;
        }
        return (ToTheta, start);
    }

    /// <summary>The mirror of <see cref="FirstLayerSolved"/>: W_L = W*B⁺ + Z(I − BB⁺) with B = W_{L−1}⋯W_1 of full column rank.</summary>
    private static (Func<double[], double[]?> ToTheta, double[] Start) LastLayerSolved(NumericProblem problem, Matrix<double> product, double[] balanced)
    {
        var layout = problem.Layout;
        int l = problem.Depth, dL = problem.OutputDimension, width = layout.Columns(l);
        int rest = layout.Offset(l);
        var start = new double[rest + dL * width];
        Array.Copy(balanced, 0, start, 0, rest);
        double[]? ToTheta(double[] x)
        {
            var theta = new double[problem.ParameterCount];
            Array.Copy(x, 0, theta, 0, rest);
            var weights = DenseHessian.Weights(problem, theta);
            var b = Matrix<double>.Build.DenseIdentity(problem.InputDimension);
            for (int k = 1; k < l; k++) b = weights[k] * b;
            var gram = b.TransposeThisAndMultiply(b);
            var evd = gram.Evd(Symmetricity.Symmetric);
            double min = evd.EigenValues.Min(z => z.Real), max = evd.EigenValues.Max(z => z.Real);
            if (!(min > 1e-12 * max) || !double.IsFinite(max)) return null;
            var pinv = gram.Inverse() * b.Transpose();
            var z = NumericProblem.FromRowMajor(x.AsSpan(rest), dL, width);
            var wl = product * pinv + z * (Matrix<double>.Build.DenseIdentity(width) - b * pinv);
            for (int i = 0; i < dL; i++)
                for (int j = 0; j < width; j++) theta[rest + i * width + j] = wl[i, j];
            return theta;
        }
        return (ToTheta, start);
    }

    private static (Func<double[], double[]?> ToTheta, double[] Start) GaugeOrbit(NumericProblem problem, double[] balanced)
    {
        var widths = Enumerable.Range(1, problem.Depth - 1).Select(problem.Architecture.Width).ToArray();
        var start = new double[widths.Sum(w => w * w)];
        double[]? ToTheta(double[] x)
        {
            var gauges = new List<Matrix<double>>();
            int offset = 0;
            foreach (int w in widths)
            {
                var a = Matrix<double>.Build.DenseIdentity(w) + NumericProblem.FromRowMajor(x.AsSpan(offset, w * w), w, w);
                offset += w * w;
                if (a.ConditionNumber() > 1e10) return null;
                gauges.Add(a);
            }
            return MinimizerManifold.Move(problem, balanced, gauges);
        }
        return (ToTheta, start);
    }

    internal static Matrix<double> SquareRoot(Matrix<double> symmetric)
    {
        var evd = symmetric.Evd(Symmetricity.Symmetric);
        var root = Matrix<double>.Build.Dense(symmetric.RowCount, symmetric.RowCount);
        for (int i = 0; i < symmetric.RowCount; i++)
        {
            var ui = evd.EigenVectors.Column(i);
            root += ui.OuterProduct(ui) * Math.Sqrt(Math.Max(0, evd.EigenValues[i].Real));
        }
        return root;
    }
}

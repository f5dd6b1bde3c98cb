using EosVerify.Numerics;

namespace EosVerify.Experiments;

/// <summary>
/// One run of the saddle measurement: its class at T (as the sweep classifies it), whether it ended near θ = 0
/// (saddle class with ‖θ_T‖ within the origin radius), ‖θ_t‖ and ‖∇L(θ_t)‖ at the checkpoints, the least-squares
/// slopes of log‖θ_t‖ and log‖∇L‖ against log t over t ≥ FitFrom·T (NaN when the run diverged), and whether it is
/// escaping: ‖θ_T‖ more than twice the smallest ‖θ_t‖ recorded after the first decade.
/// </summary>
internal sealed record SaddleRun(
    int Run,
    RunOutcome Outcome,
    bool NearOrigin,
    IReadOnlyList<int> Steps,
    IReadOnlyList<double> ThetaNorms,
    IReadOnlyList<double> GradientNorms,
    double ThetaExponent,
    double GradientExponent,
    bool Escaping);

/// <summary>
/// The result: η, η*, depth L, the rates a convergence to θ = 0 of the balanced chain would have (‖θ‖ ∼ t^{−1/(L−2)},
/// ‖∇L‖ ∼ ‖θ‖^{L−1} ∼ t^{−(L−1)/(L−2)}), and every run. Summaries are over the runs that ended near θ = 0.
/// </summary>
internal sealed record SaddleReport(double Eta, double EtaStar, int Depth, double OriginRadius, IReadOnlyList<SaddleRun> Runs)
{
    public double ExpectedThetaExponent => -1.0 / (Depth - 2);

    public double ExpectedGradientExponent => -(Depth - 1.0) / (Depth - 2);

    public IReadOnlyList<SaddleRun> NearOrigin => Runs.Where(r => r.NearOrigin).ToArray();

    public double NearOriginFraction => (double)NearOrigin.Count / Runs.Count;

    public QuantileSummary ThetaExponent => QuantileSummary.Of(NearOrigin.Select(r => r.ThetaExponent).Where(v => !double.IsNaN(v)));

    public QuantileSummary GradientExponent => QuantileSummary.Of(NearOrigin.Select(r => r.GradientExponent).Where(v => !double.IsNaN(v)));

    public int Escaping => NearOrigin.Count(r => r.Escaping);

    public int Count(RunOutcome outcome) => Runs.Count(r => r.Outcome == outcome);
}

/// <summary>
/// Runs near the non-strict saddle θ = 0 (MATH.md T4, L ≥ 3, η &gt; η*) measured: does ‖θ_t‖ decay like the
/// t^{−1/(L−2)} of a convergence to 0, or slower (a slow escape)? Each run depends only on (seed, run, η), so the result
/// does not depend on the thread count.
/// </summary>
internal static class SaddleMeasurement
{
    public static SaddleReport Run(NumericProblem problem, SaddleOptions? options = null, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new SaddleOptions();
        options.Validate();
        if (problem.Depth < 3)
            throw new Networks.InputException("arch", $"has depth {problem.Depth}; θ = 0 is a non-strict saddle only for depth L ≥ 3");
        if (options.InitialTheta is { } given && given.Count != problem.ParameterCount)
            throw new Networks.InputException("theta", $"has {given.Count} entries; P = {problem.ParameterCount}");
        double etaStar = options.CriticalEta ?? MinSharpness.Find(problem).CriticalEta;
        double eta = options.Ratio * etaStar;
        var target = MinimizerManifold.Target(problem);
        double radius = RunClassifier.OriginRadius(problem, target);
        var checkpoints = options.Checkpoints();
        var runs = new SaddleRun[options.Runs];
        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, options.Runs, parallel, () => problem.CreateWorkspace(), (i, _, workspace) =>
        {
            var start = options.InitialTheta?.ToArray()
                ?? SimulationOptions.SeededInitialization(problem.ParameterCount, options.InitScale, options.Seed, (ulong)i);
            runs[i] = RunOne(workspace, i, start, eta, target.OptimalLoss, radius, checkpoints, options);
            progress?.Report((double)Interlocked.Increment(ref done) / options.Runs);
            return workspace;
        }, _ => { });
        return new SaddleReport(eta, etaStar, problem.Depth, radius, runs);
    }

    private static SaddleRun RunOne(GradientWorkspace workspace, int index, double[] start, double eta, double optimalLoss, double radius,
        int[] checkpoints, SaddleOptions options)
    {
        var run = new GradientDescentLoop(workspace, start, eta);
        var steps = new List<int>();
        var thetas = new List<double>();
        var gradients = new List<double>();
        int next = 0;
        var outcome = RunOutcome.Neither;
        while (true)
        {
            outcome = RunClassifier.Classify(run.Loss, run.GradientNorm, optimalLoss, options.Tolerance, options.DivergenceBound);
            if (outcome == RunOutcome.Diverged) break;
            if (run.Step == checkpoints[next])
            {
                steps.Add(run.Step);
                thetas.Add(VectorOps.Norm(run.Theta));
                gradients.Add(run.GradientNorm);
                if (++next == checkpoints.Length) break;
            }
            run.Advance();
        }
        if (outcome == RunOutcome.Diverged)
            return new SaddleRun(index, outcome, false, steps, thetas, gradients, double.NaN, double.NaN, false);
        outcome = RunClassifier.Classify(run.Loss, run.GradientNorm, optimalLoss, options.Tolerance, options.DivergenceBound, thetas[^1], radius);
        bool near = outcome == RunOutcome.Saddle && thetas[^1] <= radius;
        double from = options.FitFrom * options.Steps;
        double thetaExponent = LogLogSlope(steps, thetas, from), gradientExponent = LogLogSlope(steps, gradients, from);
        double smallest = thetas.Where((_, j) => steps[j] >= 10).DefaultIfEmpty(thetas[^1]).Min();
        return new SaddleRun(index, outcome, near, steps, thetas, gradients, thetaExponent, gradientExponent, thetas[^1] > 2 * smallest);
    }

    /// <summary>Least-squares slope of log y against log t over the points with t ≥ from and y &gt; 0 (NaN with fewer than two).</summary>
    public static double LogLogSlope(IReadOnlyList<int> t, IReadOnlyList<double> y, double from)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(y);
        var points = Enumerable.Range(0, t.Count).Where(j => t[j] > 0 && t[j] >= from && y[j] > 0 && double.IsFinite(y[j]))
            .Select(j => (X: Math.Log(t[j]), Y: Math.Log(y[j]))).ToArray();
        if (points.Length < 2) return double.NaN;
        double mx = points.Average(p => p.X), my = points.Average(p => p.Y);
        double sxy = points.Sum(p => (p.X - mx) * (p.Y - my)), sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
        return sxx == 0 ? double.NaN : sxy / sxx;
    }
}

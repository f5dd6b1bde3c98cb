using EosVerify.Numerics;

namespace EosVerify.Experiments;

/// <summary>
/// Monte Carlo over initialisations for step sizes around η* (MATH.md T4): the fraction of runs converging to a global
/// minimum should collapse past η*, and the final gradient norm jumps. A run is classified at its last iterate
/// (<see cref="RunClassifier"/>, with "near θ = 0" counted as saddle). Run g = e·K + i (step size e, run i) starts at
/// θ = scale·N(0,1) from SeededRandom.ForStream(Seed, i), so each run depends only on (seed, i, η_e): the result is the
/// same for any thread count and any split into shards.
/// </summary>
internal static class StepSizeSweep
{
    /// <summary>The whole sweep; <paramref name="progress"/> receives the fraction of runs done.</summary>
    public static SweepResult Run(NumericProblem problem, SweepOptions? options = null, IProgress<double>? progress = null) =>
        SweepShard.Merge([RunShard(problem, options, ShardSpec.Whole, progress)]);

    /// <summary>The runs of part <paramref name="shard"/> (g ≡ K mod N) of the sweep, for <see cref="SweepShard.Merge"/>.</summary>
    public static SweepShard RunShard(NumericProblem problem, SweepOptions? options, ShardSpec shard, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new SweepOptions();
        options.Validate();
        shard.Validate();
        double etaStar = options.CriticalEta ?? MinSharpness.Find(problem).CriticalEta;
        var target = MinimizerManifold.Target(problem);
        double optimalLoss = target.OptimalLoss, originRadius = RunClassifier.OriginRadius(problem, target);
        double[] etas = options.Etas is { } given ? [.. given] : options.Ratios.Select(r => r * etaStar).ToArray();
        double[] ratios = options.Etas is { } e ? e.Select(v => v / etaStar).ToArray() : [.. options.Ratios];
        int runs = options.Runs;
        var indices = Enumerable.Range(0, etas.Length * runs).Where(shard.Contains).ToArray();
        var starts = new double[runs][];
        for (int i = 0; i < runs; i++)
            starts[i] = SimulationOptions.SeededInitialization(problem.ParameterCount, options.InitScale, options.Seed, (ulong)i);

        var records = new RunRecord[indices.Length];
        int done = 0, reportEvery = Math.Max(1, indices.Length / 200);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, indices.Length, parallel, () => problem.CreateWorkspace(),
            (j, _, workspace) =>
            {
                int g = indices[j];
                records[j] = RunOne(problem, workspace, g, starts[g % runs], etas[g / runs], optimalLoss, originRadius, options);
                int finished = Interlocked.Increment(ref done);
                if (progress is not null && finished % reportEvery == 0) progress.Report((double)finished / indices.Length);
                return workspace;
            }, _ => { });
        progress?.Report(1);
        return new SweepShard(shard, etaStar, optimalLoss, etas, ratios, runs, options.EtaStarBracket, records);
    }

    /// <summary>One run of T steps (or until divergence / confirmed convergence), classified and measured at its last point.</summary>
    internal static RunRecord RunOne(NumericProblem problem, GradientWorkspace workspace, int index, double[] start, double eta,
        double optimalLoss, double originRadius, SweepOptions options)
    {
        var run = new GradientDescentLoop(workspace, start, eta);
        var rule = new StopRule(options.Steps, optimalLoss, options.Tolerance, options.DivergenceBound, originRadius, options.ConfirmationSteps);
        return Measure(problem, run, index, run.RunUntil(rule), options);
    }

    private static RunRecord Measure(NumericProblem problem, GradientDescentLoop run, int index, RunOutcome outcome, SweepOptions options)
    {
        bool finite = outcome != RunOutcome.Diverged && run.Theta.All(double.IsFinite);
        double sharpness = finite && options.RecordSharpness ? problem.Sharpness(run.Theta, new LanczosOptions(Tolerance: 1e-8)).Largest : double.NaN;
        return new RunRecord(index, outcome, run.Step, run.Loss, run.GradientNorm, sharpness, VectorOps.Norm(run.Theta));
    }
}

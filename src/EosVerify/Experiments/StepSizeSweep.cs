using EosVerify.Numerics;

namespace EosVerify.Experiments;

/// <summary>
/// Monte Carlo over initialisations for step sizes around η* (MATH.md T4): the fraction of runs converging to a global
/// minimum should collapse past η*. Parallel over runs; each run depends only on (seed, run index, η), and counts are
/// summed in index order, so the result is the same for any thread count.
/// </summary>
public static class StepSizeSweep
{
    public static SweepResult Run(NumericProblem problem, SweepOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new SweepOptions();
        options.Validate();
        double etaStar = options.CriticalEta ?? MinSharpness.Find(problem).CriticalEta;
        double optimalLoss = MinimizerManifold.Target(problem).OptimalLoss;
        var starts = new double[options.Runs][];
        for (int i = 0; i < options.Runs; i++)
            starts[i] = SimulationOptions.SeededInitialization(problem.ParameterCount, options.InitScale, options.Seed, (ulong)i);

        var rows = new List<SweepRow>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        var grid = options.Etas is { } etas ? etas.Select(e => (Eta: e, Ratio: e / etaStar)) : options.Ratios.Select(r => (Eta: r * etaStar, Ratio: r));
        foreach (var (eta, ratio) in grid)
        {
            var outcomes = new RunOutcome[options.Runs];
            Parallel.For(0, options.Runs, parallel, () => problem.CreateWorkspace(),
                (i, _, workspace) =>
                {
                    outcomes[i] = RunOne(workspace, starts[i], eta, optimalLoss, options);
                    return workspace;
                }, _ => { });
            rows.Add(new SweepRow(eta, ratio, options.Runs,
                outcomes.Count(o => o == RunOutcome.Converged), outcomes.Count(o => o == RunOutcome.Diverged),
                outcomes.Count(o => o == RunOutcome.Saddle), outcomes.Count(o => o == RunOutcome.Neither)));
        }
        return new SweepResult(etaStar, rows);
    }

    /// <summary>One run of T steps (or until divergence / confirmed convergence), classified at its last point.</summary>
    internal static RunOutcome RunOne(GradientWorkspace workspace, double[] start, double eta, double optimalLoss, SweepOptions options)
    {
        var theta = (double[])start.Clone();
        var gradient = new double[theta.Length];
        int convergedFor = 0;
        var outcome = RunOutcome.Neither;
        for (int step = 0; step <= options.Steps; step++)
        {
            double loss = workspace.Evaluate(theta, gradient);
            double gradientNorm = VectorOps.Norm(gradient);
            outcome = RunClassifier.Classify(loss, gradientNorm, optimalLoss, options.Tolerance, options.DivergenceBound);
            if (outcome == RunOutcome.Diverged) return outcome;
            convergedFor = outcome == RunOutcome.Converged ? convergedFor + 1 : 0;
            if (convergedFor > options.ConfirmationSteps || step == options.Steps) return outcome;
            for (int i = 0; i < theta.Length; i++) theta[i] -= eta * gradient[i];
        }
        return outcome;
    }
}

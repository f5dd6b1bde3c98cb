using EosVerify.Numerics;

namespace EosVerify.Experiments;

/// <summary>Runs θ ← θ − η∇L(θ) from a seeded or given start, recording loss, ‖∇L‖, sharpness and distance to M.</summary>
public static class GradientDescentRunner
{
    /// <summary>Runs the simulation; <c>progress</c>, if given, receives the fraction of the step budget done (0..1) about a hundred times.</summary>
    public static SimulationResult Simulate(NumericProblem problem, SimulationOptions options, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(problem.ParameterCount);
        var target = MinimizerManifold.Target(problem);
        var theta = options.InitialTheta?.ToArray()
            ?? SimulationOptions.SeededInitialization(problem.ParameterCount, options.InitScale, options.Seed, 0);
        var gradient = new double[problem.ParameterCount];
        var workspace = problem.CreateWorkspace();
        var points = new List<TrajectoryPoint>();
        var outcome = RunOutcome.Neither;
        int step = 0;
        int reportEvery = Math.Max(1, options.Steps / 100);
        while (true)
        {
            double loss = workspace.Evaluate(theta, gradient);
            double gradientNorm = VectorOps.Norm(gradient);
            outcome = RunClassifier.Classify(loss, gradientNorm, target.OptimalLoss, options.Tolerance, options.DivergenceBound);
            bool last = step == options.Steps || outcome == RunOutcome.Diverged || options.UntilConverged && outcome == RunOutcome.Converged;
            if (step % options.RecordEvery == 0 || last)
                points.Add(Record(problem, target, theta, step, loss, gradientNorm, options, outcome));
            if (last) break;
            if (progress is not null && step % reportEvery == 0) progress.Report((double)step / options.Steps);
            for (int i = 0; i < theta.Length; i++) theta[i] -= options.Eta * gradient[i];
            step++;
        }
        return new SimulationResult(options.Eta, 2 / options.Eta, target.OptimalLoss, points, outcome, step, theta);
    }

    private static TrajectoryPoint Record(NumericProblem problem, MinimizerTarget target, double[] theta, int step, double loss,
        double gradientNorm, SimulationOptions options, RunOutcome outcome)
    {
        if (outcome == RunOutcome.Diverged || theta.Any(v => !double.IsFinite(v)))
            return new TrajectoryPoint(step, loss, gradientNorm, double.NaN, double.NaN);
        double sharpness = options.RecordSharpness ? problem.Sharpness(theta, options.Lanczos).Largest : double.NaN;
        return new TrajectoryPoint(step, loss, gradientNorm, sharpness, MinimizerManifold.Distance(problem, theta, target));
    }
}

using EosVerify.Numerics;

namespace EosVerify.Experiments;

/// <summary>Runs θ ← θ − η∇L(θ) from a seeded or given start, recording loss, ‖∇L‖, sharpness and distance to M.</summary>
internal static class GradientDescentRunner
{
    /// <summary>Runs the simulation; <c>progress</c>, if given, receives the fraction of the step budget done (0..1) about a hundred times.</summary>
    public static SimulationResult Simulate(NumericProblem problem, SimulationOptions options, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(problem.ParameterCount);
        var target = MinimizerManifold.Target(problem);
        double originRadius = RunClassifier.OriginRadius(problem, target);
        var theta = options.InitialTheta?.ToArray()
            ?? SimulationOptions.SeededInitialization(problem.ParameterCount, options.InitScale, options.Seed, 0);
        var run = new GradientDescentLoop(problem.CreateWorkspace(), theta, options.Eta);
        var points = new List<TrajectoryPoint>();
        var spectrum = new TopSpectrum(problem, options);
        int reportEvery = Math.Max(1, options.Steps / 100);
        var rule = new StopRule(options.Steps, target.OptimalLoss, options.Tolerance, options.DivergenceBound, originRadius,
            options.UntilConverged ? 0 : null);
        var outcome = run.RunUntil(rule, (current, last) =>
        {
            int step = run.Step;
            if (step % options.RecordEvery == 0 || last)
                points.Add(Record(problem, target, spectrum, run.Theta, step, run.Loss, run.GradientNorm, current));
            if (!last && progress is not null && step % reportEvery == 0) progress.Report((double)step / options.Steps);
        });
        return new SimulationResult(options.Eta, 2 / options.Eta, target.OptimalLoss, points, outcome, run.Step, run.Theta);
    }

    private static TrajectoryPoint Record(NumericProblem problem, MinimizerTarget target, TopSpectrum spectrum, double[] theta, int step,
        double loss, double gradientNorm, RunOutcome outcome)
    {
        if (outcome == RunOutcome.Diverged || theta.Any(v => !double.IsFinite(v)))
            return new TrajectoryPoint(step, loss, gradientNorm, double.NaN, double.NaN, spectrum.Missing);
        var top = spectrum.At(theta);
        return new TrajectoryPoint(step, loss, gradientNorm, top?[0] ?? double.NaN, MinimizerManifold.Distance(problem, theta, target),
            spectrum.K > 1 ? top ?? spectrum.Missing : null);
    }
}

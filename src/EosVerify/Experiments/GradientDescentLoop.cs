using EosVerify.Numerics;

namespace EosVerify.Experiments;

/// <summary>
/// The one gradient-descent stepper of the experiments: θ ← θ − η∇L(θ), with the loss and ‖∇L‖ of the current iterate
/// always evaluated, and <see cref="RunUntil"/>, the one loop that classifies each iterate and stops the run.
/// <see cref="GradientDescentRunner"/> (recorded trajectories) and <see cref="StepSizeSweep"/> (many runs) both drive it,
/// so they take identical steps from the same start and stop by the same rule. Not thread-safe (it owns its workspace's use).
/// </summary>
internal sealed class GradientDescentLoop
{
    private readonly GradientWorkspace _workspace;

    public GradientDescentLoop(GradientWorkspace workspace, double[] start, double eta)
    {
        _workspace = workspace;
        Eta = eta;
        Theta = (double[])start.Clone();
        Gradient = new double[Theta.Length];
        Evaluate();
    }

    public double Eta { get; }

    /// <summary>The current iterate θ_t (owned by the loop; copy it to keep it).</summary>
    public double[] Theta { get; }

    /// <summary>∇L(θ_t).</summary>
    public double[] Gradient { get; }

    /// <summary>t: the number of steps taken.</summary>
    public int Step { get; private set; }

    public double Loss { get; private set; }

    public double GradientNorm { get; private set; }

    /// <summary>One step θ_{t+1} = θ_t − η∇L(θ_t), then the loss and gradient at θ_{t+1}.</summary>
    public void Advance()
    {
        var theta = Theta;
        var gradient = Gradient;
        double eta = Eta;
        for (int i = 0; i < theta.Length; i++) theta[i] -= eta * gradient[i];
        Step++;
        Evaluate();
    }

    /// <summary>
    /// Classifies every iterate from the current one on (<see cref="RunClassifier"/>), hands it to
    /// <paramref name="observe"/> with whether it is the last, and steps until the run diverges, has been converged for
    /// more than <see cref="StopRule.ConfirmationSteps"/> iterates in a row, or reaches <see cref="StopRule.Steps"/>;
    /// at the step budget the outcome also applies the "near θ = 0" test. Returns the last iterate's outcome.
    /// </summary>
    public RunOutcome RunUntil(StopRule rule, Action<RunOutcome, bool>? observe = null)
    {
        int convergedFor = 0;
        while (true)
        {
            var outcome = RunClassifier.Classify(Loss, GradientNorm, rule.OptimalLoss, rule.Tolerance, rule.DivergenceBound);
            convergedFor = outcome == RunOutcome.Converged ? convergedFor + 1 : 0;
            bool atBudget = Step == rule.Steps;
            bool last = atBudget || outcome == RunOutcome.Diverged || convergedFor > rule.ConfirmationSteps;
            // Only saddle/neither can change here: the first two tests of Classify do not read ‖θ‖.
            if (atBudget)
                outcome = RunClassifier.Classify(Loss, GradientNorm, rule.OptimalLoss, rule.Tolerance, rule.DivergenceBound,
                    VectorOps.Norm(Theta), rule.OriginRadius);
            observe?.Invoke(outcome, last);
            if (last) return outcome;
            Advance();
        }
    }

    private void Evaluate()
    {
        Loss = _workspace.Evaluate(Theta, Gradient);
        GradientNorm = VectorOps.Norm(Gradient);
    }
}

/// <summary>When <see cref="GradientDescentLoop.RunUntil"/> stops, and the numbers its classification needs.</summary>
/// <param name="Steps">The step budget T.</param>
/// <param name="OptimalLoss">L* (the global optimum).</param>
/// <param name="Tolerance">Tolerance of the convergence test.</param>
/// <param name="DivergenceBound">A loss above this counts as divergence.</param>
/// <param name="OriginRadius">"Near θ = 0" radius of the final classification (<see cref="RunClassifier.OriginRadius"/>).</param>
/// <param name="ConfirmationSteps">Stop once converged for more than this many iterates in a row; null never stops early on convergence.</param>
internal sealed record StopRule(int Steps, double OptimalLoss, double Tolerance, double DivergenceBound, double OriginRadius, int? ConfirmationSteps);

using EosVerify.Numerics;

namespace EosVerify.Experiments;

/// <summary>
/// The one gradient-descent stepper of the experiments: θ ← θ − η∇L(θ), with the loss and ‖∇L‖ of the current iterate
/// always evaluated. <see cref="GradientDescentRunner"/> (recorded trajectories) and <see cref="StepSizeSweep"/> (many
/// runs) both drive it, so they take identical steps from the same start. Not thread-safe (it owns its workspace's use).
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

    private void Evaluate()
    {
        Loss = _workspace.Evaluate(Theta, Gradient);
        GradientNorm = VectorOps.Norm(Gradient);
    }
}

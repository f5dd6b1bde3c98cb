namespace EosVerify.Experiments;

/// <summary>How a gradient-descent run ended (MATH.md T4).</summary>
public enum RunOutcome
{
    /// <summary>Loss within tolerance of the global optimum and gradient norm below tolerance.</summary>
    Converged,

    /// <summary>Loss or θ became non-finite or exceeded the divergence bound.</summary>
    Diverged,

    /// <summary>Gradient norm below tolerance but loss above the optimum: a non-global critical point (e.g. near θ = 0 for L ≥ 3).</summary>
    Saddle,

    /// <summary>None of the above within the step budget.</summary>
    Neither,
}

/// <summary>The classification rule shared by <see cref="GradientDescentRunner"/> and <c>StepSizeSweep</c>.</summary>
public static class RunClassifier
{
    /// <summary>
    /// Diverged if the loss is non-finite or above <paramref name="divergenceBound"/>; converged if
    /// loss − optimum ≤ tolerance·max(1, |optimum|) and ‖∇L‖ ≤ tolerance; saddle if only the gradient condition holds;
    /// else neither.
    /// </summary>
    public static RunOutcome Classify(double loss, double gradientNorm, double optimalLoss, double tolerance, double divergenceBound)
    {
        if (!double.IsFinite(loss) || !double.IsFinite(gradientNorm) || loss > divergenceBound) return RunOutcome.Diverged;
        bool stationary = gradientNorm <= tolerance;
        bool optimal = loss - optimalLoss <= tolerance * Math.Max(1, Math.Abs(optimalLoss));
        return stationary && optimal ? RunOutcome.Converged : stationary ? RunOutcome.Saddle : RunOutcome.Neither;
    }
}

using System.Text.Json.Serialization;

namespace EosVerify.Experiments;

/// <summary>How a gradient-descent run ended (MATH.md T4); in JSON the lower-case name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RunOutcome>))]
internal enum RunOutcome
{
    /// <summary>Loss within tolerance of the global optimum and gradient norm below tolerance.</summary>
    [JsonStringEnumMemberName("converged")]
    Converged,

    /// <summary>Loss or θ became non-finite or exceeded the divergence bound.</summary>
    [JsonStringEnumMemberName("diverged")]
    Diverged,

    /// <summary>
    /// Loss above the optimum and either the gradient norm below tolerance (a non-global critical point) or the last
    /// iterate near θ = 0 (‖θ‖ within a fixed fraction of the balanced minimiser's norm: for L ≥ 3 runs creep towards
    /// the non-strict saddle θ = 0 with ‖∇L‖ ∝ ‖θ‖^{L−1}, too slowly to pass a gradient test in any practical budget).
    /// </summary>
    [JsonStringEnumMemberName("saddle")]
    Saddle,

    /// <summary>None of the above within the step budget.</summary>
    [JsonStringEnumMemberName("neither")]
    Neither,
}

/// <summary>The classification rule shared by <see cref="GradientDescentRunner"/> and <c>StepSizeSweep</c>.</summary>
internal static class RunClassifier
{
    /// <summary>"Near θ = 0" means ‖θ‖ ≤ this fraction of the balanced minimiser's norm.</summary>
    public const double OriginFraction = 0.01;

    /// <summary>
    /// Diverged if the loss is non-finite or above <paramref name="divergenceBound"/>; converged if
    /// loss − optimum ≤ tolerance·max(1, |optimum|) and ‖∇L‖ ≤ tolerance; saddle if not optimal and either
    /// ‖∇L‖ ≤ tolerance or ‖θ‖ ≤ <paramref name="originRadius"/> (pass NaN as <paramref name="thetaNorm"/> to skip that
    /// test); else neither.
    /// </summary>
    public static RunOutcome Classify(double loss, double gradientNorm, double optimalLoss, double tolerance, double divergenceBound,
        double thetaNorm = double.NaN, double originRadius = 0)
    {
        if (!double.IsFinite(loss) || !double.IsFinite(gradientNorm) || loss > divergenceBound) return RunOutcome.Diverged;
        bool stationary = gradientNorm <= tolerance;
        bool optimal = loss - optimalLoss <= tolerance * Math.Max(1, Math.Abs(optimalLoss));
        if (stationary && optimal) return RunOutcome.Converged;
        return stationary || !optimal && thetaNorm <= originRadius ? RunOutcome.Saddle : RunOutcome.Neither;
    }

    /// <summary><see cref="OriginFraction"/> × ‖θ_bal‖, θ_bal the balanced global minimiser (0 when W* = 0).</summary>
    public static double OriginRadius(Numerics.NumericProblem problem, Numerics.MinimizerTarget target) =>
        OriginFraction * Numerics.VectorOps.Norm(Numerics.MinimizerManifold.BalancedPoint(problem, target.Product));
}

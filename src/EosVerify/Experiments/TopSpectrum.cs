using EosVerify.Numerics;

namespace EosVerify.Experiments;

/// <summary>
/// The top of the Hessian spectrum along a trajectory: λ_max only (K = 1, as before), or the top K by Lanczos warm-started
/// from the Ritz vectors of the previous recorded point. Off when the sharpness is not recorded.
/// </summary>
internal sealed class TopSpectrum(NumericProblem problem, SimulationOptions options)
{
    private double[][]? _vectors;

    public int K => options.TopK;

    /// <summary>K NaNs for points where nothing could be computed (null when K = 1).</summary>
    public double[]? Missing => K > 1 ? Enumerable.Repeat(double.NaN, K).ToArray() : null;

    /// <summary>λ_1 ≥ … ≥ λ_K at θ, or null when the sharpness is not recorded.</summary>
    public double[]? At(double[] theta)
    {
        if (!options.RecordSharpness) return null;
        if (K == 1) return [problem.Sharpness(theta, options.Lanczos).Largest];
        var (estimate, vectors) = Lanczos.LargestWithVectors(problem.HessianAt(theta), options.Lanczos with { Count = K }, _vectors);
        _vectors = vectors;
        return [.. estimate.Eigenvalues];
    }
}

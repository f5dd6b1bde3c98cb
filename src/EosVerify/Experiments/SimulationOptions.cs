using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Experiments;

/// <summary>Options of one gradient-descent simulation (the `simulate` command).</summary>
/// <param name="Eta">Step size η &gt; 0.</param>
/// <param name="Steps">Step budget T ≥ 1.</param>
/// <param name="RecordEvery">Record a trajectory point every k steps (and at step 0 and the last step).</param>
/// <param name="InitScale">Initialisation θ_i = scale·N(0,1) from SeededRandom.ForStream(Seed, 0); ignored when InitialTheta is given.</param>
/// <param name="Seed">Seed of the initialisation (run 0 of a sweep with the same seed starts at the same point).</param>
/// <param name="UntilConverged">Stop as soon as the run is classified converged (or diverges) instead of running all steps.</param>
/// <param name="Tolerance">Tolerance of the convergence test (loss excess, relative to max(1,|L*|), and gradient norm).</param>
/// <param name="DivergenceBound">A loss above this counts as divergence.</param>
/// <param name="RecordSharpness">Compute the sharpness (Lanczos) at recorded points; off for cheap runs.</param>
/// <param name="InitialTheta">An explicit start point (length P), overriding the seeded initialisation.</param>
/// <param name="TopK">Record the top K Hessian eigenvalues at recorded points (Lanczos, warm-started from the previous
/// recorded point's Ritz vectors); 1 records the sharpness only.</param>
internal sealed record SimulationOptions(
    double Eta,
    int Steps,
    int RecordEvery = 1,
    double InitScale = 0.5,
    ulong Seed = 1,
    bool UntilConverged = false,
    double Tolerance = 1e-8,
    double DivergenceBound = 1e10,
    bool RecordSharpness = true,
    IReadOnlyList<double>? InitialTheta = null,
    int TopK = 1)
{
    /// <summary>Lanczos settings for the recorded sharpness.</summary>
    public LanczosOptions Lanczos { get; init; } = new(Tolerance: 1e-8);

    public void Validate(int parameterCount)
    {
        if (!(Eta > 0) || !double.IsFinite(Eta)) throw new InputException("eta", $"is {Eta}; the step size must be a positive number");
        if (Steps < 1) throw new InputException("steps", $"is {Steps}; at least 1 step is needed");
        if (RecordEvery < 1) throw new InputException("record-every", $"is {RecordEvery}; expected at least 1");
        if (!(InitScale >= 0) || !double.IsFinite(InitScale)) throw new InputException("scale", $"is {InitScale}; the initialisation scale must be ≥ 0");
        if (!(Tolerance > 0)) throw new InputException("tolerance", $"is {Tolerance}; expected a positive number");
        if (!(DivergenceBound > 0)) throw new InputException("divergence-bound", $"is {DivergenceBound}; expected a positive number");
        if (TopK < 1) throw new InputException("top-k", $"is {TopK}; expected at least 1 eigenvalue");
        if (TopK > parameterCount) throw new InputException("top-k", $"is {TopK}; H has only P = {parameterCount} eigenvalues");
        if (InitialTheta is not null && InitialTheta.Count != parameterCount)
            throw new InputException("theta", $"has {InitialTheta.Count} entries; P = {parameterCount}");
    }

    /// <summary>θ_i = scale·N(0,1), drawn from stream <paramref name="stream"/> of <paramref name="seed"/>.</summary>
    public static double[] SeededInitialization(int parameterCount, double scale, ulong seed, ulong stream)
    {
        var rng = SeededRandom.ForStream(seed, stream);
        var theta = new double[parameterCount];
        for (int i = 0; i < parameterCount; i++) theta[i] = scale * rng.NextNormal();
        return theta;
    }
}

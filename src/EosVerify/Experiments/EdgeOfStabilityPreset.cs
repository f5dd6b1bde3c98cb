using EosVerify.Networks;

namespace EosVerify.Experiments;

/// <summary>
/// A problem and settings on which the Edge of Stability is visible: architecture 5-10-10-5, 20 generated samples (data
/// seed 7, noise 0.3), θ₀ = 0.1·N(0,1) (seed 1), η = 0.085 (2/η ≈ 23.5). Here S_min ≈ 20.8 &lt; 2/η, while small-η GD from
/// the same start ends at a minimum with sharpness ≈ 26.7 &gt; 2/η. So at η = 0.085 the sharpness rises from ≈ 4
/// (progressive sharpening), crosses 2/η, the loss goes up and down, and GD settles at a minimum with S just below 2/η.
/// </summary>
internal static class EdgeOfStabilityPreset
{
    public const string ArchitectureText = "5-10-10-5";
    public const int Samples = 20;
    public const ulong DataSeed = 7;
    public const double Noise = 0.3;
    public const double Eta = 0.085;
    public const double InitScale = 0.1;
    public const ulong InitSeed = 1;
    public const int Steps = 2000;
    public const int RecordEvery = 2;

    public static Problem Problem()
    {
        var architecture = Architecture.Parse(ArchitectureText);
        return new Problem(architecture, DataGenerator.GenerateMoments(architecture, Samples, DataSeed, Noise),
            name: "edge-of-stability demo");
    }

    public static SimulationOptions Options() => new(Eta, Steps, RecordEvery, InitScale, InitSeed);
}

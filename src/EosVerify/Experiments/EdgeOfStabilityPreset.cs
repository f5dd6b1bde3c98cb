using EosVerify.Networks;

namespace EosVerify.Experiments;

/// <summary>
/// A problem and settings on which the Edge of Stability is visible: architecture 4-4-4-4, 20 generated samples (data seed 3,
/// noise 0.3), θ₀ = 0.1·N(0,1) (seed 1), η = 0.1 (2/η = 20). Here S_min ≈ 19.85 &lt; 20, while small-η GD from the same
/// start ends at a minimum with sharpness ≈ 20.2 &gt; 20. So at η = 0.1 the sharpness rises from ≈ 2 (progressive
/// sharpening), overshoots 2/η, the loss goes up and down, and GD settles at a minimum with S just below 2/η.
/// </summary>
public static class EdgeOfStabilityPreset
{
    public const string ArchitectureText = "4-4-4-4";
    public const int Samples = 20;
    public const ulong DataSeed = 3;
    public const double Noise = 0.3;
    public const double Eta = 0.1;
    public const double InitScale = 0.1;
    public const ulong InitSeed = 1;
    public const int Steps = 3000;
    public const int RecordEvery = 10;

    public static Problem Problem()
    {
        var architecture = Architecture.Parse(ArchitectureText);
        return new Problem(architecture, DataGenerator.GenerateMoments(architecture, Samples, DataSeed, Noise),
            name: "edge-of-stability demo");
    }

    public static SimulationOptions Options() => new(Eta, Steps, RecordEvery, InitScale, InitSeed);
}

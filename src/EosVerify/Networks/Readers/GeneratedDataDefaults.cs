using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// What synthetic data are generated when a problem names no data values: the same in a problem file's
/// <c>data.generate</c> block and on the command line (--samples, --seed, --noise).
/// </summary>
internal static class GeneratedDataDefaults
{
    public const int Samples = 32;
    public const ulong Seed = 1;
    public const string NoiseText = "0.1";
    public static readonly Rational Noise = Rational.Parse(NoiseText);

    /// <summary>Most samples that may be generated (further bounded by <see cref="InputLimits.RequireMomentWork"/>).</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>Largest noise level accepted.</summary>
    public const int MaxNoise = 1_000_000;

    /// <summary>Validates the parameters, then generates exact moments with <see cref="DataGenerator"/>.</summary>
    public static Moments Generate(Architecture architecture, int samples, ulong seed, Rational noise,
        string samplesField = "samples", string noiseField = "noise")
    {
        if (samples < 1 || samples > MaxSamples)
            throw new InputException(samplesField, $"is {samples}; expected a whole number from 1 to {MaxSamples}");
        if (noise.Sign < 0 || noise > MaxNoise)
            throw new InputException(noiseField, $"is {noise}; expected a number from 0 to {MaxNoise}");
        InputLimits.RequireMomentWork(samplesField, samples, architecture.InputDimension, architecture.OutputDimension);
        return DataGenerator.GenerateMoments(architecture, samples, seed, noise.ToDouble());
    }
}

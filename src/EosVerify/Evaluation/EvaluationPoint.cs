using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Evaluation;

/// <summary>
/// The θ that evaluate uses when the problem gives none: θ_i = round(1000·scale·z_i)/1000 with z_i standard normal
/// from SeededRandom.ForStream(seed, 0) (the stream GD initialisations use), so θ is exact and reproducible.
/// </summary>
internal static class EvaluationPoint
{
    public const double DefaultScale = 0.5;
    public const int GridDenominator = 1000;

    public static Rational[] Generate(int parameterCount, ulong seed, double scale = DefaultScale)
    {
        if (parameterCount < 1) throw new ArgumentOutOfRangeException(nameof(parameterCount), $"P = {parameterCount}; expected at least 1.");
        if (!(scale > 0) || !double.IsFinite(scale)) throw new ArgumentOutOfRangeException(nameof(scale), $"Scale {scale}; expected a positive number.");
        var random = SeededRandom.ForStream(seed, 0);
        var theta = new Rational[parameterCount];
        for (int i = 0; i < parameterCount; i++)
            theta[i] = new Rational((long)Math.Round(GridDenominator * scale * random.NextNormal(), MidpointRounding.ToEven), GridDenominator);
        return theta;
    }

    /// <summary>How a generated point was made, for the report.</summary>
    public static string Describe(ulong seed, double scale) =>
        FormattableString.Invariant($"generated: θ_i = round({GridDenominator}·{scale:R}·N(0,1))/{GridDenominator}, SeededRandom.ForStream({seed}, 0)");
}

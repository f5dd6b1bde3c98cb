using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// half-mean: L = (1/(2n))‖WX − Y‖²_F (the default); mean: L = (1/n)‖WX − Y‖²_F, which doubles L, ∇L and H.
/// </summary>
public enum LossScale
{
    /// <summary>L = (1/(2n))‖WX − Y‖²_F, the default.</summary>
    HalfMean,
    /// <summary>L = (1/n)‖WX − Y‖²_F.</summary>
    Mean,
}

internal static class LossScaleExtensions
{
    /// <summary>c in L = c·[tr(W Sxx Wᵀ) − 2 tr(Syx Wᵀ) + tr(Syy)].</summary>
    public static Rational Factor(this LossScale scale) => scale == LossScale.Mean ? Rational.One : new Rational(1, 2);

    public static string Name(this LossScale scale) => scale == LossScale.Mean ? "mean" : "half-mean";

    public static LossScale ParseLossScale(string? text) => text?.Trim() switch
    {
        null or "" or "half-mean" => LossScale.HalfMean,
        "mean" => LossScale.Mean,
        _ => throw new InputException("loss", $"'{text}' is not a loss scale; expected \"half-mean\" or \"mean\""),
    };
}

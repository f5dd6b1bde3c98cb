using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>An exact value (Lower = Upper) or an exact bracket [Lower, Upper] of a value known only that well.</summary>
/// <param name="Lower">The lower end, inclusive.</param>
/// <param name="Upper">The upper end, inclusive.</param>
public sealed record RationalRange(Rational Lower, Rational Upper)
{
    /// <summary>The range holding exactly <paramref name="value"/>.</summary>
    public static RationalRange Exactly(Rational value) => new(value, value);

    /// <summary>True when the value is known exactly (Lower = Upper).</summary>
    public bool IsExact => Lower == Upper;
}

using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>An exact value (Lower = Upper) or an exact bracket [Lower, Upper] of a value known only that well.</summary>
public sealed record RationalRange(Rational Lower, Rational Upper)
{
    public static RationalRange Exactly(Rational value) => new(value, value);

    public bool IsExact => Lower == Upper;
}

namespace EosVerify.Algebra;

/// <summary>
/// A closed interval [Lower, Upper] of rationals. As an isolating interval of a real root it means: the root is
/// exactly Lower when <see cref="IsPoint"/>, otherwise it lies strictly between Lower and Upper.
/// </summary>
internal readonly record struct RationalInterval
{
    public Rational Lower { get; }
    public Rational Upper { get; }

    public RationalInterval(Rational lower, Rational upper)
    {
        if (lower > upper) throw new ArgumentException($"Interval lower end {lower} exceeds its upper end {upper}.", nameof(lower));
        Lower = lower;
        Upper = upper;
    }

    public static RationalInterval Point(Rational value) => new(value, value);

    public bool IsPoint => Lower == Upper;
    public Rational Width => Upper - Lower;
    public Rational Midpoint => (Lower + Upper) / 2;

    /// <summary>Whether the closed interval contains x.</summary>
    public bool Contains(Rational x) => Lower <= x && x <= Upper;

    public override string ToString() => IsPoint ? $"[{Lower}]" : $"({Lower}, {Upper})";
}

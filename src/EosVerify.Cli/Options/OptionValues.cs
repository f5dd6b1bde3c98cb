using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Cli;

/// <summary>
/// Turns option text into typed values with the same rules in every command: numbers exact (as in problem
/// files), lists comma separated, bounds checked; failures are <see cref="InputException"/>s naming the option.
/// </summary>
internal static class OptionValues
{
    public const int MaxListLength = 1_000_000;

    public static Rational? OptionalNumber(string? text, string option) =>
        text is null ? null : ExactNumber.Parse(text, option);

    /// <summary>Longest option text echoed whole in an error; longer text is shortened (a 400-digit η is not repeated).</summary>
    public const int MaxEchoedLength = 40;

    public static Rational Positive(string text, string option)
    {
        var value = ExactNumber.Parse(text, option, ExactNumber.PositiveExamples);
        if (value.Sign <= 0) throw new InputException(option, $"is {Echo(text)}; expected a number > 0");
        return value;
    }

    public static Rational NonNegative(string text, string option)
    {
        var value = ExactNumber.Parse(text, option, ExactNumber.PositiveExamples);
        if (value.Sign < 0) throw new InputException(option, $"is {Echo(text)}; expected a number ≥ 0");
        return value;
    }

    /// <summary>The option text as an error shows it: trimmed, and cut to its first characters with its length when long.</summary>
    public static string Echo(string text)
    {
        string trimmed = text.Trim();
        return trimmed.Length <= MaxEchoedLength ? trimmed : $"{trimmed[..(MaxEchoedLength / 2)]}… ({trimmed.Length} characters)";
    }

    /// <summary>A positive number that must also be usable in double precision (no overflow, no underflow to 0).</summary>
    public static double PositiveDouble(string text, string option)
    {
        var value = Positive(text, option);
        double d = value.ToDouble();
        if (!double.IsFinite(d) || d == 0 || !double.IsNormal(d))
            throw new InputException(option, $"is {Echo(text)}; expected a number between 1e-300 and 1e300");
        return d;
    }

    /// <summary>"a,b,c" (spaces allowed) as exact numbers; the entry index is named on error, e.g. --theta[2].</summary>
    public static Rational[] NumberList(string text, string option) => List(text, option, MaxListLength, (t, o) => ExactNumber.Parse(t, o));

    /// <summary>Like <see cref="NumberList"/>, every entry > 0 (and the hint shows only acceptable values).</summary>
    public static Rational[] PositiveList(string text, string option, int maxLength) => List(text, option, maxLength, (t, o) => Positive(t, o));

    private static Rational[] List(string text, string option, int maxLength, Func<string, string, Rational> parse)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(option, "is empty; expected comma-separated numbers such as \"0.1,-0.2,1/3\"");
        var parts = text.Split(',');
        if (parts.Length > maxLength) throw new InputException(option, $"has {parts.Length} entries; at most {maxLength} are accepted");
        var values = new Rational[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            values[i] = parse(parts[i], $"{option}[{i}]");
        return values;
    }

    public static int WholeNumber(int value, string option, int min, int max)
    {
        if (value < min || value > max) throw new InputException(option, $"is {value}; expected a whole number from {min} to {max}");
        return value;
    }

    /// <summary>Seconds as an exact decimal, e.g. "0.5" or "30".</summary>
    public static TimeSpan Seconds(string text, string option, int maxSeconds)
    {
        var value = Positive(text, option);
        if (value > maxSeconds) throw new InputException(option, $"is {Echo(text)}; expected at most {maxSeconds} seconds");
        var ticks = value * TimeSpan.TicksPerSecond;
        var whole = ticks.Numerator / ticks.Denominator;
        if (whole < 10_000) throw new InputException(option, $"is {Echo(text)}; expected at least 0.001 seconds");
        return TimeSpan.FromTicks((long)whole);
    }
}

using System.Text;
using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// Reads one number from text exactly ("0.1" is 1/10; "1/3", "-2.5e-3" accepted) and refuses, naming the field,
/// NaN, infinities, non-numbers and numbers larger than <see cref="InputLimits.MaxNumberBits"/>.
/// </summary>
internal static class ExactNumber
{
    /// <summary>Examples in the hint for text that is not a number; a caller that refuses negatives passes <see cref="PositiveExamples"/>.</summary>
    public const string AnyExamples = "3, -0.25, 1e-3 or 1/3";
    public const string PositiveExamples = "3, 0.25, 1e-3 or 1/3";

    public static Rational Parse(string? text, string field, string examples = AnyExamples)
    {
        if (TryParse(text, out var value, out var problem, examples)) return value;
        throw new InputException(field, problem);
    }

    public static bool TryParse(string? text, out Rational value, out string problem) => TryParse(text, out value, out problem, AnyExamples);

    public static bool TryParse(string? text, out Rational value, out string problem, string examples)
    {
        value = Rational.Zero;
        problem = "";
        string trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) { problem = "is empty; expected a number"; return false; }
        if (trimmed.Length > InputLimits.MaxNumberTextLength)
        {
            problem = $"is a number text of {trimmed.Length} characters; at most {InputLimits.MaxNumberTextLength} are accepted";
            return false;
        }
        if (IsNonFinite(trimmed)) { problem = $"is {Quote(trimmed)}; expected a finite number (NaN and infinities are not data)"; return false; }
        if (!Rational.TryParse(trimmed, out value))
        {
            problem = $"is {Quote(trimmed)}; expected a number such as {examples}";
            return false;
        }
        long bits = value.Numerator.GetBitLength() + value.Denominator.GetBitLength();
        if (bits > InputLimits.MaxNumberBits)
        {
            problem = $"is {Quote(trimmed)}, which needs {bits} bits exactly; at most {InputLimits.MaxNumberBits} are accepted";
            value = Rational.Zero;
            return false;
        }
        return true;
    }


    private static bool IsNonFinite(string s)
    {
        string t = s.TrimStart('+', '-').ToLowerInvariant();
        return t is "nan" or "inf" or "infinity" or "∞";
    }

    /// <summary>User text shown inside a one-line message: quoted, control characters escaped, long text cut.</summary>
    public static string Quote(string text)
    {
        const int maxShown = 40;
        var sb = new StringBuilder("\"");
        foreach (char c in text.Length > maxShown ? text[..maxShown] : text)
        {
            if (c == '"' || c == '\\') sb.Append('\\').Append(c);
            else if (char.IsControl(c) || char.IsSurrogate(c)) sb.Append($"\\u{(int)c:x4}");
            else sb.Append(c);
        }
        if (text.Length > maxShown) sb.Append('…');
        return sb.Append('"').ToString();
    }
}

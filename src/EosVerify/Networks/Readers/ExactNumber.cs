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
        if (TryParseShortDecimal(trimmed, out value)) return true;
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

    private static readonly long[] PowersOfTen =
        [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
         100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
         10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];

    /// <summary>
    /// Fast path for the common case (data files hold millions of short decimals): [sign] digits [. digits]
    /// [e [sign] digits] with at most 18 significant digits and a net power of ten within 10^±18, computed in
    /// 64-bit integers. Anything else is left to <see cref="Rational.TryParse"/>; both give the same value.
    /// </summary>
    private static bool TryParseShortDecimal(string s, out Rational value)
    {
        value = Rational.Zero;
        int pos = 0;
        bool negative = false;
        if (s[0] is '+' or '-') { negative = s[0] == '-'; pos++; }
        long mantissa = 0;
        int digits = 0, fractionDigits = 0;
        bool seenPoint = false, seenDigit = false;
        for (; pos < s.Length; pos++)
        {
            char c = s[pos];
            if (c is >= '0' and <= '9')
            {
                seenDigit = true;
                if (mantissa == 0 && c == '0') { if (seenPoint) fractionDigits++; continue; }
                if (++digits > 18) return false;
                mantissa = mantissa * 10 + (c - '0');
                if (seenPoint) fractionDigits++;
            }
            else if (c == '.' && !seenPoint) seenPoint = true;
            else break;
        }
        if (!seenDigit) return false;
        int exponent = 0;
        if (pos < s.Length)
        {
            if (s[pos] is not ('e' or 'E')) return false;
            pos++;
            bool negativeExponent = false;
            if (pos < s.Length && s[pos] is '+' or '-') { negativeExponent = s[pos] == '-'; pos++; }
            int start = pos;
            for (; pos < s.Length && pos - start < 4; pos++)
            {
                if (s[pos] is < '0' or > '9') return false;
                exponent = exponent * 10 + (s[pos] - '0');
            }
            if (pos == start || pos != s.Length || exponent > 4096) return false; // the general parser's exponent bound
            if (negativeExponent) exponent = -exponent;
        }
        int scale = exponent - fractionDigits;
        if (negative) mantissa = -mantissa;
        if (mantissa == 0) return true;
        if (scale >= 0)
        {
            if (scale > 18 || digits + scale > 18) return false;
            value = new Rational(mantissa * PowersOfTen[scale]);
        }
        else
        {
            if (-scale > 18) return false;
            value = new Rational(mantissa, PowersOfTen[-scale]);
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

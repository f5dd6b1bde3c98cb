using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using EosVerify.Networks;

namespace EosVerify.Cli;

/// <summary>
/// Whole-number options whose parse errors read like every other input error ("is \"x\"; expected a whole number
/// from 1 to 100000000") instead of System.CommandLine's, which names the .NET type (System.Nullable`1[...]).
/// </summary>
internal static class WholeNumberOptions
{
    public static Option<int?> OptionalInt(string name, string description, string helpName, int min, int max) =>
        new(name) { Description = description, HelpName = helpName, CustomParser = r => (int?)Parse(r, min, max) };

    public static Option<int> Int(string name, string description, string helpName, int defaultValue, int min, int max) =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = r => r.Tokens.Count == 0 ? defaultValue : (int)Parse(r, min, max),
        };

    public static Option<ulong?> OptionalSeed(string name, string description, string helpName) =>
        new(name) { Description = description, HelpName = helpName, CustomParser = ParseSeed };

    private static ulong? ParseSeed(ArgumentResult result)
    {
        string text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong value)) return value;
        result.AddError($"is {ExactNumber.Quote(text)}; expected a whole number from 0 to {ulong.MaxValue}");
        return null;
    }

    private static long Parse(ArgumentResult result, long min, long max)
    {
        string text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) && value >= min && value <= max)
            return value;
        result.AddError($"is {ExactNumber.Quote(text)}; expected a whole number from {min} to {max}");
        return min;
    }
}

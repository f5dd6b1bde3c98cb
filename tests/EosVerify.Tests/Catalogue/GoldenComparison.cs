using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EosVerify.Tests.Catalogue;

/// <summary>
/// How a generated catalogue file is compared with proofs/: certificates, derivations and README byte for byte;
/// JSON (reports, manifest) structurally, with verdicts, answers, exact rationals, integers and every other text
/// compared exactly, and only floating-point figures — JSON numbers with a fraction or exponent, and decimal
/// figures inside strings (e.g. "‖θ‖ ≈ 6.3712") — allowed to differ by <see cref="RelativeTolerance"/> or by one unit
/// in the last printed digit (a rounding that flips). Floating figures may differ across CPUs and runtimes (FMA,
/// libm); exact results may not.
/// </summary>
internal static partial class GoldenComparison
{
    public const double RelativeTolerance = 1e-9;

    [GeneratedRegex(@"-?\d+\.\d+(?:[eE][+-]?\d+)?")]
    private static partial Regex DecimalFigure();

    /// <summary>Null when the files agree, otherwise where they first differ.</summary>
    public static string? Difference(string relativePath, byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual)) return null;
        if (!relativePath.EndsWith(".json", StringComparison.Ordinal)) return "bytes differ";
        JsonNode? left, right;
        try
        {
            left = JsonNode.Parse(expected);
            right = JsonNode.Parse(actual);
        }
        catch (System.Text.Json.JsonException e)
        {
            return "not JSON: " + e.Message;
        }
        return Compare(left, right, "$");
    }

    public static string? Compare(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject a, JsonObject b):
                var keys = a.Select(p => p.Key).ToList();
                if (!keys.SequenceEqual(b.Select(p => p.Key)))
                    return $"{path}: keys [{string.Join(", ", keys)}] vs [{string.Join(", ", b.Select(p => p.Key))}]";
                foreach (var key in keys)
                    if (Compare(a[key], b[key], $"{path}.{key}") is { } d) return d;
                return null;
            case (JsonArray a, JsonArray b):
                if (a.Count != b.Count) return $"{path}: {a.Count} vs {b.Count} elements";
                for (int i = 0; i < a.Count; i++)
                    if (Compare(a[i], b[i], $"{path}[{i}]") is { } d) return d;
                return null;
            case (JsonValue a, JsonValue b):
                return CompareValues(a, b, path);
            default:
                return $"{path}: {expected?.ToJsonString() ?? "null"} vs {actual?.ToJsonString() ?? "null"}";
        }
    }

    private static string? CompareValues(JsonValue a, JsonValue b, string path)
    {
        string left = a.ToJsonString(), right = b.ToJsonString();
        if (left == right) return null;
        bool leftNumber = a.GetValueKind() == System.Text.Json.JsonValueKind.Number;
        bool rightNumber = b.GetValueKind() == System.Text.Json.JsonValueKind.Number;
        if (leftNumber && rightNumber && IsFloating(left) && IsFloating(right))
            return FiguresAgree(left, right) ? null : $"{path}: {left} vs {right} (beyond relative tolerance {RelativeTolerance})";
        if (a.TryGetValue<string>(out var s) && b.TryGetValue<string>(out var t))
            return StringsAgree(s, t) ? null : $"{path}: \"{Shorten(s)}\" vs \"{Shorten(t)}\"";
        return $"{path}: {left} vs {right}";
    }

    private static bool IsFloating(string number) => number.IndexOfAny(['.', 'e', 'E']) >= 0;

    /// <summary>Equal outside their decimal figures, and each pair of figures within tolerance.</summary>
    public static bool StringsAgree(string expected, string actual)
    {
        var left = DecimalFigure().Matches(expected);
        var right = DecimalFigure().Matches(actual);
        if (left.Count != right.Count) return false;
        if (DecimalFigure().Replace(expected, "#") != DecimalFigure().Replace(actual, "#")) return false;
        for (int i = 0; i < left.Count; i++)
            if (!FiguresAgree(left[i].Value, right[i].Value)) return false;
        return true;
    }

    public static bool FiguresAgree(string expected, string actual)
    {
        double x = double.Parse(expected, CultureInfo.InvariantCulture), y = double.Parse(actual, CultureInfo.InvariantCulture);
        double difference = Math.Abs(x - y);
        if (difference <= RelativeTolerance * Math.Max(Math.Abs(x), Math.Abs(y))) return true;
        return difference <= LastDigitUnit(expected) * 1.000001 && difference <= LastDigitUnit(actual) * 1.000001;
    }

    /// <summary>One unit in the last printed digit of a decimal figure, e.g. 0.0001 for "6.3712", 1e-7 for "1.5E-6".</summary>
    private static double LastDigitUnit(string figure)
    {
        int exponentAt = figure.IndexOfAny(['e', 'E']);
        int exponent = exponentAt < 0 ? 0 : int.Parse(figure[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        string mantissa = exponentAt < 0 ? figure : figure[..exponentAt];
        int dot = mantissa.IndexOf('.');
        int decimals = dot < 0 ? 0 : mantissa.Length - dot - 1;
        return Math.Pow(10, exponent - decimals);
    }

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..117] + "...";
}

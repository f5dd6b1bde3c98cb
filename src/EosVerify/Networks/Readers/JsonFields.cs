using System.Text.Json;
using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// Typed access to the elements of a parsed problem file. Every failure is an <see cref="InputException"/> whose
/// field is the JSON path of the offending element (e.g. <c>data.X[1][2]</c>).
/// </summary>
internal static class JsonFields
{
    public static string Child(string path, string key) => path.Length == 0 ? key : path + "." + key;
    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>The members of an object, refusing keys outside <paramref name="allowed"/> and repeated keys.</summary>
    public static Dictionary<string, JsonElement> Object(JsonElement element, string path, IReadOnlyList<string> allowed)
    {
        string shown = path.Length == 0 ? "the problem file" : path;
        if (element.ValueKind != JsonValueKind.Object)
            throw new InputException(shown, $"is {Describe(element)}; expected an object with keys {string.Join(", ", allowed)}");
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            string name = property.Name;
            if (!allowed.Contains(name))
            {
                string hint = Closest(name, allowed) is { } near ? $"did you mean \"{near}\"? " : "";
                throw new InputException(Child(path, KeyInPath(name)),
                    $"is not a known key; {hint}expected one of {string.Join(", ", allowed)}");
            }
            if (!members.TryAdd(name, property.Value))
                throw new InputException(Child(path, name), "appears more than once");
        }
        return members;
    }

    /// <summary>A key as shown in a path: plain when it is an identifier, else quoted (so that "" or "a b" stay visible).</summary>
    private static string KeyInPath(string name) =>
        name.Length > 0 && name.Length <= 64 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : ExactNumber.Quote(name);

    public static Rational Number(JsonElement element, string path)
    {
        string? text = element.ValueKind switch
        {
            JsonValueKind.Number => element.GetRawText(),
            JsonValueKind.String => element.GetString(),
            _ => throw new InputException(path, $"is {Describe(element)}; expected a number"),
        };
        return ExactNumber.Parse(text, path);
    }

    public static int Integer(JsonElement element, string path, long min, long max)
    {
        var value = Number(element, path);
        if (!value.IsInteger || value < min || value > max)
            throw new InputException(path, $"is {value}; expected a whole number from {min} to {max}");
        return (int)value.Numerator;
    }

    public static ulong UnsignedLong(JsonElement element, string path)
    {
        var value = Number(element, path);
        if (!value.IsInteger || value.Sign < 0 || value.Numerator > ulong.MaxValue)
            throw new InputException(path, $"is {value}; expected a whole number from 0 to {ulong.MaxValue}");
        return (ulong)value.Numerator;
    }

    public static string String(JsonElement element, string path, int maxLength)
    {
        if (element.ValueKind != JsonValueKind.String)
            throw new InputException(path, $"is {Describe(element)}; expected a string");
        string value = element.GetString()!;
        if (value.Length > maxLength) throw new InputException(path, $"is {value.Length} characters long; at most {maxLength} are accepted");
        if (value.Any(char.IsControl)) throw new InputException(path, "contains control characters (such as line breaks)");
        return value;
    }

    public static Rational[] Vector(JsonElement element, string path, int maxLength)
    {
        if (element.ValueKind != JsonValueKind.Array)
            throw new InputException(path, $"is {Describe(element)}; expected an array of numbers");
        int length = element.GetArrayLength();
        if (length > maxLength) throw new InputException(path, $"has {length} entries; at most {maxLength} are accepted here");
        var values = new Rational[length];
        int i = 0;
        foreach (var item in element.EnumerateArray())
        {
            values[i] = Number(item, Item(path, i));
            i++;
        }
        return values;
    }

    /// <summary>A matrix written as an array of rows, all of the same non-zero length.</summary>
    public static RationalMatrix Matrix(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
            throw new InputException(path, $"is {Describe(element)}; expected an array of rows, e.g. [[1, 2], [3, 4]]");
        int rows = element.GetArrayLength();
        if (rows == 0) throw new InputException(path, "has no rows");
        int columns = -1;
        int r = 0;
        foreach (var row in element.EnumerateArray())
        {
            string rowPath = Item(path, r);
            if (row.ValueKind != JsonValueKind.Array)
                throw new InputException(rowPath, $"is {Describe(row)}; expected a row (an array of numbers)");
            int length = row.GetArrayLength();
            if (columns < 0)
            {
                if (length == 0) throw new InputException(rowPath, "is empty; rows need at least one entry");
                if ((long)rows * length > InputLimits.MaxMatrixEntries)
                    throw new InputException(path, $"is {rows}×{length}; more than {InputLimits.MaxMatrixEntries} entries are not read");
                columns = length;
            }
            else if (length != columns)
                throw new InputException(rowPath, $"has {length} entries; {Item(path, 0)} has {columns} (rows must have equal length)");
            r++;
        }
        var entries = new Rational[rows, columns];
        r = 0;
        foreach (var row in element.EnumerateArray())
        {
            int c = 0;
            foreach (var item in row.EnumerateArray())
            {
                entries[r, c] = Number(item, Item(Item(path, r), c));
                c++;
            }
            r++;
        }
        return RationalMatrix.Create(rows, columns, (i, j) => entries[i, j]);
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "the string " + ExactNumber.Quote(element.GetString()!),
        JsonValueKind.Number => "the number " + ExactNumber.Quote(element.GetRawText()).Trim('"'),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>The allowed key within edit distance 2 of a misspelt one, if there is exactly one nearest.</summary>
    private static string? Closest(string name, IReadOnlyList<string> allowed)
    {
        if (name.Length > 64) return null;
        string? best = null;
        int bestDistance = 3;
        foreach (var candidate in allowed)
        {
            int d = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance) { best = candidate; bestDistance = d; }
        }
        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

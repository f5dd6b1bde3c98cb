using System.Text.Json.Nodes;
using EosVerify.Algebra;

namespace EosVerify.Reports;

/// <summary>Exact values in reports are strings "p/q" (or "p"); doubles sit beside them under their own names.</summary>
internal static class ExactJson
{
    public static JsonNode Value(Rational r) => JsonValue.Create(r.ToString());

    public static JsonArray Vector(IEnumerable<Rational> values) => new(values.Select(v => (JsonNode?)Value(v)).ToArray());

    public static JsonArray Vector(IEnumerable<double> values) => new(values.Select(v => (JsonNode?)Number(v)).ToArray());

    public static JsonArray Matrix(RationalMatrix m) =>
        new(Enumerable.Range(0, m.RowCount)
            .Select(i => (JsonNode?)Vector(Enumerable.Range(0, m.ColumnCount).Select(j => m[i, j])))
            .ToArray());

    /// <summary>A double as JSON; non-finite values (which JSON lacks) become the strings "NaN", "Infinity", "-Infinity".</summary>
    public static JsonNode Number(double v) =>
        double.IsFinite(v) ? JsonValue.Create(v) : JsonValue.Create(double.IsNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
}

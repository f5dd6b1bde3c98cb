using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EosVerify.Algebra;
using EosVerify.Theorems;

namespace EosVerify.Reports;

/// <summary>
/// The one writer of check evidence and counterexamples (<see cref="CheckEvidence"/>, <see cref="CheckCounterexample"/>
/// and the records they hold): properties in declaration order (or their stated order) as camelCase names, null
/// properties left out unless marked to be written, rationals as "p/q" strings, non-finite doubles as
/// "NaN"/"Infinity"/"-Infinity" (the conventions of <see cref="ExactJson"/>).
/// </summary>
internal static class EvidenceJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new RationalConverter(), new RationalMatrixConverter(), new RationalRangeConverter(), new DoubleConverter() },
    };

    /// <summary>
    /// The fields a record is written with, in the order written: JSON name, the property, and whether a null is
    /// written (rather than the field left out). docs/report-schema.json is generated from this.
    /// </summary>
    public static IReadOnlyList<(string Name, PropertyInfo Property, bool WritesNull)> Fields(Type record) =>
        Options.GetTypeInfo(record).Properties
            .Select(p => (p.Name, (PropertyInfo)p.AttributeProvider!,
                p.AttributeProvider!.GetCustomAttributes(typeof(JsonIgnoreAttribute), true) is [JsonIgnoreAttribute { Condition: JsonIgnoreCondition.Never }]))
            .ToList();

    /// <summary>An evidence record, a counterexample, or a record inside one (e.g. <see cref="MinSharpnessBracketEvidence"/>), as a JSON object.</summary>
    public static JsonObject ToJson(object record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.SerializeToNode(record, record.GetType(), Options)!.AsObject();
    }

    private sealed class RationalConverter : JsonConverter<Rational>
    {
        public override Rational Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Evidence is written, never read.");

        public override void Write(Utf8JsonWriter writer, Rational value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    private sealed class RationalMatrixConverter : JsonConverter<RationalMatrix>
    {
        public override RationalMatrix Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Evidence is written, never read.");

        public override void Write(Utf8JsonWriter writer, RationalMatrix value, JsonSerializerOptions options) => ExactJson.Matrix(value).WriteTo(writer);
    }

    /// <summary>An exact value as "p/q", a bracket as ["lower", "upper"].</summary>
    private sealed class RationalRangeConverter : JsonConverter<RationalRange>
    {
        public override RationalRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Evidence is written, never read.");

        public override void Write(Utf8JsonWriter writer, RationalRange value, JsonSerializerOptions options)
        {
            if (value.IsExact)
            {
                writer.WriteStringValue(value.Lower.ToString());
                return;
            }
            writer.WriteStartArray();
            writer.WriteStringValue(value.Lower.ToString());
            writer.WriteStringValue(value.Upper.ToString());
            writer.WriteEndArray();
        }
    }

    private sealed class DoubleConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Evidence is written, never read.");

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => ExactJson.Number(value).WriteTo(writer);
    }
}

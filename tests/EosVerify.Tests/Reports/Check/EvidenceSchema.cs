using System.Reflection;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using EosVerify.Algebra;
using EosVerify.Reports;
using EosVerify.Theorems;

namespace EosVerify.Tests.Reports.Check;

/// <summary>
/// The part of docs/report-schema.json that describes evidence and counterexamples, generated from the records
/// (<see cref="EvidenceJson.Fields"/>: the same names and order the writer uses) and their XML docs: one $def per
/// record, and "claimEvidence", which ties each claim's id to its evidence and counterexample records.
/// </summary>
internal static class EvidenceSchema
{
    /// <summary>Each claim with its evidence record and the counterexample records it can give.</summary>
    public static readonly (string Id, Type Evidence, Type[] Counterexamples)[] Claims =
    [
        ("T1", typeof(NonSingularGdMapEvidence), [typeof(SingularStepCounterexample), typeof(ZeroDeterminantCounterexample)]),
        ("T2", typeof(MinimizerManifoldEvidence), [typeof(NonManifoldPointCounterexample)]),
        ("T3", typeof(BoundedStableMinimaEvidence), [typeof(StableRayCounterexample), typeof(StableMinimumBeyondClaimCounterexample)]),
        ("T4", typeof(LargeStepInstabilityEvidence), [typeof(FlatterMinimumCounterexample)]),
    ];

    public const string ClaimsDefinition = "claimEvidence";

    private static readonly Lazy<XDocument> Docs = new(() =>
        XDocument.Load(Path.ChangeExtension(typeof(CheckEvidence).Assembly.Location, ".xml")));

    public static string DefinitionName(Type record) => char.ToLowerInvariant(record.Name[0]) + record.Name[1..];

    /// <summary>Every generated $def, by name, in a stable order.</summary>
    public static SortedDictionary<string, JsonObject> Definitions()
    {
        var definitions = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var pending = new Queue<Type>(Claims.SelectMany(c => c.Counterexamples.Prepend(c.Evidence)));
        while (pending.TryDequeue(out var record))
        {
            string name = DefinitionName(record);
            if (definitions.ContainsKey(name)) continue;
            definitions[name] = Record(record, pending);
        }
        definitions[ClaimsDefinition] = ClaimsObject();
        return definitions;
    }

    private static JsonObject ClaimsObject()
    {
        var cases = new JsonArray();
        foreach (var (id, evidence, counterexamples) in Claims)
        {
            var options = new JsonArray(new JsonObject { ["type"] = "null" });
            foreach (var c in counterexamples) options.Add(Ref(DefinitionName(c)));
            cases.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["id"] = new JsonObject { ["const"] = id } } },
                ["then"] = new JsonObject
                {
                    ["properties"] = new JsonObject
                    {
                        ["evidence"] = Ref(DefinitionName(evidence)),
                        ["counterexample"] = new JsonObject { ["anyOf"] = options },
                    },
                },
            });
        }
        return new JsonObject
        {
            ["description"] = "Generated from the evidence and counterexample records (tests/EosVerify.Tests/Reports/Check/EvidenceSchema.cs): each claim's evidence and counterexample.",
            ["allOf"] = cases,
        };
    }

    private static JsonObject Record(Type record, Queue<Type> pending)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        var nullability = new NullabilityInfoContext();
        foreach (var (name, property, writesNull) in EvidenceJson.Fields(record))
        {
            bool nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                || (!property.PropertyType.IsValueType && nullability.Create(property).ReadState != NullabilityState.NotNull);
            var schema = Schema(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, pending);
            if (nullable && writesNull) schema = new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema) };
            if (Summary($"P:{property.DeclaringType!.FullName}.{property.Name}") is { } description)
                schema = new JsonObject { ["description"] = description }.Merge(schema);
            properties[name] = schema;
            if (!nullable || writesNull) required.Add(name);
        }
        var o = new JsonObject();
        if (Summary($"T:{record.FullName}") is { } summary) o["description"] = summary;
        o["type"] = "object";
        o["required"] = required;
        o["additionalProperties"] = false;
        o["properties"] = properties;
        return o;
    }

    private static JsonObject Schema(Type type, Queue<Type> pending)
    {
        if (type == typeof(string)) return new JsonObject { ["type"] = "string" };
        if (type == typeof(bool)) return new JsonObject { ["type"] = "boolean" };
        if (type == typeof(int) || type == typeof(long)) return new JsonObject { ["type"] = "integer" };
        if (type == typeof(double)) return Ref("number");
        if (type == typeof(Rational)) return Ref("exact");
        if (type == typeof(RationalMatrix)) return Ref("exactMatrix");
        if (type == typeof(RationalRange))
            return new JsonObject
            {
                ["oneOf"] = new JsonArray(Ref("exact"),
                    new JsonObject { ["type"] = "array", ["items"] = Ref("exact"), ["minItems"] = 2, ["maxItems"] = 2 }),
            };
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            return new JsonObject { ["type"] = "array", ["items"] = Schema(type.GetGenericArguments()[0], pending) };
        if (type.Assembly == typeof(CheckEvidence).Assembly && type.IsClass)
        {
            pending.Enqueue(type);
            return Ref(DefinitionName(type));
        }
        throw new NotSupportedException($"no schema for {type} (add it to EvidenceSchema.Schema)");
    }

    private static JsonObject Ref(string definition) => new() { ["$ref"] = $"#/$defs/{definition}" };

    private static JsonObject Merge(this JsonObject first, JsonObject second)
    {
        foreach (var (key, value) in second.ToList())
        {
            second.Remove(key);
            first[key] = value;
        }
        return first;
    }

    /// <summary>The member's XML-doc summary as one line (cref names shortened), or null.</summary>
    private static string? Summary(string member)
    {
        var element = Docs.Value.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == member)?.Element("summary");
        if (element is null) return null;
        foreach (var see in element.Descendants("see").ToList())
            see.ReplaceWith(((string?)see.Attribute("cref"))?.Split('.', ':').Last() ?? see.Value);
        foreach (var c in element.Descendants("c").ToList()) c.ReplaceWith(c.Value);
        return string.Join(' ', element.Value.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}

using Json.Schema;

namespace EosVerify.Tests.Reports.Check;

/// <summary>docs/report-schema.json, loaded once: JsonSchema.Net registers a schema's $id globally, and a second load of the same $id throws.</summary>
internal static class ReportSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "docs", "report-schema.json"))));

    public static JsonSchema Value => Schema.Value;

    public static EvaluationResults Evaluate(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }
}

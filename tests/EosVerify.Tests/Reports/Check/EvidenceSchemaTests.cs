using System.Text.Json.Nodes;
using EosVerify.Reports;
using EosVerify.Theorems;

namespace EosVerify.Tests.Reports.Check;

/// <summary>
/// docs/report-schema.json describes evidence and counterexamples exactly as the records are written: its $defs for
/// them are generated (<see cref="EvidenceSchema"/>) and compared here, so a field added, renamed or dropped in a
/// record fails this test until the schema is regenerated with EOSVERIFY_UPDATE_DOCS=1.
/// </summary>
public class EvidenceSchemaTests
{
    private static string SchemaPath => Path.Combine(RepositoryFolder.Root, "docs", "report-schema.json");

    private static bool IsGeneratedName(string name) =>
        name == EvidenceSchema.ClaimsDefinition || name.EndsWith("Evidence", StringComparison.Ordinal) || name.EndsWith("Counterexample", StringComparison.Ordinal);

    private static readonly JsonObject ClaimsReference = new() { ["$ref"] = $"#/$defs/{EvidenceSchema.ClaimsDefinition}" };

    [Test]
    public void TheSchemaDescribesEveryEvidenceRecordFieldForField()
    {
        var root = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        var definitions = root["$defs"]!.AsObject();
        var generated = EvidenceSchema.Definitions();
        var stale = definitions.Select(d => d.Key).Where(IsGeneratedName).Where(n => !generated.ContainsKey(n)).ToList();
        var differing = generated.Where(g => !JsonNode.DeepEquals(definitions[g.Key], g.Value)).Select(g => g.Key).ToList();
        var check = definitions["check"]!["allOf"]!.AsArray();
        bool linked = check.Any(n => JsonNode.DeepEquals(n, ClaimsReference));
        if ((stale.Count > 0 || differing.Count > 0 || !linked) && Environment.GetEnvironmentVariable("EOSVERIFY_UPDATE_DOCS") == "1")
        {
            foreach (var name in stale) definitions.Remove(name);
            foreach (var (name, definition) in generated) definitions[name] = definition;
            if (!linked) check.Add(ClaimsReference.DeepClone());
            File.WriteAllText(SchemaPath, root.ToJsonString(ReportJson.Indented) + "\n");
            return;
        }
        Assert.Multiple(() =>
        {
            Assert.That(differing, Is.Empty, "these $defs differ from the records: run EOSVERIFY_UPDATE_DOCS=1 dotnet test --filter EvidenceSchemaTests");
            Assert.That(stale, Is.Empty, "these $defs name no record any more");
            Assert.That(linked, Is.True, "the check's allOf must include claimEvidence");
        });
    }

    [Test]
    public void EveryEvidenceAndCounterexampleRecordBelongsToAClaim()
    {
        var listed = EvidenceSchema.Claims.SelectMany(c => c.Counterexamples.Prepend(c.Evidence)).ToHashSet();
        var records = typeof(CheckEvidence).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (typeof(CheckEvidence).IsAssignableFrom(t) || typeof(CheckCounterexample).IsAssignableFrom(t)));
        Assert.That(records.Where(t => !listed.Contains(t)).Select(t => t.Name), Is.Empty);
    }

    [Test]
    public void EveryCatalogueReportValidates()
    {
        var reports = Directory.GetFiles(Path.Combine(RepositoryFolder.Root, "proofs"), "report.json", SearchOption.AllDirectories);
        Assert.That(reports, Is.Not.Empty);
        foreach (var file in reports)
        {
            var result = ReportSchema.Evaluate(File.ReadAllText(file));
            string details = System.Text.Json.JsonSerializer.Serialize(result);
            Assert.That(result.IsValid, Is.True, $"{file}: {details[..Math.Min(2000, details.Length)]}");
        }
    }

    /// <summary>The schema is strict: a field the record does not have, or a missing required one, is an error.</summary>
    [TestCase("add")]
    [TestCase("remove")]
    [TestCase("retype")]
    public void AReportWithAnAlteredEvidenceFieldIsRejected(string change)
    {
        string file = Path.Combine(RepositoryFolder.Root, "proofs", "chain-1-1-1-zero-target", "report.json");
        var root = JsonNode.Parse(File.ReadAllText(file))!;
        Assert.That(ReportSchema.Evaluate(root.ToJsonString()).IsValid, Is.True, "the golden itself is valid");
        var t1 = root["reports"]![0]!["checks"]!.AsArray().First(c => (string?)c!["id"] == "T1")!["evidence"]!.AsObject();
        switch (change)
        {
            case "add": t1["notAField"] = 1; break;
            case "remove": t1.Remove("exceptionalStepSizes"); break;
            default: t1["eta"] = 0.1; break; // an exact number must be a "p/q" string
        }
        Assert.That(ReportSchema.Evaluate(root.ToJsonString()).IsValid, Is.False);
    }
}

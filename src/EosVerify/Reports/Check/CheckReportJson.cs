using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EosVerify.Theorems;

namespace EosVerify.Reports;

/// <summary>
/// report.json (schema: docs/report-schema.json). Deterministic: no timings, no version, insertion-ordered objects.
/// One shape for one problem or several: {"provenance": {...}, "reports": [...]}.
/// </summary>
internal static class CheckReportJson
{
    public static JsonObject ToJson(CheckReport report)
    {
        var checks = new JsonArray();
        foreach (var c in report.Checks)
        {
            checks.Add(new JsonObject
            {
                ["id"] = c.Id,
                ["claim"] = c.Claim,
                ["verdict"] = c.Verdict.Name(),
                ["summary"] = c.Summary,
                ["evidence"] = c.Evidence.DeepClone(),
                ["counterexample"] = c.Counterexample?.DeepClone(),
                ["certificates"] = new JsonArray(c.Certificates.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
            });
        }
        return new JsonObject
        {
            ["problem"] = CheckReport.DescribeProblem(report.Problem),
            ["checks"] = checks,
            ["exitCode"] = report.ExitCode,
            ["tool"] = new JsonObject
            {
                ["solvers"] = new JsonArray(report.Solvers.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
            },
        };
    }

    public static string Write(IReadOnlyList<CheckReport> reports, ReportProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(provenance);
        var root = new JsonObject
        {
            ["provenance"] = provenance.ToJson(),
            ["reports"] = new JsonArray(reports.Select(r => (JsonNode?)ToJson(r)).ToArray()),
        };
        return root.ToJsonString(ReportJson.Indented) + "\n";
    }
}

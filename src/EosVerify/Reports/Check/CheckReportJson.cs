using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EosVerify.Networks;
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
                ["evidence"] = EvidenceJson.ToJson(c.Evidence),
                ["counterexample"] = c.Counterexample is { } counterexample ? EvidenceJson.ToJson(counterexample) : null,
                ["certificates"] = new JsonArray(c.Certificates.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
            });
        }
        return new JsonObject
        {
            ["problem"] = DescribeProblem(report.Problem),
            ["checks"] = checks,
            ["exitCode"] = report.ExitCode,
            ["tool"] = new JsonObject
            {
                ["solvers"] = new JsonArray(report.Solvers.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
            },
        };
    }

    public static JsonObject DescribeProblem(Problem problem)
    {
        var o = new JsonObject();
        if (problem.Name is not null) o["name"] = problem.Name;
        o["architecture"] = problem.Architecture.ToString();
        o["parameters"] = problem.ParameterCount;
        o["loss"] = problem.LossScale.Name();
        o["samples"] = problem.Moments.SampleCount;
        o["moments"] = new JsonObject
        {
            ["Sxx"] = ExactJson.Matrix(problem.Moments.Sxx),
            ["Syx"] = ExactJson.Matrix(problem.Moments.Syx),
            ["Syy"] = ExactJson.Matrix(problem.Moments.Syy),
        };
        if (problem.Eta is { } eta)
        {
            o["eta"] = ExactJson.Value(eta);
            o["etaDouble"] = ExactJson.Number(eta.ToDouble());
        }
        if (problem.Theta is { } theta) o["theta"] = ExactJson.Vector(theta);
        return o;
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

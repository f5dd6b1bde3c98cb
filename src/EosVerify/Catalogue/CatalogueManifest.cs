using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EosVerify.Networks;
using EosVerify.Reports;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Catalogue;

/// <summary>
/// proofs/catalogue.json: per entry its problem, data source, verdicts and files, and each certificate with the
/// checks citing it and its expected answer; then the re-check counts per solver. No timings, no paths outside the
/// catalogue: byte for byte the same for the same results.
/// </summary>
internal static class CatalogueManifest
{
    public static string Write(CatalogueResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var entries = new JsonArray();
        foreach (var e in result.Entries) entries.Add(Entry(e));
        var root = new JsonObject
        {
            ["description"] = "EosVerify proof catalogue: derivations, check reports and SMT-LIB2 certificates (see README.md).",
            ["solverRlimit"] = result.Settings.SolverBudget.ResourceLimit,
            ["solverSafetyTimeoutSeconds"] = result.Settings.SolverBudget.SafetyTimeout.TotalSeconds,
            ["seed"] = result.Settings.Seed,
            ["entries"] = entries,
            ["recheck"] = new JsonObject
            {
                ["certificates"] = result.Tally.Certificates,
                ["z3"] = Tally(result.Tally.Z3),
                ["cvc5"] = Tally(result.Tally.Cvc5),
            },
        };
        return root.ToJsonString(ReportJson.Indented) + "\n";
    }

    private static JsonObject Entry(CatalogueEntryResult e)
    {
        var problem = e.Entry.Problem;
        var verdicts = new JsonObject();
        foreach (var c in e.Report.Checks) verdicts[c.Id] = c.Verdict.Name();
        var certificates = new JsonArray();
        foreach (var c in e.Certificates)
            certificates.Add(new JsonObject
            {
                ["file"] = c.File,
                ["citedBy"] = new JsonArray(c.CitedBy.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()),
                ["expected"] = c.Expected.ToSmtText(),
            });
        return new JsonObject
        {
            ["name"] = e.Entry.Name,
            ["purpose"] = e.Entry.Purpose,
            ["architecture"] = problem.Architecture.ToString(),
            ["parameters"] = problem.ParameterCount,
            ["loss"] = problem.LossScale.Name(),
            ["data"] = Data(e.Entry.Data),
            ["eta"] = problem.Eta?.ToString(),
            ["verdicts"] = verdicts,
            ["exitCode"] = e.Report.ExitCode,
            ["files"] = new JsonObject { ["derivation"] = e.DerivationFile, ["determinant"] = e.DeterminantFile, ["report"] = e.ReportFile },
            ["certificates"] = certificates,
        };
    }

    private static JsonObject Data(CatalogueData data)
    {
        var o = new JsonObject { ["kind"] = data.Kind, ["samples"] = data.Samples };
        if (data.Seed is { } seed) o["seed"] = seed;
        if (data.Noise is { } noise) o["noise"] = noise;
        return o;
    }

    private static JsonObject Tally(SolverTally t) => new()
    {
        ["confirmed"] = t.Confirmed,
        ["noAnswer"] = t.NoAnswer,
        ["contradicted"] = t.Contradicted,
    };

}

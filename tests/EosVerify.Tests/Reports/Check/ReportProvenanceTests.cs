using System.Text.Json;
using System.Text.Json.Nodes;
using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Reports;
using EosVerify.Tests.Cli;
using EosVerify.Theorems;

namespace EosVerify.Tests.Reports.Check;

/// <summary>report.json has one top-level shape for one problem or several, and records where its problems came from.</summary>
public class ReportProvenanceTests
{
    private string _root = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-provenance-");
        _root = _temp.Path;
    }

    [TearDown]
    public void RemoveFolder() => _temp.Dispose();

    private static CheckReport EmptyReport(string architecture) =>
        new(new Problem(Architecture.Parse(architecture), new Moments(2, RationalMatrix.FromRows([[1]]), RationalMatrix.FromRows([[1]]), RationalMatrix.FromRows([[1]]))),
            [], ["z3"]);

    [Test]
    public void OneProblemAndSeveralHaveTheSameTopLevelShape()
    {
        var provenance = new ReportProvenance(null, 1, DataSource.BuiltIn("default-suite"));
        string one = CheckReportJson.Write([EmptyReport("1-1")], provenance);
        string two = CheckReportJson.Write([EmptyReport("1-1"), EmptyReport("1-1-1")], provenance);
        foreach (var json in new[] { one, two })
        {
            Assert.That(JsonNode.Parse(json)!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "provenance", "reports" }));
            Assert.That(ReportSchema.Evaluate(json).IsValid, Is.True, JsonSerializer.Serialize(ReportSchema.Evaluate(json)));
        }
        Assert.That(JsonNode.Parse(one)!["reports"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(JsonNode.Parse(two)!["reports"]!.AsArray(), Has.Count.EqualTo(2));
    }

    private JsonNode Provenance(params string[] args)
    {
        var outcome = CliRunner.Run([.. args, "--solver", "none", "--out", Path.Combine(_root, "out"), "--json"]);
        Assert.That(outcome.ExitCode, Is.AnyOf(0, 1, 3), outcome.Error);
        string written = File.ReadAllText(Path.Combine(_root, "out", "report.json"));
        Assert.That(ReportSchema.Evaluate(written).IsValid, Is.True, JsonSerializer.Serialize(ReportSchema.Evaluate(written)));
        Assert.That(JsonNode.Parse(outcome.Out)!.ToJsonString(), Is.EqualTo(JsonNode.Parse(written)!.ToJsonString()), "--json prints report.json");
        return JsonNode.Parse(written)!["provenance"]!;
    }

    [Test]
    public void GeneratedDataRecordTheCommandLineSeedAndNoise()
    {
        var provenance = Provenance("check", "--arch", "1-1", "--samples", "6", "--seed", "3", "--noise", "0.2", "--eta", "1/10");
        Assert.Multiple(() =>
        {
            Assert.That(provenance["commandLine"]!.AsArray().Select(a => (string)a!),
                Is.EqualTo(new[] { "eosverify", "check", "--arch", "1-1", "--samples", "6", "--seed", "3", "--noise", "0.2", "--eta", "1/10", "--solver", "none" }),
                "the arguments, without the output options");
            Assert.That((ulong)provenance["seed"]!, Is.EqualTo(3UL));
            Assert.That(provenance["data"]!.ToJsonString(), Is.EqualTo("""{"source":"generated","samples":6,"seed":3,"noise":"1/5"}"""));
        });
    }

    [Test]
    public void DefaultsOfGeneratedDataAreRecordedToo()
    {
        var provenance = Provenance("check", "--arch", "1-1", "--eta", "1/10");
        Assert.That(provenance["data"]!.ToJsonString(), Is.EqualTo(
            $$"""{"source":"generated","samples":{{GeneratedDataDefaults.Samples}},"seed":{{GeneratedDataDefaults.Seed}},"noise":"{{GeneratedDataDefaults.Noise}}"}"""));
        Assert.That((ulong)provenance["seed"]!, Is.EqualTo(GeneratedDataDefaults.Seed));
    }

    [Test]
    public void AFileIsRecordedAsGiven()
    {
        string csv = Path.Combine(_root, "data.csv");
        File.WriteAllText(csv, "x,y\n1,2\n2,3\n3,7\n");
        var provenance = Provenance("check", "--arch", "1-1", "--data", csv, "--eta", "1/10");
        Assert.That(provenance["data"]!.ToJsonString(), Is.EqualTo(new JsonObject { ["source"] = "csv", ["file"] = csv }.ToJsonString()));
    }
}

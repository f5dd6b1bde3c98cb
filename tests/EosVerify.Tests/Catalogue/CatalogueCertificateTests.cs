using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EosVerify.Catalogue;
using EosVerify.Algebra;
using EosVerify.Reports;
using EosVerify.Smt;
using EosVerify.Tests.Smt;

namespace EosVerify.Tests.Catalogue;

/// <summary>
/// The committed proofs/ on their own: every certificate re-run through z3 (must give the expected answer) and cvc5
/// (must never give the opposite one), the counts stated in README.md and catalogue.json equal to what the solvers
/// answer now, and the manifest consistent with the files and reports it lists.
/// </summary>
[NonParallelizable]
public partial class CatalogueCertificateTests
{
    private static readonly SolverBudget Budget = new CatalogueSettings().SolverBudget;

    [GeneratedRegex(@"^- z3 confirmed (?<confirmed>\d+)/(?<total>\d+) \(no answer (?<none>\d+), contradicted (?<contradicted>\d+)\);$", RegexOptions.Multiline)]
    private static partial Regex Z3Line();

    [GeneratedRegex(@"^- cvc5 confirmed (?<confirmed>\d+), no answer (?<none>\d+) \(unknown, resource limit or timeout\), contradicted (?<contradicted>\d+)\.$", RegexOptions.Multiline)]
    private static partial Regex Cvc5Line();

    private static string Proofs => CatalogueFolders.Proofs;

    private static JsonObject Manifest() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Proofs, ProofCatalogue.ManifestFile)))!.AsObject();

    private static IEnumerable<JsonObject> Certificates(JsonObject manifest) =>
        manifest["entries"]!.AsArray().SelectMany(e => e!["certificates"]!.AsArray()).Select(c => c!.AsObject());

    [Test]
    public void EveryCertificateIsConfirmedByZ3AndNeverContradictedByCvc5AndTheStatedCountsAreTrue()
    {
        var checker = new CertificateChecker(SolverAvailability.Z3(Budget), SolverAvailability.Cvc5(Budget));
        var manifest = Manifest();
        var listed = Certificates(manifest).ToList();
        Assert.That(listed, Is.Not.Empty, "the catalogue holds certificates");
        int z3Confirmed = 0, cvc5Confirmed = 0, cvc5NoAnswer = 0, cvc5Contradicted = 0;
        Assert.Multiple(() =>
        {
            foreach (var certificate in listed)
            {
                string file = (string)certificate["file"]!;
                var expected = (string)certificate["expected"]! == "unsat" ? ExpectedAnswer.Unsat : ExpectedAnswer.Sat;
                var check = checker.CheckFile(Path.Combine(Proofs, file), Budget);
                Assert.That(check.Expected, Is.EqualTo(expected), $"{file}: the header's expected answer is the manifest's");
                Assert.That(check.Primary!.Confirms(expected), Is.True, $"{file}: z3 confirms {expected}: {check}");
                Assert.That(check.Secondary!.Contradicts(expected), Is.False, $"{file}: cvc5 never contradicts: {check}");
                if (check.Primary.Confirms(expected)) z3Confirmed++;
                if (check.Secondary.Confirms(expected)) cvc5Confirmed++;
                else if (check.Secondary.Contradicts(expected)) cvc5Contradicted++;
                else cvc5NoAnswer++;
            }
        });

        string readme = File.ReadAllText(Path.Combine(Proofs, ProofCatalogue.ReadmeFile));
        var z3 = Z3Line().Match(readme);
        var cvc5 = Cvc5Line().Match(readme);
        Assert.That(z3.Success && cvc5.Success, Is.True, "README.md states the z3 and cvc5 counts");
        var recheck = manifest["recheck"]!;
        Assert.Multiple(() =>
        {
            Assert.That(int.Parse(z3.Groups["total"].Value), Is.EqualTo(listed.Count), "README: total");
            Assert.That(int.Parse(z3.Groups["confirmed"].Value), Is.EqualTo(z3Confirmed), "README: z3 confirmed");
            Assert.That(int.Parse(z3.Groups["none"].Value), Is.EqualTo(listed.Count - z3Confirmed), "README: z3 no answer");
            Assert.That(int.Parse(z3.Groups["contradicted"].Value), Is.Zero, "README: z3 contradicted");
            Assert.That(int.Parse(cvc5.Groups["confirmed"].Value), Is.EqualTo(cvc5Confirmed), "README: cvc5 confirmed");
            Assert.That(int.Parse(cvc5.Groups["none"].Value), Is.EqualTo(cvc5NoAnswer), "README: cvc5 no answer");
            Assert.That(int.Parse(cvc5.Groups["contradicted"].Value), Is.EqualTo(cvc5Contradicted), "README: cvc5 contradicted");
            Assert.That((int)recheck["certificates"]!, Is.EqualTo(listed.Count), "catalogue.json: total");
            Assert.That((int)recheck["z3"]!["confirmed"]!, Is.EqualTo(z3Confirmed), "catalogue.json: z3 confirmed");
            Assert.That((int)recheck["cvc5"]!["confirmed"]!, Is.EqualTo(cvc5Confirmed), "catalogue.json: cvc5 confirmed");
            Assert.That((int)recheck["cvc5"]!["noAnswer"]!, Is.EqualTo(cvc5NoAnswer), "catalogue.json: cvc5 no answer");
            Assert.That((int)recheck["cvc5"]!["contradicted"]!, Is.EqualTo(cvc5Contradicted), "catalogue.json: cvc5 contradicted");
        });
    }

    /// <summary>
    /// z3 wrote these answers, so z3 re-running them shows little. Each certificate must also stand on something
    /// independent of z3: cvc5 giving the same answer; for sat, z3's model satisfying every assertion of the file in
    /// exact arithmetic; for an unsat T2 rank-drop query, the exact argument that needs no solver — Sxx ≻ 0 and
    /// rank W* = rank Syx = min(d0, dL), here computed modulo a prime (a rank can only drop modulo p, so a full rank
    /// mod p is a full rank over Q), so Dμ is onto at every θ ∈ M.
    /// </summary>
    [Test]
    public void EveryCertificateIsConfirmedIndependentlyOfZ3()
    {
        var z3 = SolverAvailability.Z3(Budget);
        var cvc5 = SolverAvailability.Cvc5(Budget);
        var entries = CatalogueEntries.All().ToDictionary(e => e.Name);
        var listed = Certificates(Manifest()).ToList();
        Assert.That(listed, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var row in listed)
            {
                string file = (string)row["file"]!;
                var certificate = SmtCertificate.Load(Path.Combine(Proofs, file));
                var second = cvc5.Check(certificate.Script);
                var how = new List<string>();
                if (second.Confirms(certificate.Expected)) how.Add("cvc5");
                if (certificate.Expected == ExpectedAnswer.Sat)
                {
                    var answer = z3.Check(certificate.Script);
                    Assert.That(answer.Model, Is.Not.Null, $"{file}: z3 gives a model");
                    Assert.That(CertificateModelCheck.AllAssertionsHold(certificate.Script, answer.Model!), Is.True,
                        $"{file}: z3's model satisfies every assertion exactly");
                    how.Add("exact model");
                }
                else if (how.Count == 0)
                {
                    Assert.That(file, Does.EndWith("-T2-rank-drop.smt2"), $"{file}: cvc5 says {second}; no other independent check is known for it");
                    var problem = entries[file.Split('/')[0]].Problem;
                    var arch = problem.Architecture;
                    int full = Math.Min(arch.Widths[0], arch.Widths[^1]);
                    Assert.That(ExactLinearAlgebra.Rank(problem.Moments.Sxx), Is.EqualTo(arch.Widths[0]), $"{file}: Sxx is non-singular");
                    Assert.That(ModularArithmetic.Rank(problem.Moments.Syx), Is.EqualTo(full), $"{file}: rank Syx mod p = min(d0, dL)");
                    how.Add("exact rank");
                }
                TestContext.Out.WriteLine($"{file}: {certificate.Expected} confirmed by {string.Join(" and ", how)}");
            }
        });
    }

    /// <summary>The golden answers are decided by the resource limit: no SMT evidence in proofs/ records a wall-clock stop.</summary>
    [Test]
    public void NoReportPinsAWallClockStop()
    {
        var attempts = new List<(string File, JsonObject Smt)>();
        foreach (var report in Directory.GetFiles(Proofs, ProofCatalogue.ReportFile, SearchOption.AllDirectories))
            Collect(JsonNode.Parse(File.ReadAllText(report)), Path.GetRelativePath(Proofs, report), attempts);
        Assert.That(attempts, Is.Not.Empty, "the catalogue records SMT attempts");
        Assert.Multiple(() =>
        {
            foreach (var (file, smt) in attempts)
            {
                Assert.That((string?)smt["answer"], Is.Not.EqualTo("timeout"), $"{file}: {smt.ToJsonString()}");
                Assert.That((string?)smt["budget"]?["decidedBy"], Does.StartWith("rlimit"), $"{file}: {smt.ToJsonString()}");
            }
        });
    }

    private static void Collect(JsonNode? node, string file, List<(string, JsonObject)> attempts)
    {
        switch (node)
        {
            case JsonObject o:
                if (o.ContainsKey("solver") && o.ContainsKey("answer")) attempts.Add((file, o));
                foreach (var (_, child) in o) Collect(child, file, attempts);
                break;
            case JsonArray a:
                foreach (var child in a) Collect(child, file, attempts);
                break;
        }
    }

    [Test]
    public void ManifestListsExactlyTheFilesThatExistAndTheReportsVerdictsAndCitations()
    {
        var manifest = Manifest();
        var onDisk = CatalogueFolders.Files(Proofs);
        var listed = new List<string> { ProofCatalogue.ManifestFile, ProofCatalogue.ReadmeFile };
        Assert.Multiple(() =>
        {
            foreach (var entry in manifest["entries"]!.AsArray().Select(e => e!.AsObject()))
            {
                string name = (string)entry["name"]!;
                string reportFile = (string)entry["files"]!["report"]!;
                listed.Add(reportFile);
                listed.Add((string)entry["files"]!["derivation"]!);
                if ((string?)entry["files"]!["determinant"] is { } determinant) listed.Add(determinant);
                var report = JsonNode.Parse(File.ReadAllText(Path.Combine(Proofs, reportFile)))!["reports"]![0]!.AsObject();
                var certificates = entry["certificates"]!.AsArray().Select(c => c!.AsObject()).ToList();
                listed.AddRange(certificates.Select(c => (string)c["file"]!));
                foreach (var check in report["checks"]!.AsArray().Select(c => c!.AsObject()))
                {
                    string id = (string)check["id"]!;
                    Assert.That((string?)entry["verdicts"]![id], Is.EqualTo((string)check["verdict"]!), $"{name} {id}: manifest verdict = report verdict");
                    foreach (var cited in check["certificates"]!.AsArray().Select(c => (string)c!))
                    {
                        var row = certificates.SingleOrDefault(c => (string)c["file"]! == $"{name}/{cited}");
                        Assert.That(row, Is.Not.Null, $"{name} {id} cites {cited}, which the manifest lists");
                        if (row is not null)
                            Assert.That(row["citedBy"]!.AsArray().Select(x => (string)x!), Does.Contain(id), $"{name}/{cited} is cited by {id}");
                    }
                }
                Assert.That((int)entry["exitCode"]!, Is.EqualTo((int)report["exitCode"]!), $"{name}: exit code");
            }
            Assert.That(onDisk, Is.EquivalentTo(listed), "proofs/ holds exactly the files catalogue.json lists (and README.md)");
        });
    }

    [Test]
    public void TheCatalogueShowsCertifiedAndViolatedCases()
    {
        var verdicts = Manifest()["entries"]!.AsArray()
            .SelectMany(e => e!["verdicts"]!.AsObject().Select(v => (string)v.Value!)).ToList();
        Assert.That(verdicts, Does.Contain("holds-certified").And.Contain("violated"));
    }
}

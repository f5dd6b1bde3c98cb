using EosVerify.Catalogue;
using EosVerify.Smt;
using EosVerify.Reports;
using EosVerify.Tests.Smt;

namespace EosVerify.Tests.Catalogue;

/// <summary>
/// Golden-file test of proofs/: a fresh generation must equal the committed catalogue byte for byte. With
/// EOSVERIFY_UPDATE_PROOFS=1 the fresh generation replaces proofs/ instead (then commit it).
/// </summary>
[NonParallelizable]
public class CatalogueRegenerationTests
{
    private static readonly SolverBudget Budget = new CatalogueSettings().SolverBudget;

    [Test]
    public void FreshGenerationEqualsProofsFolder()
    {
        var z3 = SolverAvailability.Z3(Budget);
        var cvc5 = SolverAvailability.Cvc5(Budget);
        var fresh = Directory.CreateTempSubdirectory("eosverify-proofs-");
        try
        {
            var result = ProofCatalogue.Generate(fresh.FullName, z3, cvc5,
                progress: new Progress<string>(line => TestContext.Progress.WriteLine("catalogue: " + line)));
            Assert.That(result.Tally.AllConfirmed, Is.True,
                "every certificate is confirmed by z3 and contradicted by no solver: " + string.Join("; ", result.Rechecks.Where(c => c.Status != EosVerify.Smt.CertificateStatus.Confirmed)));

            string proofs = CatalogueFolders.Proofs;
            if (Environment.GetEnvironmentVariable(CatalogueReadme.UpdateVariable) == "1")
            {
                CatalogueFolders.Replace(proofs, fresh.FullName);
                Assert.Pass($"{CatalogueReadme.UpdateVariable}=1: rewrote {proofs} ({CatalogueFolders.Files(proofs).Count} files); review and commit it.");
            }
            var differences = CatalogueFolders.Differences(proofs, fresh.FullName);
            Assert.That(differences, Is.Empty,
                $"proofs/ differs from a fresh generation; if the change is intended, run {CatalogueReadme.UpdateVariable}=1 dotnet test --filter Catalogue and commit proofs/:\n"
                + string.Join("\n", differences));
        }
        finally
        {
            fresh.Delete(recursive: true);
        }
    }
}

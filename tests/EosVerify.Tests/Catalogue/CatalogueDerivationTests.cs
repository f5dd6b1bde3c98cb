using EosVerify.Catalogue;
using EosVerify.Reports;
using EosVerify.Reports.Tex;

namespace EosVerify.Tests.Catalogue;

/// <summary>Every derivation.tex in proofs/ compiles with the real pdflatex, without errors.</summary>
public class CatalogueDerivationTests
{
    public static IEnumerable<string> Entries() => CatalogueEntries.All().Select(e => e.Name);

    [TestCaseSource(nameof(Entries))]
    public void DerivationCompiles(string entry)
    {
        string tex = Path.Combine(CatalogueFolders.Proofs, entry, ProofCatalogue.DerivationFile);
        Assert.That(File.Exists(tex), $"{tex} exists (regenerate proofs/ if the entry is new)");
        using var scratch = new TempFolder("eosverify-catalogue-tex-");
        var result = PdfLatex.Compile(tex, TimeSpan.FromSeconds(120), pdfPath: Path.Combine(scratch.Path, "derivation.pdf"));
        if (result.Outcome == PdfLatexOutcome.NotFound) Assert.Ignore(result.Message);
        Assert.That(result.Outcome, Is.EqualTo(PdfLatexOutcome.Succeeded), result.Message);
        Assert.That(result.Errors, Is.Empty);
    }
}

using System.Globalization;
using System.Text;
using EosVerify.Derivation.Latex;
using EosVerify.Networks;
using EosVerify.Reports.Tex;

namespace EosVerify.Tests.Reports.Tex;

/// <summary>
/// Line breaking relies on <see cref="WidthEstimator"/> never underestimating. pdflatex is the judge: each term is
/// set in \hbox to (estimate)em{…\hfil}, which TeX reports as an overfull \hbox exactly when the typeset term is wider.
/// </summary>
public class WidthEstimateTests
{
    [Test]
    public void EstimatesAreUpperBoundsOfTypesetWidths()
    {
        var options = DerivationDocument.DefaultOptions(new Architecture([3, 2, 2]).Layout, etaVariable: 10);
        var polynomials = LongPolynomials.For(parameterCount: 10);
        var terms = PolynomialLayout.TermNodes(polynomials.Loss!.Take(60).Concat(polynomials.GdJacobianDeterminant!.Take(60)), options);
        var formatter = new LatexFormatter(options);
        var tex = new StringBuilder();
        tex.Append("\\documentclass[10pt]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n\\usepackage[a4paper,margin=2cm]{geometry}\n\\usepackage{amsmath,amssymb}\n\\begin{document}\n");
        foreach (var term in terms)
        {
            double estimate = WidthEstimator.TermsEm([term]);
            string sign = term is Negated ? "" : "+ ";
            tex.Append(CultureInfo.InvariantCulture, $"\\noindent\\hbox to {estimate:0.###}em{{$\\displaystyle {{}}{sign}{formatter.Format(term)}$\\hfil}}\\par\n");
        }
        tex.Append("\\end{document}\n");

        using var temp = new TempFolder("eosverify-width-");
        string folder = temp.Path;
        string path = Path.Combine(folder, "widths.tex");
        File.WriteAllText(path, tex.ToString());
        var result = PdfLatex.Compile(path, TimeSpan.FromSeconds(120));
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(PdfLatexOutcome.Succeeded), result.Message);
            Assert.That(result.OverfullBoxes, Is.Empty, string.Join("; ", result.OverfullBoxes.Select(b => $"{b.Points} pt {b.Location}")));
        });
    }
}

using EosVerify.Algebra;
using EosVerify.Derivation.Latex;
using EosVerify.Reports.Tex;
using EosVerify.Tests.Derivation.Latex;

namespace EosVerify.Tests.Reports.Tex;

/// <summary>
/// Derivation documents compile with the real pdflatex, without errors and without any overfull \hbox wider than
/// <see cref="OverfullBoundPt"/> — including polynomials of hundreds of terms, which must be broken across lines.
/// </summary>
public class DerivationPdfTests
{
    /// <summary>The bound: no overfull \hbox wider than 1 pt anywhere in a derivation document.</summary>
    private const double OverfullBoundPt = 1.0;

    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-derivation-pdf-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    private PdfLatexResult Compile(string tex, string name = "derivation.tex")
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, tex);
        return PdfLatex.Compile(path, TimeSpan.FromSeconds(120));
    }

    private static void AssertClean(PdfLatexResult result)
    {
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(PdfLatexOutcome.Succeeded), result.Message);
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.WorstOverfullPoints, Is.LessThanOrEqualTo(OverfullBoundPt),
                string.Join("; ", result.OverfullBoxes.Select(b => $"{b.Points} pt {b.Location}")));
        });
    }

    [Test]
    public void HandDerivedScalarChainCompiles() =>
        AssertClean(Compile(new DerivationDocument(SmallProblems.ScalarChain() with { Name = "Crăciun & Ghoshdastidar, η_1 = 50%" },
            SmallProblems.ScalarChainExpanded()).ToLatex()));

    [TestCase(new[] { 2, 3, 1 })]
    [TestCase(new[] { 3, 2 })]
    [TestCase(new[] { 2, 3, 2, 2, 1 })]
    [TestCase(new[] { 8, 8, 1 })]
    public void SymbolicSectionsCompile(int[] widths) =>
        AssertClean(Compile(new DerivationDocument(SmallProblems.For(widths)).ToLatex()));

    [Test]
    public void WideMomentMatricesWithACommonDenominatorAreFactored()
    {
        // Ten columns of (i + j + 1 + 7[i = j])/1000003 (1000003 is prime): ten \frac columns do not fit on a line,
        // the integer numerators behind 1/1000003 do.
        var setting = SmallProblems.For([10, 1], (i, j) => new Rational(i + j + 1 + (i == j ? 7 : 0), 1000003));
        string tex = new DerivationDocument(setting).ToLatex();
        Assert.That(tex, Does.Contain(@"S_{xx} &= \frac{1}{1000003} \begin{pmatrix} 8 & 2 & 3 & 4 & 5 & 6 & 7 & 8 & 9 & 10 \\ 2 & 10 & 4"));
        AssertClean(Compile(tex));
    }

    [Test]
    public void MomentMatricesTooWideEvenFactoredFallBackToEntries()
    {
        // Distinct large prime-ish denominators: the common denominator is huge, so entries are listed.
        var setting = SmallProblems.For([9, 2, 1], (i, j) => new Rational(1234567 + 31 * i + 17 * j, 1000 + 7 * i + 3 * j + (i * j) % 5));
        string tex = new DerivationDocument(setting).ToLatex();
        Assert.That(tex, Does.Contain("too wide to print as a matrix"));
        AssertClean(Compile(tex));
    }

    [TestCase(4, Description = "default: at most 4 terms per line")]
    [TestCase(1000, Description = "only the width budget breaks lines")]
    public void HundredsOfTermsAreBrokenAcrossLines(int termsPerLine)
    {
        var setting = SmallProblems.For([3, 2, 2]); // P = 10, η is variable 10
        var expanded = LongPolynomials.For(parameterCount: 10);
        var document = new DerivationDocument(setting, expanded,
            DerivationDocument.DefaultOptions(new EosVerify.Networks.Architecture([3, 2, 2]).Layout, 10) with { TermsPerLine = termsPerLine });
        string tex = document.ToLatex();
        int continuations = tex.Split(@"&\quad {}").Length - 1;
        // The loss alone has 400 terms; at 4 per line that is at least 99 continuation lines.
        Assert.That(continuations, Is.GreaterThanOrEqualTo(termsPerLine == 4 ? 99 : 40));
        AssertClean(Compile(tex));
    }
}

/// <summary>Long, deterministic term lists with messy coefficients: shapes like real expanded polynomials.</summary>
internal static class LongPolynomials
{
    public static ExpandedPolynomials For(int parameterCount)
    {
        int eta = parameterCount;
        return new ExpandedPolynomials
        {
            Loss = Terms(400, seed: 1, parameterCount, maxFactors: 4, eta: null),
            Gradient = Enumerable.Range(0, parameterCount).Select(p => (IEnumerable<PolynomialTerm>)Terms(60, seed: 100 + p, parameterCount, maxFactors: 3, eta: null)).ToList(),
            Hessian = Enumerable.Range(0, parameterCount).Select(p => (IReadOnlyList<IEnumerable<PolynomialTerm>>)Enumerable.Range(0, parameterCount)
                .Select(q => (IEnumerable<PolynomialTerm>)Terms(p <= q ? 12 : 0, seed: 1000 + p * parameterCount + q, parameterCount, maxFactors: 2, eta: null)).ToList()).ToList(),
            GdJacobianDeterminant = Terms(300, seed: 7, parameterCount, maxFactors: 9, eta: eta),
        };
    }

    private static List<PolynomialTerm> Terms(int count, int seed, int parameterCount, int maxFactors, int? eta)
    {
        var random = new Random(seed);
        var terms = new List<PolynomialTerm>(count);
        for (int t = 0; t < count; t++)
        {
            long numerator = random.NextInt64(1, 10_000_000_000) * (random.Next(2) == 0 ? 1 : -1);
            long denominator = random.Next(3) == 0 ? 1 : random.NextInt64(1, 100_000_000);
            var variables = Enumerable.Range(0, parameterCount).OrderBy(_ => random.Next()).Take(random.Next(0, maxFactors + 1)).Order().ToList();
            var factors = variables.Select(v => new VariablePower(v, random.Next(1, 4))).ToList();
            if (eta is int e && random.Next(4) != 0) factors.Add(new VariablePower(e, random.Next(1, 13)));
            terms.Add(new PolynomialTerm(new Rational(numerator, denominator), factors));
        }
        return terms;
    }
}

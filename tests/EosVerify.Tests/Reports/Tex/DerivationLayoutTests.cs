using System.Globalization;
using System.Text.RegularExpressions;
using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Derivation.Latex;
using EosVerify.Networks;
using EosVerify.Reports;
using EosVerify.Reports.Tex;
using EosVerify.Tests.Packaging;

namespace EosVerify.Tests.Reports.Tex;

/// <summary>
/// The derivation PDFs `eosverify derive` writes for 2-2-1 and 3-3-3 (default generated data): rows of stacked
/// fractions do not overlap (measured on the glyph boxes pdftotext reports), pdflatex reports no overfull box, and the
/// 459-term det(I − ηH) of 2-2-1 is summarised in the main document with the full polynomial in an appendix.
/// </summary>
public partial class DerivationLayoutTests
{
    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-layout-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    private static Problem Generated(string architecture)
    {
        var arch = Architecture.Parse(architecture);
        return new Problem(arch, GeneratedDataDefaults.Generate(arch, GeneratedDataDefaults.Samples, GeneratedDataDefaults.Seed,
            GeneratedDataDefaults.Noise, "samples", "noise"));
    }

    private string CompileClean(string tex, string name)
    {
        string path = Path.Combine(_folder, name + ".tex");
        File.WriteAllText(path, tex);
        var result = PdfLatex.Compile(path, TimeSpan.FromSeconds(120));
        if (result.Outcome == PdfLatexOutcome.NotFound) Assert.Ignore(result.Message);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(PdfLatexOutcome.Succeeded), result.Message);
            Assert.That(result.OverfullBoxes, Is.Empty, string.Join("; ", result.OverfullBoxes.Select(b => $"{b.Points} pt {b.Location}")));
        });
        return result.PdfPath!;
    }

    private sealed record Box(string Text, double XMin, double YMin, double XMax, double YMax)
    {
        public bool Overlaps(Box other) => XMin < other.XMax && other.XMin < XMax && YMin < other.YMax && other.YMin < YMax;
    }

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">([^<]*)</word>")]
    private static partial Regex Word();

    /// <summary>The numbers of five or more digits on page 1: the numerators and denominators of the moment matrices.</summary>
    private static List<Box> LongNumbers(string pdf)
    {
        var text = ProcessRunner.Run("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"]);
        if (text.ExitCode != 0) Assert.Ignore("pdftotext (poppler-utils) is not available: " + text);
        double D(Group g) => double.Parse(g.Value, CultureInfo.InvariantCulture);
        return Word().Matches(text.Out).Where(m => Regex.IsMatch(m.Groups[5].Value, @"^\d{5,}$"))
            .Select(m => new Box(m.Groups[5].Value, D(m.Groups[1]), D(m.Groups[2]), D(m.Groups[3]), D(m.Groups[4]))).ToList();
    }

    [TestCase("2-2-1"), TestCase("3-3-3")]
    public void StackedFractionsInMatrixRowsDoNotOverlap(string architecture)
    {
        var document = ProblemDerivation.Document(Generated(architecture));
        string pdf = CompileClean(document.ToLatex(), "derivation");
        var numbers = LongNumbers(pdf);
        Assert.That(numbers, Has.Count.GreaterThanOrEqualTo(8), "the moment matrices' fractions were found on page 1");
        var overlaps = numbers.SelectMany((a, i) => numbers.Skip(i + 1).Where(a.Overlaps).Select(b => $"{a.Text} over {b.Text}")).ToList();
        Assert.That(overlaps, Is.Empty);
        if (document.DeterminantAppendixLatex() is { } appendix) CompileClean(appendix, DerivationDocument.DeterminantAppendixName);
    }

    [Test]
    public void TheLongDeterminantIsSummarisedAndItsFullPolynomialIsInTheAppendix()
    {
        var problem = Generated("2-2-1");
        var model = SymbolicModel.Build(problem);
        var determinant = model.GdJacobianDeterminant();
        var document = ProblemDerivation.Document(problem);
        var section = document.Determinant!;
        Assert.Multiple(() =>
        {
            Assert.That(section.NeedsAppendix, Is.True);
            Assert.That(section.Coefficients.Values.Sum(c => c.Count), Is.EqualTo(determinant.Count), "the appendix holds every term");
            var trace = Enumerable.Range(0, model.ParameterCount).Select(i => model.Hessian[i, i]).Aggregate((a, b) => a + b);
            Assert.That(Terms(section.Coefficients[1]), Is.EquivalentTo(Terms((-trace).Terms)), "c_1 = −tr H");
            Assert.That(Terms(section.Coefficients[0]), Is.EquivalentTo(new[] { "1·" }), "c_0 = 1");
            string main = document.ToLatex(), appendix = document.DeterminantAppendixLatex()!;
            Assert.That(main, Does.Contain("c_{1} &=").And.Not.Contain("c_{2} &="), "the main document shows the leading coefficients only");
            Assert.That(main, Does.Contain(DerivationDocument.DeterminantAppendixName + ".tex"), "and names the appendix");
            foreach (int k in section.Coefficients.Keys) Assert.That(appendix, Does.Contain($"c_{{{k}}} &="));
        });
    }

    [Test]
    public void AShortDeterminantStaysInTheMainDocument()
    {
        var document = ProblemDerivation.Document(Generated("1-1-1"));
        Assert.That(document.Determinant!.NeedsAppendix, Is.False);
        Assert.That(document.DeterminantAppendixLatex(), Is.Null);
        Assert.That(document.ToLatex(), Does.Contain(@"\det(I_{P} - \eta H) &="));
    }

    private static HashSet<string> Terms(IEnumerable<PolynomialTerm> terms) =>
        terms.Select(t => t.Coefficient + "·" + string.Join("", t.Factors.Select(f => $"x{f.Variable}^{f.Exponent}"))).ToHashSet();
}

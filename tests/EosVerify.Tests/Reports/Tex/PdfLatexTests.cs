using EosVerify.Reports.Tex;

namespace EosVerify.Tests.Reports.Tex;

/// <summary>Runs the real pdflatex (installed by scripts/install-deps.sh).</summary>
public class PdfLatexTests
{
    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-pdflatex-test-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    private string Write(string name, string tex)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, tex);
        return path;
    }

    [Test]
    public void MissingExecutableIsACleanResult()
    {
        string tex = Write("ok.tex", "\\documentclass{article}\\begin{document}x\\end{document}\n");
        var result = PdfLatex.Compile(tex, TimeSpan.FromSeconds(30), executable: "/nonexistent/bin/pdflatex");
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(PdfLatexOutcome.NotFound));
            Assert.That(result.Success, Is.False);
            Assert.That(result.Message, Does.StartWith("pdflatex not found: install the Debian packages texlive-latex-base"));
            Assert.That(result.PdfPath, Is.Null);
        });
    }

    [Test]
    public void TheMissingPdflatexHintNamesTheDebianPackagesAnInstalledToolUserNeeds()
    {
        // The TeX packages the repository's own installer installs; a user of the installed tool has no scripts/.
        string script = File.ReadAllText(Path.Combine(RepositoryFolder.Root, "scripts", "install-deps.sh"));
        var wanted = System.Text.RegularExpressions.Regex.Match(script, @"wanted=\(([^)]*)\)").Groups[1].Value.Split(' ')
            .Where(p => p.StartsWith("texlive", StringComparison.Ordinal) || p == "lmodern").ToList();
        Assert.That(wanted, Is.Not.Empty);
        string hint = string.Concat(PdfLatex.InstallHint, "");
        foreach (var package in wanted) Assert.That(hint, Does.Contain(package));
        Assert.That(hint, Does.Not.Contain("scripts/"));
    }

    [Test]
    public void CompilesAValidDocument()
    {
        string tex = Write("ok.tex", "\\documentclass{article}\\begin{document}Hello $x^2$.\\end{document}\n");
        var result = PdfLatex.Compile(tex, TimeSpan.FromSeconds(60));
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(PdfLatexOutcome.Succeeded), result.Message);
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.OverfullBoxes, Is.Empty);
            Assert.That(result.PdfPath, Is.EqualTo(Path.Combine(_folder, "ok.pdf")));
            Assert.That(File.ReadAllBytes(result.PdfPath!).Take(5), Is.EqualTo("%PDF-"u8.ToArray()));
            Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "ok.tex", "ok.pdf" }), "aux files stay in the scratch folder");
        });
    }

    [Test]
    public void ReportsErrors()
    {
        string tex = Write("bad.tex", "\\documentclass{article}\n\\begin{document}\n\\undefinedcommandhere\n\\end{document}\n");
        var result = PdfLatex.Compile(tex, TimeSpan.FromSeconds(60));
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(PdfLatexOutcome.Failed));
            Assert.That(result.Errors, Has.Some.StartsWith("Undefined control sequence."));
            Assert.That(result.Errors[0], Does.Contain("l.3"));
            Assert.That(File.Exists(Path.Combine(_folder, "bad.pdf")), Is.False);
        });
    }

    [Test]
    public void MeasuresAnOverfullBox()
    {
        // A4 with 2 cm margins: \textwidth = 17 cm; a 20 cm rule sticks out 3 cm = 3 · 72.27/2.54 pt = 85.3583 pt.
        string tex = Write("wide.tex", "\\documentclass{article}\n\\usepackage[a4paper,margin=2cm]{geometry}\n\\begin{document}\n\\noindent\\rule{20cm}{1pt}\n\\end{document}\n");
        var result = PdfLatex.Compile(tex, TimeSpan.FromSeconds(60));
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(PdfLatexOutcome.Succeeded), result.Message);
            Assert.That(result.OverfullBoxes, Has.Count.EqualTo(1));
            Assert.That(result.WorstOverfullPoints, Is.EqualTo(3 * 72.27 / 2.54).Within(0.01));
        });
    }

    [Test]
    public void StopsARunawayCompile()
    {
        string tex = Write("loop.tex", "\\documentclass{article}\n\\begin{document}\n\\def\\a{\\a}\\a\n\\end{document}\n");
        var result = PdfLatex.Compile(tex, TimeSpan.FromSeconds(2));
        Assert.That(result.Outcome, Is.EqualTo(PdfLatexOutcome.TimedOut), result.Message);
    }

    [Test]
    public void ValidatesArguments()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<FileNotFoundException>(() => PdfLatex.Compile(Path.Combine(_folder, "absent.tex"), TimeSpan.FromSeconds(1)));
            Assert.Throws<ArgumentOutOfRangeException>(() => PdfLatex.Compile(Write("x.tex", ""), TimeSpan.Zero));
        });
    }
}

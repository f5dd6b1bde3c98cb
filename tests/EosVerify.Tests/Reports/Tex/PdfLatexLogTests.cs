using EosVerify.Reports.Tex;

namespace EosVerify.Tests.Reports.Tex;

public class PdfLatexLogTests
{
    private const string Log = """
        This is pdfTeX, Version 3.141592653-2.6-1.40.24 (TeX Live 2022/Debian) (preloaded format=pdflatex)
        (./doc.tex
        Overfull \hbox (12.34567pt too wide) in paragraph at lines 10--12
        []\T1/lmr/m/n/10 Some text
        Underfull \hbox (badness 10000) in paragraph at lines 14--15
        Overfull \hbox (0.5pt too wide) detected at line 20
        Overfull \vbox (3.0pt too high) has occurred while \output is active
        ! Undefined control sequence.
        l.23 \foo
                 {bar}
        ! Emergency stop.
        <*> doc.tex
        """;

    [Test]
    public void FindsOverfullHboxesWithTheirWidth()
    {
        var boxes = PdfLatexLog.OverfullBoxes(Log);
        Assert.That(boxes, Is.EqualTo(new[]
        {
            new OverfullBox(12.34567, "in paragraph at lines 10--12"),
            new OverfullBox(0.5, "detected at line 20"),
        }));
    }

    [Test]
    public void FindsErrorsWithTheirSourceLine()
    {
        var errors = PdfLatexLog.Errors(Log);
        Assert.That(errors, Is.EqualTo(new[] { @"Undefined control sequence. (l.23 \foo)", "Emergency stop." }));
    }

    [Test]
    public void CleanLogHasNothing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PdfLatexLog.Errors("Output written on doc.pdf (1 page, 1234 bytes)."), Is.Empty);
            Assert.That(PdfLatexLog.OverfullBoxes("Underfull \\hbox (badness 10000)"), Is.Empty);
        });
    }
}

using System.Globalization;
using EosVerify.Derivation.Latex;
using static EosVerify.Tests.Derivation.Latex.Terms;

namespace EosVerify.Tests.Derivation.Latex;

public class LineBreakingTests
{
    private static readonly PrinterOptions Indexed = new()
    {
        LatexSymbol = i => string.Create(CultureInfo.InvariantCulture, $"x_{{{i}}}"),
        PlainSymbol = i => string.Create(CultureInfo.InvariantCulture, $"x{i}"),
        TermsPerLine = 4,
    };

    private static string Body(PrinterOptions options, params Equation[] equations)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        AlignedEquations.WriteBody(equations, new LatexFormatter(options), writer);
        return writer.ToString();
    }

    [Test]
    public void BreaksAfterTermsPerLineWithBinaryOperatorsOnContinuations()
    {
        var terms = Enumerable.Range(0, 10).Select(i => T(i == 8 ? -1 : 1, (i, 1))).ToArray();
        string body = Body(Indexed, Equation.Eq(Nodes.Sym("L"), PolynomialLayout.ToNode(terms, Indexed)));
        Assert.That(body, Is.EqualTo(
            "L &= x_{0} + x_{1} + x_{2} + x_{3} \\\\\n" +
            "&\\quad {}+ x_{4} + x_{5} + x_{6} + x_{7} \\\\\n" +
            "&\\quad {}- x_{8} + x_{9}\n"));
    }

    [Test]
    public void ShortSumsStayOnOneLineAndEquationsFollowEachOther()
    {
        var one = PolynomialLayout.ToNode([T(1, (0, 1)), T(-2)], XYZ);
        var two = PolynomialLayout.ToNode([T(Q(1, 3), (1, 2))], XYZ);
        string body = Body(XYZ, Equation.Eq(Nodes.Sym("a"), one), Equation.Eq(Nodes.Sym("b"), two));
        Assert.That(body, Is.EqualTo("a &= x - 2 \\\\\nb &= \\frac{1}{3} {y}^{2}\n"));
    }

    [Test]
    public void WidthBudgetBreaksBeforeTheTermCount()
    {
        // Terms of 5 symbols x_{k}: each ≈ 5 × (0.6 + 0.72·0.5) + 1 + 1.4 ≈ 7.2 em; a 20 em budget fits 2.
        var options = Indexed with { TermsPerLine = 10, LineWidthEm = 20 + 1.8 + 1 + 0.6 };
        var terms = Enumerable.Range(0, 6).Select(i => T(1, (0, 1), (1, 1), (2, 1), (3, 1), (4 + i, 1))).ToArray();
        var lines = LineBreaker.Lines(PolynomialLayout.TermNodes(terms, options), options.TermsPerLine, 20);
        Assert.That(lines.Select(l => l.Count), Is.EqualTo(new[] { 2, 2, 2 }));
    }

    [Test]
    public void ATermWiderThanTheBudgetGetsItsOwnLine()
    {
        var terms = PolynomialLayout.TermNodes([T(1, (0, 1)), T(1, (1, 1))], XYZ);
        var lines = LineBreaker.Lines(terms, termsPerLine: 4, budgetEm: 0.1);
        Assert.That(lines.Select(l => l.Count), Is.EqualTo(new[] { 1, 1 }));
    }

    [Test]
    public void EveryTermAppearsOnceInOrder()
    {
        var terms = PolynomialLayout.TermNodes(Enumerable.Range(0, 37).Select(i => T(i + 1, (i % 3, 1 + i % 4))).ToArray(), XYZ);
        var lines = LineBreaker.Lines(terms, termsPerLine: 5, budgetEm: 30);
        Assert.Multiple(() =>
        {
            Assert.That(lines.SelectMany(l => l), Is.EqualTo(terms));
            Assert.That(lines.All(l => l.Count is >= 1 and <= 5), Is.True);
        });
    }

    [Test]
    public void OptionsAreValidated()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new LatexFormatter(XYZ with { TermsPerLine = 0 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new LatexFormatter(XYZ with { LineWidthEm = double.NaN }));
        });
    }
}

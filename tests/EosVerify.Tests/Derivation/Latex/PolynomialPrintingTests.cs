using EosVerify.Algebra;
using EosVerify.Derivation.Latex;
using static EosVerify.Tests.Derivation.Latex.Terms;

namespace EosVerify.Tests.Derivation.Latex;

/// <summary>Polynomial ↦ exact LaTeX and plain text, every expected string written by hand.</summary>
internal class PolynomialPrintingTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("zero polynomial", [], "0", "0");
        yield return Case("integer constant", [T(5)], "5", "5");
        yield return Case("negative constant", [T(-3)], "-3", "-3");
        yield return Case("constant one is printed", [T(1)], "1", "1");
        yield return Case("constant minus one is printed", [T(-1)], "-1", "-1");
        yield return Case("fraction constant", [T(Q(1, 2))], @"\frac{1}{2}", "1/2");
        yield return Case("negative fraction constant", [T(Q(-1, 2))], @"-\frac{1}{2}", "-1/2");
        yield return Case("unit coefficient omitted", [T(1, (0, 1))], "x", "x");
        yield return Case("minus one coefficient omitted", [T(-1, (0, 1))], "-x", "-x");
        yield return Case("integer coefficient", [T(3, (0, 1))], "3 x", "3*x");
        yield return Case("negative integer coefficient", [T(-3, (0, 1), (1, 1))], "-3 x y", "-3*x*y");
        yield return Case("power", [T(1, (0, 2), (1, 1))], "{x}^{2} y", "x^2*y");
        yield return Case("fraction coefficient", [T(Q(1, 2), (0, 1))], @"\frac{1}{2} x", "1/2*x");
        yield return Case("negative fraction with powers", [T(Q(-2, 3), (0, 1), (1, 2))], @"-\frac{2}{3} x {y}^{2}", "-2/3*x*y^2");
        yield return Case("subtraction inside a sum", [T(1, (0, 1)), T(-1, (1, 1)), T(1)], "x - y + 1", "x - y + 1");
        yield return Case("leading minus and trailing fraction",
            [T(-1, (0, 1)), T(2, (1, 1)), T(Q(-1, 2))], @"-x + 2 y - \frac{1}{2}", "-x + 2*y - 1/2");
        yield return Case("big integers stay exact",
            [T(System.Numerics.BigInteger.Pow(10, 30), (2, 3))], "1000000000000000000000000000000 {z}^{3}", "1000000000000000000000000000000*z^3");
        yield return Case("terms keep the polynomial's order",
            [T(1), T(-7, (2, 1)), T(Q(5, 4), (0, 1), (1, 1), (2, 1))], @"1 - 7 z + \frac{5}{4} x y z", "1 - 7*z + 5/4*x*y*z");
    }

    private static TestCaseData Case(string name, PolynomialTerm[] terms, string latex, string plain) =>
        new TestCaseData(terms, latex, plain).SetName(name);

    [TestCaseSource(nameof(Cases))]
    public void PrintsLatexAndPlainText(PolynomialTerm[] terms, string latex, string plain)
    {
        var node = PolynomialLayout.ToNode(terms, XYZ);
        Assert.Multiple(() =>
        {
            Assert.That(new LatexFormatter(XYZ).Format(node), Is.EqualTo(latex));
            Assert.That(new PlainTextFormatter().Format(node), Is.EqualTo(plain));
        });
    }

    [Test]
    public void TextStyleFractions()
    {
        var options = XYZ with { Fractions = FractionStyle.Text };
        var node = PolynomialLayout.ToNode([T(Q(-2, 3), (0, 1)), T(Q(7, 5))], options);
        Assert.That(new LatexFormatter(options).Format(node), Is.EqualTo(@"-\tfrac{2}{3} x + \tfrac{7}{5}"));
    }

    [Test]
    public void FoldedFractionCoefficients()
    {
        var options = XYZ with { FoldFractionCoefficients = true };
        var node = PolynomialLayout.ToNode([T(Q(1, 2), (0, 1)), T(Q(-2, 3), (0, 1), (1, 2)), T(Q(3, 4))], options);
        Assert.Multiple(() =>
        {
            Assert.That(new LatexFormatter(options).Format(node), Is.EqualTo(@"\frac{x}{2} - \frac{2 x {y}^{2}}{3} + \frac{3}{4}"));
            Assert.That(new PlainTextFormatter().Format(node), Is.EqualTo("x/2 - 2*x*y^2/3 + 3/4"));
        });
    }

    [Test]
    public void ScriptedSymbolsAreBracedUnderAPower()
    {
        var options = new PrinterOptions { LatexSymbol = _ => "W^{(1)}_{12}", PlainSymbol = _ => "w1_1_2" };
        var node = PolynomialLayout.ToNode([T(-4, (0, 2))], options);
        Assert.That(new LatexFormatter(options).Format(node), Is.EqualTo("-4 {W^{(1)}_{12}}^{2}"));
    }

    [Test]
    public void MarkdownWrapsInlineMathInDollars()
    {
        var node = PolynomialLayout.ToNode([T(1, (0, 1)), T(Q(-1, 2), (1, 2))], XYZ);
        Assert.That(new MarkdownFormatter(XYZ).Inline(node), Is.EqualTo(@"$x - \frac{1}{2} {y}^{2}$"));
    }

    [Test]
    public void MarkdownDisplayIsAnAlignedBlock()
    {
        var node = PolynomialLayout.ToNode([T(1, (0, 2)), T(-1)], XYZ);
        string display = new MarkdownFormatter(XYZ).Display([Equation.Eq(Symbol.Of("L"), node)]);
        Assert.That(display, Is.EqualTo("$$\n\\begin{aligned}\nL &= {x}^{2} - 1\n\\end{aligned}\n$$\n"));
    }

    [Test]
    public void RejectsZeroCoefficientsAndBadExponents()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => PolynomialLayout.ToNode([T(0, (0, 1))], XYZ));
            Assert.Throws<ArgumentException>(() => PolynomialLayout.ToNode([T(1, (0, 0))], XYZ));
            Assert.Throws<ArgumentException>(() => PolynomialLayout.ToNode([T(1, (-1, 1))], XYZ));
        });
    }

    [Test]
    public void NumbersAreNonNegative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Number(-1));
}

using EosVerify.Derivation.Latex;
using static EosVerify.Derivation.Latex.Nodes;

namespace EosVerify.Tests.Derivation.Latex;

/// <summary>The row spacing of printed matrices is set explicitly where rows would touch: expression ↦ exact LaTeX.</summary>
public class MatrixRowSpacingTests
{
    private static string Latex(MathNode node) => new LatexFormatter().Format(node);

    [Test]
    public void RowsOfFractionsGetTheGap() =>
        Assert.That(Latex(new MatrixNode([[Frac(Int(1), Int(3)), Int(2)], [Int(0), Neg(Frac(Int(5), Int(7)))]])),
            Is.EqualTo(@"\begin{pmatrix} \frac{1}{3} & 2 \\[1ex] 0 & -\frac{5}{7} \end{pmatrix}"));

    [Test]
    public void RowsOfSymbolsWithBothScriptsGetTheGap() =>
        Assert.That(Latex(new MatrixNode([[Symbol.Opaque("W^{(1)}_{11}", "w11")], [Symbol.Opaque("W^{(1)}_{21}", "w21")]])),
            Is.EqualTo(@"\begin{pmatrix} W^{(1)}_{11} \\[1ex] W^{(1)}_{21} \end{pmatrix}"));

    [Test]
    public void PlainRowsKeepTheStandardSpacing() =>
        Assert.That(Latex(new MatrixNode([[Int(1), Int(2)], [Int(3), Sym("x")]])),
            Is.EqualTo(@"\begin{pmatrix} 1 & 2 \\ 3 & x \end{pmatrix}"));

    [Test]
    public void TheGapIsAnOption() =>
        Assert.That(new LatexFormatter(new PrinterOptions { TallMatrixRowGap = "4pt" }).Format(new MatrixNode([[Frac(Int(1), Int(2))], [Int(1)]])),
            Is.EqualTo(@"\begin{pmatrix} \frac{1}{2} \\[4pt] 1 \end{pmatrix}"));
}

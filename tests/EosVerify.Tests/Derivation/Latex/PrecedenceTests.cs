using EosVerify.Derivation.Latex;
using static EosVerify.Derivation.Latex.Nodes;

namespace EosVerify.Tests.Derivation.Latex;

/// <summary>Layout trees ↦ exact LaTeX and plain text: parentheses appear exactly where precedence needs them.</summary>
internal class PrecedenceTests
{
    private static readonly MathNode X = Sym("x"), Y = Sym("y"), Z = Sym("z"), N = Sym("n");

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("sum in a product", Mul(X, Add(Y, Z)), "x (y + z)", "x*(y + z)");
        yield return Case("product of sums", Mul(Add(X, Y), Add(Y, Z)), "(x + y) (y + z)", "(x + y)*(y + z)");
        yield return Case("sum as a power base", Pow(Add(X, Y), Int(2)), "(x + y)^{2}", "(x + y)^2");
        yield return Case("negation as a power base", Pow(Neg(X), Int(2)), "(-x)^{2}", "(-x)^2");
        yield return Case("power of a power", Pow(Pow(X, Int(2)), Int(3)), "(x^{2})^{3}", "(x^2)^3");
        yield return Case("sum in an exponent", Pow(X, Add(N, Int(1))), "x^{n + 1}", "x^(n + 1)");
        yield return Case("negated sum", Neg(Add(X, Y)), "-(x + y)", "-(x + y)");
        yield return Case("double negation", Neg(Neg(X)), "-(-x)", "-(-x)");
        yield return Case("subtracted sum", Add(X, Neg(Add(Y, Z))), "x - (y + z)", "x - (y + z)");
        yield return Case("subtracted negation", Add(X, Neg(Neg(Y))), "x - (-y)", "x - (-y)");
        yield return Case("subtracted product", Add(X, Neg(Mul(Int(2), Y))), "x - 2 y", "x - 2*y");
        yield return Case("negated factor", Mul(X, Neg(Y)), "x (-y)", "x*(-y)");
        yield return Case("nested sums flatten", Add(X, Add(Y, Z)), "x + y + z", "x + y + z");
        yield return Case("nested products flatten", Mul(X, Mul(Y, Z)), "x y z", "x*y*z");
        yield return Case("nested sum starting with a minus", Add(X, Add(Neg(Y), Z)), "x - y + z", "x - y + z");
        yield return Case("nested product starting with a number", Mul(X, Mul(Int(2), Y)), @"x \cdot 2 y", "x*2*y");
        yield return Case("fraction as a power base", Pow(Frac(Int(1), Int(2)), Int(2)), @"\left(\frac{1}{2}\right)^{2}", "(1/2)^2");
        yield return Case("fraction of sum over product", Frac(Add(X, Int(1)), Mul(Int(2), Y)), @"\frac{x + 1}{2 y}", "(x + 1)/(2*y)");
        yield return Case("fraction over a power", Frac(X, Pow(Y, Int(2))), @"\frac{x}{y^{2}}", "x/y^2");
        yield return Case("fraction over a fraction", Frac(X, Frac(Y, Z)), @"\frac{x}{\frac{y}{z}}", "x/(y/z)");
        yield return Case("numbers side by side", Mul(Int(2), Int(3)), @"2 \cdot 3", "2*3");
        yield return Case("number before a fraction", Mul(Int(2), Frac(Int(1), Int(3))), @"2 \cdot \frac{1}{3}", "2*1/3");
        yield return Case("symbol before a number power", Mul(X, Pow(Int(2), N)), @"x \cdot 2^{n}", "x*2^n");
        yield return Case("relation", Eq(X, Add(Y, Int(1))), "x = y + 1", "x = y + 1");
        yield return Case("negative constant", Int(-4), "-4", "-4");
        yield return Case("transpose", Mul(new Scripted(Sym("W"), Int(2), Sym(@"\top", "T")), Sym("G")), @"W_{2}^{\top} G", "W_2^T*G");
        yield return Case("transpose as a power base", Pow(new Scripted(Sym("W"), Int(2), Sym(@"\top", "T")), Int(2)), @"(W_{2}^{\top})^{2}", "(W_2^T)^2");
        yield return Case("subscript with a sum", Sub(Sym("W"), Add(Sym("k"), Int(1))), "W_{k + 1}", "W_(k + 1)");
        yield return Case("function application", Apply(@"\operatorname{tr}", "tr", Mul(Sym("W"), Sym("S"))), @"\operatorname{tr}(W S)", "tr(W*S)");
        yield return Case("negated application", Neg(Mul(Int(2), Apply(@"\operatorname{tr}", "tr", X))), @"-2 \operatorname{tr}(x)", "-2*tr(x)");
        yield return Case("matrix",
            new MatrixNode([[Int(1), Neg(Frac(Int(1), Int(2)))], [X, Int(0)]]),
            @"\begin{pmatrix} 1 & -\frac{1}{2} \\[1ex] x & 0 \end{pmatrix}", "[[1, -1/2], [x, 0]]");
        yield return Case("norm", Pow(new Fenced(Add(X, Neg(Y)), FenceKind.Norm), Int(2)), @"\lVert x - y\rVert^{2}", "||x - y||^2");
        yield return Case("fenced sequence", new Fenced(new Sequence([X, Y]), FenceKind.Brackets), "[x, y]", "[x, y]");
        yield return Case("membership", new Relation(X, RelationKind.ElementOf, Sup(Sym(@"\mathbb{R}", "R"), N)), @"x \in \mathbb{R}^{n}", "x in R^n");
        yield return Case("opaque symbol under a power", Pow(Symbol.Opaque("W^{(1)}_{12}", "w1_1_2"), Int(2)), "{W^{(1)}_{12}}^{2}", "w1_1_2^2");
        yield return Case("simple symbol under a power", Pow(Sym(@"\eta", "eta"), Int(2)), @"\eta^{2}", "eta^2");
        yield return Case("scripted base of a script", Sub(Sub(Sym("S"), Sym("xx")), Sym("12")), "{S_{xx}}_{12}", "S_xx_12");
        yield return Case("text label", Sub(Sym("S"), new TextNode("min_1")), @"S_{\text{min\_1}}", "S_min_1");
    }

    private static TestCaseData Case(string name, MathNode node, string latex, string plain) =>
        new TestCaseData(node, latex, plain).SetName(name);

    [TestCaseSource(nameof(Cases))]
    public void PrintsLatexAndPlainText(MathNode node, string latex, string plain)
    {
        Assert.Multiple(() =>
        {
            Assert.That(new LatexFormatter().Format(node), Is.EqualTo(latex));
            Assert.That(new PlainTextFormatter().Format(node), Is.EqualTo(plain));
        });
    }
}

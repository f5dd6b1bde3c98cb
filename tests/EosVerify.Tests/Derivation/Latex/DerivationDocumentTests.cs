using System.Text.RegularExpressions;
using EosVerify.Derivation.Latex;
using static EosVerify.Tests.Derivation.Latex.Terms;

namespace EosVerify.Tests.Derivation.Latex;

public class DerivationDocumentTests
{
    [Test]
    public void PerLayerGradientsFollowMathMd()
    {
        // ∇_{W_k} L = A_kᵀ G B_kᵀ with A_k = W_L⋯W_{k+1}, B_k = W_{k−1}⋯W_1, so A_kᵀ = W_{k+1}ᵀ⋯W_Lᵀ, B_kᵀ = W_1ᵀ⋯W_{k−1}ᵀ.
        string tex = new DerivationDocument(SmallProblems.For([2, 3, 2, 1])).ToLatex();
        Assert.Multiple(() =>
        {
            Assert.That(tex, Does.Contain(@"\nabla_{W_{1}} L &= W_{2}^{\top} W_{3}^{\top} G"));
            Assert.That(tex, Does.Contain(@"\nabla_{W_{2}} L &= W_{3}^{\top} G W_{1}^{\top}"));
            Assert.That(tex, Does.Contain(@"\nabla_{W_{3}} L &= G W_{1}^{\top} W_{2}^{\top}"));
            Assert.That(tex, Does.Contain(@"\nabla_{W_{k}} L &= A_{k}^{\top} G B_{k}^{\top}"));
        });
    }

    [Test]
    public void DifferentialsOfTheProductForThreeLayers()
    {
        // W = W3 W2 W1: dW = Δ3 W2 W1 + W3 Δ2 W1 + W3 W2 Δ1; the t² coefficient of ∏(W_k + tΔ_k) is
        // Δ3 Δ2 W1 + Δ3 W2 Δ1 + W3 Δ2 Δ1, and d²W is twice it.
        string tex = new DerivationDocument(SmallProblems.For([2, 3, 2, 1])).ToLatex();
        Assert.Multiple(() =>
        {
            Assert.That(tex, Does.Contain(@"dW &= \Delta_{3} W_{2} W_{1} + W_{3} \Delta_{2} W_{1} + W_{3} W_{2} \Delta_{1}"));
            Assert.That(tex, Does.Contain(@"d^{2}W &= 2 (\Delta_{3} \Delta_{2} W_{1} + \Delta_{3} W_{2} \Delta_{1} + W_{3} \Delta_{2} \Delta_{1})"));
            Assert.That(tex, Does.Contain(@"d^{2}L [\Delta, \Delta] &= \operatorname{tr}(dW S_{xx} {dW}^{\top}) + \operatorname{tr}(G {d^{2}W}^{\top})"));
        });
    }

    [Test]
    public void OneLayerHasNoSecondDifferential()
    {
        string tex = new DerivationDocument(SmallProblems.For([3, 2])).ToLatex();
        Assert.Multiple(() =>
        {
            Assert.That(tex, Does.Contain(@"dW &= \Delta_{1}"));
            Assert.That(tex, Does.Contain(@"d^{2}W &= 0"));
            Assert.That(tex, Does.Contain(@"\nabla_{W_{1}} L &= G"));
        });
    }

    [Test]
    public void LossInMomentFormHalfMean()
    {
        string tex = new DerivationDocument(SmallProblems.ScalarChain()).ToLatex();
        Assert.Multiple(() =>
        {
            Assert.That(tex, Does.Contain(@"L(\theta) &= \frac{1}{2} (\operatorname{tr}(W S_{xx} W^{\top}) - 2 \operatorname{tr}(S_{yx} W^{\top}) + \operatorname{tr}(S_{yy}))"));
            Assert.That(tex, Does.Contain(@"L(\theta) = \frac{1}{2 n} \lVert W X - Y\rVert_{F}^{2}"));
            Assert.That(tex, Does.Contain(@"W = W_{2} W_{1}"));
        });
    }

    [Test]
    public void MeanConventionDoublesGradientAndHessian()
    {
        string tex = new DerivationDocument(SmallProblems.ScalarChain("mean", 1)).ToLatex();
        Assert.Multiple(() =>
        {
            Assert.That(tex, Does.Contain(@"L(\theta) &= \operatorname{tr}(W S_{xx} W^{\top}) - 2 \operatorname{tr}(S_{yx} W^{\top}) + \operatorname{tr}(S_{yy})"));
            Assert.That(tex, Does.Contain(@"L(\theta) = \frac{1}{n} \lVert W X - Y\rVert_{F}^{2}"));
            Assert.That(tex, Does.Contain(@"\nabla_{W_{1}} L &= 2 W_{2}^{\top} G"));
            Assert.That(tex, Does.Contain(@"d^{2}L [\Delta, \Delta] &= 2 (\operatorname{tr}(dW S_{xx} {dW}^{\top}) + \operatorname{tr}(G {d^{2}W}^{\top}))"));
            Assert.That(tex, Does.Contain("halves the critical step size"));
            Assert.That(tex, Does.Contain(@"which doubles $L$, $\nabla L$ and $H$"));
            Assert.That(tex, Does.Contain("This document uses $c = 1$."));
        });
    }

    [Test]
    public void ParameterLayoutIsRowMajor()
    {
        // 2-3-1: W1 is 3×2 with θ0..θ5 row-major, W2 is 1×3 with θ6..θ8.
        string tex = new DerivationDocument(SmallProblems.For([2, 3, 1])).ToLatex();
        Assert.Multiple(() =>
        {
            Assert.That(tex, Does.Contain(@"W_{1} &= \begin{pmatrix} W^{(1)}_{11} & W^{(1)}_{12} \\[1ex] W^{(1)}_{21} & W^{(1)}_{22} \\[1ex] W^{(1)}_{31} & W^{(1)}_{32} \end{pmatrix}"));
            Assert.That(tex, Does.Contain(@"W_{2} &= \begin{pmatrix} W^{(2)}_{11} & W^{(2)}_{12} & W^{(2)}_{13} \end{pmatrix}"));
            Assert.That(tex, Does.Contain(@"o_{1} = 0, o_{2} = 6"));
        });
    }

    [Test]
    public void MomentsArePrintedExactly()
    {
        string tex = new DerivationDocument(SmallProblems.For([2, 1])).ToLatex();
        // Sxx = I + 1/3: diagonal 4/3, off-diagonal 1/3; Syx[0, j] = (1 − 2j)/4: 1/4, −1/4; Syy = 5/2.
        Assert.Multiple(() =>
        {
            Assert.That(tex, Does.Contain(@"S_{xx} &= \begin{pmatrix} \frac{4}{3} & \frac{1}{3} \\[1ex] \frac{1}{3} & \frac{4}{3} \end{pmatrix}"));
            Assert.That(tex, Does.Contain(@"S_{yx} &= \begin{pmatrix} \frac{1}{4} & -\frac{1}{4} \end{pmatrix}"));
            Assert.That(tex, Does.Contain(@"S_{yy} &= \begin{pmatrix} \frac{5}{2} \end{pmatrix}"));
        });
    }

    [Test]
    public void ExpandedSectionsPrintTheHandDerivedPolynomials()
    {
        string tex = new DerivationDocument(SmallProblems.ScalarChain(), SmallProblems.ScalarChainExpanded()).ToLatex();
        Assert.Multiple(() =>
        {
            Assert.That(tex, Does.Contain(@"L(\theta) &= {W^{(1)}_{11}}^{2} {W^{(2)}_{11}}^{2} - \frac{3}{2} W^{(1)}_{11} W^{(2)}_{11} + \frac{5}{8}"));
            Assert.That(tex, Does.Contain(@"\frac{\partial L}{\partial W^{(1)}_{11}} &= 2 W^{(1)}_{11} {W^{(2)}_{11}}^{2} - \frac{3}{2} W^{(2)}_{11}"));
            Assert.That(tex, Does.Contain(@"\frac{\partial^{2} L}{\partial {W^{(1)}_{11}}^{2}} &= 2 {W^{(2)}_{11}}^{2}"));
            Assert.That(tex, Does.Contain(@"\frac{\partial^{2} L}{\partial W^{(1)}_{11} \partial W^{(2)}_{11}} &= 4 W^{(1)}_{11} W^{(2)}_{11} - \frac{3}{2}"));
            Assert.That(Regex.Count(tex, Regex.Escape(@"\frac{\partial^{2} L}")), Is.EqualTo(3), "upper triangle of a 2×2 Hessian");
            Assert.That(tex, Does.Contain(@"\det(I_{P} - \eta H) &= 1 - 2 {W^{(1)}_{11}}^{2} \eta - 2 {W^{(2)}_{11}}^{2} \eta - 12 {W^{(1)}_{11}}^{2} {W^{(2)}_{11}}^{2} {\eta}^{2}"));
        });
    }

    [Test]
    public void ExpandedSectionsAreOptional()
    {
        var withLossOnly = new ExpandedPolynomials { Loss = SmallProblems.ScalarChainExpanded().Loss };
        string none = new DerivationDocument(SmallProblems.ScalarChain()).ToLatex();
        string lossOnly = new DerivationDocument(SmallProblems.ScalarChain(), withLossOnly).ToLatex();
        Assert.Multiple(() =>
        {
            Assert.That(none, Does.Not.Contain("Expanded polynomials"));
            Assert.That(lossOnly, Does.Contain(@"\section{Expanded polynomials}"));
            Assert.That(lossOnly, Does.Not.Contain(@"\partial L"));
            Assert.That(lossOnly, Does.Not.Contain(@"\det(I_{P}"));
        });
    }

    [Test]
    public void ExpandedSectionsAreOmittedAboveTwelveParameters()
    {
        var setting = SmallProblems.For([3, 3, 2]); // P = 15
        string tex = new DerivationDocument(setting, new ExpandedPolynomials { Loss = [T(1, (0, 1))] }).ToLatex();
        Assert.That(tex, Does.Contain("Omitted: P = 15 parameters"));
    }

    [Test]
    public void MarkdownHasTheSameSectionsAndDisplays()
    {
        var document = new DerivationDocument(SmallProblems.ScalarChain(), SmallProblems.ScalarChainExpanded());
        string tex = document.ToLatex(), markdown = document.ToMarkdown();
        var texHeadings = Regex.Matches(tex, @"\\(sub)?section\{([^}]*)\}").Select(m => m.Groups[2].Value).ToList();
        var mdHeadings = Regex.Matches(markdown, @"^#{2,3} (.*)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(mdHeadings, Is.EqualTo(texHeadings));
            Assert.That(texHeadings, Does.Contain("Gradients").And.Contain("Hessian bilinear form").And.Contain("Gradient-descent map and its Jacobian"));
            Assert.That(Regex.Count(markdown, Regex.Escape("$$\n\\begin{aligned}")), Is.EqualTo(Regex.Count(tex, Regex.Escape(@"\begin{align*}"))));
            Assert.That(markdown, Does.Contain(@"L(\theta) &= {W^{(1)}_{11}}^{2} {W^{(2)}_{11}}^{2} - \frac{3}{2} W^{(1)}_{11} W^{(2)}_{11} + \frac{5}{8}"));
            Assert.That(markdown, Does.StartWith("# Derivation for the linear network 1-1-1\n"));
        });
    }

    [Test]
    public void RejectsInconsistentSettings()
    {
        var good = SmallProblems.For([2, 3, 1]);
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => _ = new DerivationDocument(good with { ParameterCount = 8 }));
            Assert.Throws<ArgumentException>(() => _ = new DerivationDocument(good with { Sxx = SmallProblems.Matrix(3, 3, (_, _) => 1) }));
            Assert.Throws<ArgumentException>(() => _ = new DerivationDocument(good with { Syx = SmallProblems.Matrix(2, 1, (_, _) => 1) }));
            Assert.Throws<ArgumentException>(() => _ = new DerivationDocument(good with { Widths = [2] }));
            Assert.Throws<ArgumentException>(() => _ = new DerivationDocument(good with { LossFactor = 0 }));
            Assert.Throws<ArgumentException>(() => _ = new DerivationDocument(good, new ExpandedPolynomials { Gradient = [[T(1)]] }));
        });
    }

    [Test]
    public void OutputIsDeterministic()
    {
        var a = new DerivationDocument(SmallProblems.ScalarChain(), SmallProblems.ScalarChainExpanded());
        var b = new DerivationDocument(SmallProblems.ScalarChain(), SmallProblems.ScalarChainExpanded());
        Assert.Multiple(() =>
        {
            Assert.That(b.ToLatex(), Is.EqualTo(a.ToLatex()));
            Assert.That(b.ToMarkdown(), Is.EqualTo(a.ToMarkdown()));
        });
    }
}

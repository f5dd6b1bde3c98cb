using EosVerify.Derivation.Latex;

namespace EosVerify.Tests.Derivation.Latex;

public class TextEscapingTests
{
    [TestCase("plain words", "plain words")]
    [TestCase("a_b & 50% #1", @"a\_b \& 50\% \#1")]
    [TestCase(@"{x} $y$ ~z^w \v", @"\{x\} \$y\$ \textasciitilde{}z\textasciicircum{}w \textbackslash{}v")]
    [TestCase("Gauss\u2013Newton \u2014 Crăciun, Müller", "Gauss--Newton --- Crăciun, Müller")]
    [TestCase("η = 0.1 😀", @"\ensuremath{\eta} = 0.1 ?")]
    [TestCase("S ≤ 2/η, θ ∈ M", @"S \ensuremath{\le} 2/\ensuremath{\eta}, \ensuremath{\theta} \ensuremath{\in} M")]
    [TestCase("日本", "??")]
    public void LatexProse(string text, string expected) => Assert.That(LatexText.Escape(text), Is.EqualTo(expected));

    [TestCase("a_b*c", @"a\_b\*c")]
    [TestCase("[x](y) <z> #", @"\[x\](y) \<z\> \#")]
    [TestCase("$5 | 6`", @"\$5 \| 6\`")]
    public void MarkdownProse(string text, string expected) => Assert.That(MarkdownDocumentWriter.Escape(text), Is.EqualTo(expected));
}

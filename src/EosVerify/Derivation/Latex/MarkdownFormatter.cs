using System.Globalization;

namespace EosVerify.Derivation.Latex;

/// <summary>Math for GitHub Markdown: inline $…$, displays as $$ blocks around an aligned environment.</summary>
internal sealed class MarkdownFormatter
{
    private readonly LatexFormatter _latex;

    public MarkdownFormatter(PrinterOptions? options = null) => _latex = new LatexFormatter(options);

    public PrinterOptions Options => _latex.Options;

    public string Inline(MathNode node) => "$" + _latex.Format(node) + "$";

    public string Display(IReadOnlyList<Equation> equations)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteDisplay(equations, writer);
        return writer.ToString();
    }

    public void WriteDisplay(IReadOnlyList<Equation> equations, TextWriter writer)
    {
        writer.Write("$$\n\\begin{aligned}\n");
        AlignedEquations.WriteBody(equations, _latex, writer);
        writer.Write("\\end{aligned}\n$$\n");
    }
}

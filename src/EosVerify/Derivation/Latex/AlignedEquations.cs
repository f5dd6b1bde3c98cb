namespace EosVerify.Derivation.Latex;

/// <summary>
/// The body of an align*/aligned environment for a group of equations: "left &amp;= terms \\ &amp;\quad {}+ terms …".
/// A right-hand <see cref="Sum"/> is broken by <see cref="LineBreaker"/>; the budget per line is the line width
/// minus the widest left side (all lines of the group align there).
/// </summary>
internal static class AlignedEquations
{
    private const double MinimumBudgetEm = 8;
    private const double ContinuationIndentEm = 1; // \quad

    public static void WriteBody(IReadOnlyList<Equation> equations, LatexFormatter formatter, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(equations);
        ArgumentNullException.ThrowIfNull(formatter);
        ArgumentNullException.ThrowIfNull(writer);
        var options = formatter.Options;
        double leftWidth = equations.Count == 0 ? 0 : equations.Max(e => WidthEstimator.Em(e.Left, options.Fractions));
        double budget = Math.Max(MinimumBudgetEm, options.LineWidthEm - leftWidth - 1.8 - ContinuationIndentEm);
        bool firstLine = true;
        bool previousIsMatrix = false;
        foreach (var equation in equations)
        {
            var terms = equation.Right is Sum sum ? sum.Terms : [equation.Right];
            var lines = LineBreaker.Lines(terms, options.TermsPerLine, budget, options.Fractions);
            bool isMatrix = IsMatrix(equation.Right);
            for (int i = 0; i < lines.Count; i++)
            {
                // Two displayed matrices in a row would touch parenthesis to parenthesis: the same gap as between tall matrix rows.
                if (!firstLine) writer.Write(i == 0 && previousIsMatrix && isMatrix ? $" \\\\[{options.TallMatrixRowGap}]\n" : " \\\\\n");
                firstLine = false;
                if (i == 0)
                {
                    formatter.Write(equation.Left, writer);
                    writer.Write(" &");
                    writer.Write(LatexFormatter.RelationSymbol(equation.Kind));
                    writer.Write(' ');
                    if (equation.Right is Sum) formatter.WriteTerms(lines[0], continuation: false, writer);
                    else formatter.Write(equation.Right, writer);
                }
                else
                {
                    writer.Write(@"&\quad ");
                    formatter.WriteTerms(lines[i], continuation: true, writer);
                }
            }
            previousIsMatrix = isMatrix;
        }
        writer.Write('\n');
    }

    private static bool IsMatrix(MathNode node) => node is MatrixNode { Rows.Count: > 1 } || node is Product p && p.Factors.Any(IsMatrix);
}

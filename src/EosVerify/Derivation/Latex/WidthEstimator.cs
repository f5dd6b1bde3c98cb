namespace EosVerify.Derivation.Latex;

/// <summary>
/// A rough, deliberately generous estimate (in em of the body font) of how wide LaTeX typesets a node in display
/// style. It only has to be good enough to decide where long sums break; the compile test checks the outcome.
/// </summary>
internal static class WidthEstimator
{
    private const double Digit = 0.5;
    private const double Letter = 0.6;
    private const double ScriptScale = 0.72;
    private const double BinaryOperator = 1.4; // the sign and its medium spaces on both sides
    private const double RelationSpacing = 1.8;
    private const double Parentheses = 0.9;

    public static double Em(MathNode node, FractionStyle fractions = FractionStyle.Display) => node switch
    {
        Number n => Digit * n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length,
        Symbol s => LatexSourceWidth(s.Latex),
        TextNode t => 0.5 * t.Text.Length,
        Negated neg => BinaryOperator * 0.6 + Child(neg.Operand, Precedence.NegationOperand, fractions),
        Sum sum => TermsEm(sum.FlatTerms(), fractions),
        Product p => p.Factors.Sum(f => Child(f, Precedence.Factor, fractions)) + 0.25 * Math.Max(0, p.Factors.Count - 1),
        Fraction f => (fractions == FractionStyle.Text ? 0.75 : 1.0) * Math.Max(Em(f.Numerator, fractions), Em(f.Denominator, fractions)) + 0.4,
        Power p => Child(p.Base, Precedence.PowerBase, fractions) + ScriptScale * Em(p.Exponent, fractions),
        Scripted s => Child(s.Base, Precedence.PowerBase, fractions)
                      + ScriptScale * Math.Max(s.Subscript is null ? 0 : Em(s.Subscript, fractions), s.Superscript is null ? 0 : Em(s.Superscript, fractions)),
        MatrixNode m => MatrixEm(m, fractions),
        Fenced f => Em(f.Inner, fractions) + (f.Kind == FenceKind.Norm ? 1.0 : Parentheses),
        Application a => 0.55 * a.PlainName.Length + 0.2 + Parentheses + a.Arguments.Sum(x => Em(x, fractions)) + 0.6 * Math.Max(0, a.Arguments.Count - 1),
        Sequence seq => seq.Items.Sum(x => Em(x, fractions)) + 0.6 * Math.Max(0, seq.Items.Count - 1),
        Relation r => Em(r.Left, fractions) + RelationSpacing + Em(r.Right, fractions),
        _ => throw new ArgumentException($"No width estimate for node type {node.GetType().Name}.", nameof(node)),
    };

    /// <summary>Width of terms written as a sum, including each term's operator.</summary>
    public static double TermsEm(IReadOnlyList<MathNode> terms, FractionStyle fractions = FractionStyle.Display)
    {
        double width = 0;
        foreach (var term in terms)
            width += BinaryOperator + (term is Negated n ? Child(n.Operand, Precedence.NegationOperand, fractions) : Child(term, Precedence.SumTerm, fractions));
        return width;
    }

    private static double Child(MathNode child, int minimum, FractionStyle fractions) =>
        Em(child, fractions) + (Precedence.NeedsParentheses(child, minimum) ? Parentheses : 0);

    private static double MatrixEm(MatrixNode m, FractionStyle fractions)
    {
        int columns = m.Rows.Count == 0 ? 0 : m.Rows.Max(r => r.Count);
        double width = 1.6; // delimiters
        for (int c = 0; c < columns; c++)
            width += m.Rows.Max(r => c < r.Count ? Em(r[c], fractions) : 0) + 1.0; // \arraycolsep on both sides
        return width;
    }

    /// <summary>
    /// Width of opaque LaTeX such as "W^{(1)}_{12}" or "\eta": a command counts as one letter, characters after ^ or _
    /// as script-size, braces as nothing.
    /// </summary>
    public static double LatexSourceWidth(string latex)
    {
        double width = 0;
        int depth = 0;
        var scriptDepths = new Stack<int>();
        bool nextIsScript = false;
        for (int i = 0; i < latex.Length; i++)
        {
            char ch = latex[i];
            double scale = scriptDepths.Count > 0 || nextIsScript ? ScriptScale : 1.0;
            switch (ch)
            {
                case '^' or '_': nextIsScript = true; continue;
                case '{':
                    depth++;
                    if (nextIsScript) { scriptDepths.Push(depth); nextIsScript = false; }
                    continue;
                case '}':
                    if (scriptDepths.Count > 0 && scriptDepths.Peek() == depth) scriptDepths.Pop();
                    depth--;
                    continue;
                case '\\':
                    while (i + 1 < latex.Length && char.IsLetter(latex[i + 1])) i++;
                    width += Letter * scale;
                    break;
                case ' ': continue;
                default:
                    width += (char.IsDigit(ch) ? Digit : Letter) * scale;
                    break;
            }
            nextIsScript = false;
        }
        return width;
    }
}

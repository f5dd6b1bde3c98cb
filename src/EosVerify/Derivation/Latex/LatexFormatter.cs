using System.Globalization;

namespace EosVerify.Derivation.Latex;

/// <summary>Second printer stage: writes a layout tree as LaTeX math (without $ delimiters).</summary>
internal sealed class LatexFormatter
{
    private readonly PrinterOptions _options;

    public LatexFormatter(PrinterOptions? options = null)
    {
        _options = options ?? new PrinterOptions();
        _options.Validate();
    }

    public PrinterOptions Options => _options;

    public string Format(MathNode node)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(node, writer);
        return writer.ToString();
    }

    public void Write(MathNode node, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(writer);
        switch (node)
        {
            case Number n: writer.Write(n.Value.ToString(CultureInfo.InvariantCulture)); break;
            case Symbol s: writer.Write(s.Latex); break;
            case TextNode t: writer.Write(@"\text{"); writer.Write(LatexText.Escape(t.Text)); writer.Write('}'); break;
            case Negated neg: writer.Write('-'); WriteChild(neg.Operand, Precedence.NegationOperand, writer); break;
            case Sum sum: WriteTerms(sum.FlatTerms(), continuation: false, writer); break;
            case Product product: WriteProduct(product, writer); break;
            case Fraction f:
                writer.Write(_options.Fractions == FractionStyle.Text ? @"\tfrac{" : @"\frac{");
                Write(f.Numerator, writer);
                writer.Write("}{");
                Write(f.Denominator, writer);
                writer.Write('}');
                break;
            case Power p:
                WriteScriptBase(p.Base, writer);
                writer.Write("^{");
                Write(p.Exponent, writer);
                writer.Write('}');
                break;
            case Scripted s:
                WriteScriptBase(s.Base, writer);
                if (s.Subscript is not null) { writer.Write("_{"); Write(s.Subscript, writer); writer.Write('}'); }
                if (s.Superscript is not null) { writer.Write("^{"); Write(s.Superscript, writer); writer.Write('}'); }
                break;
            case MatrixNode m: WriteMatrix(m, writer); break;
            case Fenced f: WriteFenced(f, writer); break;
            case Sequence seq: WriteList(seq.Items, writer); break;
            case Application a:
                writer.Write(a.LatexName);
                WriteParenthesized(writer, a.Arguments.Any(IsTall), () => WriteList(a.Arguments, writer));
                break;
            case Relation r:
                WriteChild(r.Left, Precedence.RelationOperand, writer);
                writer.Write(' ');
                writer.Write(RelationSymbol(r.Kind));
                writer.Write(' ');
                WriteChild(r.Right, Precedence.RelationOperand, writer);
                break;
            default: throw new ArgumentException($"The LaTeX formatter does not know node type {node.GetType().Name}.", nameof(node));
        }
    }

    /// <summary>
    /// Writes terms of a sum joined by + and −. With <paramref name="continuation"/> the first term also gets its
    /// operator, written "{}+ x" so that LaTeX spaces it as a binary operator at the start of a broken line.
    /// </summary>
    public void WriteTerms(IReadOnlyList<MathNode> terms, bool continuation, TextWriter writer)
    {
        terms = new Sum(terms).FlatTerms();
        for (int i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            bool negative = term is Negated;
            var body = term is Negated n ? n.Operand : term;
            int minimum = negative ? Precedence.NegationOperand : Precedence.SumTerm;
            if (i == 0 && !continuation)
            {
                if (negative) writer.Write('-');
            }
            else
            {
                if (i == 0) writer.Write("{}");
                else writer.Write(' ');
                writer.Write(negative ? "- " : "+ ");
            }
            WriteChild(body, minimum, writer);
        }
    }

    public static string RelationSymbol(RelationKind kind) => kind switch
    {
        RelationKind.Equal => "=",
        RelationKind.LessOrEqual => @"\le",
        RelationKind.GreaterOrEqual => @"\ge",
        RelationKind.Less => "<",
        RelationKind.Greater => ">",
        RelationKind.Defined => ":=",
        RelationKind.ElementOf => @"\in",
        RelationKind.Maps => @"\mapsto",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown relation."),
    };

    private void WriteProduct(Product product, TextWriter writer)
    {
        var factors = product.FlatFactors();
        for (int i = 0; i < factors.Count; i++)
        {
            var factor = factors[i];
            if (i > 0) writer.Write(NeedsExplicitTimes(factors[i - 1], factor) ? @" \cdot " : " ");
            WriteChild(factor, Precedence.Factor, writer);
        }
    }

    /// <summary>Juxtaposed digits would merge (2 3) and a number before a fraction reads as a mixed number (2 ½).</summary>
    private static bool NeedsExplicitTimes(MathNode left, MathNode right) =>
        right is Number || (right is Power { Base: Number }) || (left is Number && right is Fraction);

    /// <summary>
    /// Symbols are opaque LaTeX (they may carry their own scripts, like W^{(1)}_{12}), so as a base of ^ or _ they
    /// are grouped in braces: {W^{(1)}_{12}}^{2} is valid where W^{(1)}_{12}^{2} is a double superscript. Scripted
    /// bases are braced for the same reason.
    /// </summary>
    private void WriteScriptBase(MathNode @base, TextWriter writer)
    {
        if (Precedence.NeedsParentheses(@base, Precedence.PowerBase)) WriteParenthesized(writer, IsTall(@base), () => Write(@base, writer));
        else if (@base is Symbol { Compound: true } or Scripted) { writer.Write('{'); Write(@base, writer); writer.Write('}'); }
        else Write(@base, writer);
    }

    private void WriteFenced(Fenced f, TextWriter writer)
    {
        bool tall = IsTall(f.Inner);
        var (open, close) = f.Kind switch
        {
            FenceKind.Parentheses => ("(", ")"),
            FenceKind.Brackets => ("[", "]"),
            FenceKind.Norm => (@"\lVert ", @"\rVert"),
            _ => throw new ArgumentOutOfRangeException(nameof(f), f.Kind, "Unknown fence."),
        };
        if (tall) writer.Write(f.Kind == FenceKind.Norm ? @"\left\lVert " : @"\left" + open);
        else writer.Write(open);
        Write(f.Inner, writer);
        if (tall) writer.Write(f.Kind == FenceKind.Norm ? @"\right\rVert" : @"\right" + close);
        else writer.Write(close);
    }

    private void WriteChild(MathNode child, int minimum, TextWriter writer)
    {
        if (Precedence.NeedsParentheses(child, minimum)) WriteParenthesized(writer, IsTall(child), () => Write(child, writer));
        else Write(child, writer);
    }

    private static void WriteParenthesized(TextWriter writer, bool tall, Action body)
    {
        writer.Write(tall ? @"\left(" : "(");
        body();
        writer.Write(tall ? @"\right)" : ")");
    }

    private void WriteList(IReadOnlyList<MathNode> items, TextWriter writer)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) writer.Write(", ");
            Write(items[i], writer);
        }
    }

    private void WriteMatrix(MatrixNode m, TextWriter writer)
    {
        string environment = m.Delimiter == MatrixDelimiter.Brackets ? "bmatrix" : "pmatrix";
        writer.Write($@"\begin{{{environment}}} ");
        string rowBreak = m.Rows.Any(row => row.Any(NeedsRowGap)) ? $@" \\[{_options.TallMatrixRowGap}] " : @" \\ ";
        for (int r = 0; r < m.Rows.Count; r++)
        {
            if (r > 0) writer.Write(rowBreak);
            for (int c = 0; c < m.Rows[r].Count; c++)
            {
                if (c > 0) writer.Write(" & ");
                Write(m.Rows[r][c], writer);
            }
        }
        writer.Write($@" \end{{{environment}}}");
    }

    /// <summary>Matrix cells that reach into the next row without extra space: stacked fractions, and symbols with both scripts.</summary>
    private static bool NeedsRowGap(MathNode node) => IsTall(node) || node switch
    {
        Symbol { Compound: true } => true,
        Scripted { Subscript: not null, Superscript: not null } => true,
        Negated n => NeedsRowGap(n.Operand),
        _ => false,
    };

    /// <summary>Content taller than a line of text, which gets \left( \right) rather than plain parentheses.</summary>
    private static bool IsTall(MathNode node) => node switch
    {
        Fraction or MatrixNode => true,
        Fenced f => IsTall(f.Inner),
        Application a => a.Arguments.Any(IsTall),
        Negated n => IsTall(n.Operand),
        Sum s => s.Terms.Any(IsTall),
        Product p => p.Factors.Any(IsTall),
        Power p => IsTall(p.Base),
        Scripted s => IsTall(s.Base),
        Relation r => IsTall(r.Left) || IsTall(r.Right),
        Sequence seq => seq.Items.Any(IsTall),
        _ => false,
    };
}

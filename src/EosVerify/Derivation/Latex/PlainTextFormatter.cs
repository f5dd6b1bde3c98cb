using System.Globalization;

namespace EosVerify.Derivation.Latex;

/// <summary>Second printer stage for plain text: 3*x^2 - 1/2*y, tr(W), [[a, b], [c, d]].</summary>
internal sealed class PlainTextFormatter
{
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
            case Symbol s: writer.Write(s.Plain); break;
            case TextNode t: writer.Write(t.Text); break;
            case Negated neg: writer.Write('-'); WriteChild(neg.Operand, Precedence.NegationOperand, writer); break;
            case Sum sum:
                var terms = sum.FlatTerms();
                for (int i = 0; i < terms.Count; i++)
                {
                    var term = terms[i];
                    bool negative = term is Negated;
                    if (i > 0) writer.Write(negative ? " - " : " + ");
                    else if (negative) writer.Write('-');
                    WriteChild(term is Negated n ? n.Operand : term, negative ? Precedence.NegationOperand : Precedence.SumTerm, writer);
                }
                break;
            case Product product:
                var factors = product.FlatFactors();
                for (int i = 0; i < factors.Count; i++)
                {
                    if (i > 0) writer.Write('*');
                    WriteChild(factors[i], Precedence.Factor, writer);
                }
                break;
            case Fraction f:
                WriteChild(f.Numerator, Precedence.PlainNumerator, writer);
                writer.Write('/');
                WriteChild(f.Denominator, Precedence.PlainDenominator, writer);
                break;
            case Power p:
                WriteChild(p.Base, Precedence.PowerBase, writer);
                writer.Write('^');
                WriteChild(p.Exponent, Precedence.PlainScript, writer);
                break;
            case Scripted s:
                WriteChild(s.Base, Precedence.PowerBase, writer);
                if (s.Subscript is not null) { writer.Write('_'); WriteChild(s.Subscript, Precedence.PlainScript, writer); }
                if (s.Superscript is not null) { writer.Write('^'); WriteChild(s.Superscript, Precedence.PlainScript, writer); }
                break;
            case MatrixNode m:
                writer.Write('[');
                for (int r = 0; r < m.Rows.Count; r++)
                {
                    if (r > 0) writer.Write(", ");
                    writer.Write('[');
                    WriteList(m.Rows[r], writer);
                    writer.Write(']');
                }
                writer.Write(']');
                break;
            case Fenced f:
                var (open, close) = f.Kind switch { FenceKind.Brackets => ("[", "]"), FenceKind.Norm => ("||", "||"), _ => ("(", ")") };
                writer.Write(open);
                Write(f.Inner, writer);
                writer.Write(close);
                break;
            case Sequence seq: WriteList(seq.Items, writer); break;
            case Application a:
                writer.Write(a.PlainName);
                writer.Write('(');
                WriteList(a.Arguments, writer);
                writer.Write(')');
                break;
            case Relation r:
                WriteChild(r.Left, Precedence.RelationOperand, writer);
                writer.Write(' ');
                writer.Write(RelationSymbol(r.Kind));
                writer.Write(' ');
                WriteChild(r.Right, Precedence.RelationOperand, writer);
                break;
            default: throw new ArgumentException($"The plain-text formatter does not know node type {node.GetType().Name}.", nameof(node));
        }
    }

    public static string RelationSymbol(RelationKind kind) => kind switch
    {
        RelationKind.Equal => "=",
        RelationKind.LessOrEqual => "<=",
        RelationKind.GreaterOrEqual => ">=",
        RelationKind.Less => "<",
        RelationKind.Greater => ">",
        RelationKind.Defined => ":=",
        RelationKind.ElementOf => "in",
        RelationKind.Maps => "->",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown relation."),
    };

    private void WriteChild(MathNode child, int minimum, TextWriter writer)
    {
        bool parenthesize = Precedence.NeedsParentheses(child, minimum);
        if (parenthesize) writer.Write('(');
        Write(child, writer);
        if (parenthesize) writer.Write(')');
    }

    private void WriteList(IReadOnlyList<MathNode> items, TextWriter writer)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) writer.Write(", ");
            Write(items[i], writer);
        }
    }
}

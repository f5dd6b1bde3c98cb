using System.Numerics;
using System.Text;
using EosVerify.Algebra;

namespace EosVerify.Smt;

/// <summary>
/// Writes SMT expressions as SMT-LIB2 text on one line, deterministically. Constants are exact: 3, (- 3), (/ 1 3),
/// (/ (- 1) 3) (numerals are Reals in QF_NRA). Powers become repeated products; empty conjunctions print as true.
/// </summary>
internal static class SmtPrinter
{
    public static string Print(SmtExpr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var builder = new StringBuilder();
        Write(expression, builder);
        return builder.ToString();
    }

    public static string Print(Rational value)
    {
        var builder = new StringBuilder();
        WriteConstant(value, builder);
        return builder.ToString();
    }

    private static void Write(SmtExpr expression, StringBuilder output)
    {
        switch (expression)
        {
            case SmtVariable variable: output.Append(variable.SmtName); break;
            case SmtConstant constant: WriteConstant(constant.Value, output); break;
            case SmtSum sum: WriteApplication("+", sum.Terms, output); break;
            case SmtDifference difference: WriteApplication("-", [difference.Left, difference.Right], output); break;
            case SmtNegation negation: WriteApplication("-", [negation.Operand], output); break;
            case SmtProduct product: WriteApplication("*", product.Factors, output); break;
            case SmtPower power: WritePower(power, output); break;
            case SmtComparison comparison: WriteApplication(RelationSymbol(comparison.Relation), [comparison.Left, comparison.Right], output); break;
            case SmtAnd and: WriteConnective("and", "true", and.Operands, output); break;
            case SmtOr or: WriteConnective("or", "false", or.Operands, output); break;
            case SmtNot not: WriteApplication("not", [not.Operand], output); break;
            case SmtBoolean boolean: output.Append(boolean.Value ? "true" : "false"); break;
            default: throw new ArgumentException($"Unknown SMT expression node {expression.GetType().Name}.", nameof(expression));
        }
    }

    private static void WriteConstant(Rational value, StringBuilder output)
    {
        if (value.IsInteger)
        {
            WriteInteger(value.Numerator, output);
            return;
        }
        output.Append("(/ ");
        WriteInteger(value.Numerator, output);
        output.Append(' ');
        WriteInteger(value.Denominator, output);
        output.Append(')');
    }

    private static void WriteInteger(BigInteger value, StringBuilder output)
    {
        if (value.Sign < 0) output.Append("(- ").Append((-value).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(')');
        else output.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void WritePower(SmtPower power, StringBuilder output)
    {
        switch (power.Exponent)
        {
            case 0: output.Append('1'); return;
            case 1: Write(power.Base, output); return;
        }
        output.Append("(*");
        for (int i = 0; i < power.Exponent; i++)
        {
            output.Append(' ');
            Write(power.Base, output);
        }
        output.Append(')');
    }

    private static void WriteConnective(string symbol, string unit, IReadOnlyList<SmtFormula> operands, StringBuilder output)
    {
        if (operands.Count == 0) output.Append(unit);
        else if (operands.Count == 1) Write(operands[0], output);
        else WriteApplication(symbol, operands, output);
    }

    private static void WriteApplication(string symbol, IReadOnlyList<SmtExpr> operands, StringBuilder output)
    {
        output.Append('(').Append(symbol);
        foreach (var operand in operands)
        {
            output.Append(' ');
            Write(operand, output);
        }
        output.Append(')');
    }

    private static string RelationSymbol(SmtRelation relation) => relation switch
    {
        SmtRelation.Equal => "=",
        SmtRelation.LessOrEqual => "<=",
        SmtRelation.Less => "<",
        SmtRelation.GreaterOrEqual => ">=",
        SmtRelation.Greater => ">",
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };

    /// <summary>Every variable in the expression, in first-occurrence order.</summary>
    internal static IEnumerable<SmtVariable> Variables(SmtExpr expression)
    {
        var stack = new Stack<SmtExpr>();
        stack.Push(expression);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is SmtVariable variable) { yield return variable; continue; }
            IEnumerable<SmtExpr> children = node switch
            {
                SmtSum sum => sum.Terms,
                SmtDifference difference => [difference.Left, difference.Right],
                SmtNegation negation => [negation.Operand],
                SmtProduct product => product.Factors,
                SmtPower power => [power.Base],
                SmtComparison comparison => [comparison.Left, comparison.Right],
                SmtAnd and => and.Operands,
                SmtOr or => or.Operands,
                SmtNot not => [not.Operand],
                _ => [],
            };
            foreach (var child in children.Reverse()) stack.Push(child);
        }
    }
}

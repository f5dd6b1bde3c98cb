using EosVerify.Algebra;

namespace EosVerify.Smt;

/// <summary>
/// Reads a <c>(get-model)</c> reply — <c>((define-fun x () Real v) ...)</c> or z3's older <c>(model ...)</c> —
/// into an <see cref="SmtModel"/>. Values built from numerals, decimals, unary/binary -, /, + and * are evaluated
/// exactly; anything else (root-obj algebraic numbers, Booleans) is kept as text. Definitions with arguments
/// (solver-internal functions) are skipped.
/// </summary>
internal static class ModelReader
{
    /// <exception cref="FormatException">The reply is not a model.</exception>
    public static SmtModel Read(SExpr reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply is not SList list) throw new FormatException($"Expected a model, got '{reply}'.");
        IEnumerable<SExpr> definitions = list.HasHead("model") ? list.Items.Skip(1) : list.Items;
        var values = new List<KeyValuePair<string, SmtValue>>();
        foreach (var definition in definitions)
        {
            if (definition is not SList { Count: 5 } define || !define.HasHead("define-fun") || define[1] is not SAtom name || define[2] is not SList arguments)
                throw new FormatException($"Expected (define-fun name () Sort value) in a model, got '{definition}'.");
            if (arguments.Count > 0) continue;
            var value = define[4];
            values.Add(new(name.Value, new SmtValue(value.ToString(), TryEvaluate(value))));
        }
        return new SmtModel(values);
    }

    /// <summary>The exact value of a rational SMT-LIB2 term, or null when it is not one.</summary>
    public static Rational? TryEvaluate(SExpr term)
    {
        switch (term)
        {
            case SAtom atom:
                return IsNumeral(atom.Raw) && Rational.TryParse(atom.Raw, out var number) ? number : null;
            case SList { Count: >= 2 } list when list[0] is SAtom head:
                var operands = new List<Rational>(list.Count - 1);
                for (int i = 1; i < list.Count; i++)
                {
                    var operand = TryEvaluate(list[i]);
                    if (operand is null) return null;
                    operands.Add(operand.Value);
                }
                return Apply(head.Raw, operands);
            default:
                return null;
        }
    }

    private static Rational? Apply(string symbol, List<Rational> operands)
    {
        switch (symbol)
        {
            case "-" when operands.Count == 1: return -operands[0];
            case "-": return operands.Skip(1).Aggregate(operands[0], (a, b) => a - b);
            case "+": return operands.Aggregate(Rational.Zero, (a, b) => a + b);
            case "*": return operands.Aggregate(Rational.One, (a, b) => a * b);
            case "/":
                var result = operands[0];
                foreach (var divisor in operands.Skip(1))
                {
                    if (divisor.IsZero) return null; // division by zero is uninterpreted in SMT-LIB2
                    result /= divisor;
                }
                return result;
            default: return null;
        }
    }

    // SMT-LIB2 NUMERAL or DECIMAL: digits, optionally '.' and digits. No sign, no exponent.
    private static bool IsNumeral(string text)
    {
        int dot = text.IndexOf('.');
        if (dot < 0) return text.Length > 0 && text.All(char.IsAsciiDigit);
        var whole = text[..dot];
        var fraction = text[(dot + 1)..];
        return whole.Length > 0 && fraction.Length > 0 && whole.All(char.IsAsciiDigit) && fraction.All(char.IsAsciiDigit);
    }
}

using EosVerify.Algebra;
using EosVerify.Smt;

namespace EosVerify.Tests.Catalogue;

/// <summary>
/// Re-checks a sat certificate without trusting the solver's "sat": every <c>(assert …)</c> of the saved file is
/// evaluated in exact rational arithmetic at the model's point (QF_NRA terms: numerals, decimals, + − * /, = &lt; ≤ &gt; ≥,
/// and/or/not). A model with an irrational (algebraic) value cannot be re-checked this way.
/// </summary>
internal static class CertificateModelCheck
{
    /// <summary>True when every assertion holds exactly at <paramref name="model"/>; null when the model is not all rational.</summary>
    public static bool? AllAssertionsHold(SmtScript script, SmtModel model)
    {
        if (!model.IsFullyRational) return null;
        var point = model.Values.ToDictionary(v => v.Key, v => v.Value.Exact!.Value);
        foreach (var command in SExprReader.ReadAll(script.Commands).OfType<SList>())
            if (command.HasHead("assert") && !Holds(command[1], point)) return false;
        return true;
    }

    private static bool Holds(SExpr formula, IReadOnlyDictionary<string, Rational> point)
    {
        if (formula is SAtom atom) return atom.Raw switch
        {
            "true" => true,
            "false" => false,
            _ => throw new FormatException($"unsupported atom formula {atom.Raw}"),
        };
        var list = (SList)formula;
        var head = ((SAtom)list[0]).Raw;
        var args = list.Items.Skip(1).ToList();
        switch (head)
        {
            case "and": return args.All(a => Holds(a, point));
            case "or": return args.Any(a => Holds(a, point));
            case "not": return !Holds(args[0], point);
        }
        var values = args.Select(a => Value(a, point)).ToList();
        Func<Rational, Rational, bool> relation = head switch
        {
            "=" => (x, y) => x == y,
            "<" => (x, y) => x < y,
            "<=" => (x, y) => x <= y,
            ">" => (x, y) => x > y,
            ">=" => (x, y) => x >= y,
            _ => throw new FormatException($"unsupported relation {head}"),
        };
        for (int i = 0; i + 1 < values.Count; i++)
            if (!relation(values[i], values[i + 1])) return false;
        return true;
    }

    private static Rational Value(SExpr term, IReadOnlyDictionary<string, Rational> point)
    {
        if (term is SAtom atom)
            return point.TryGetValue(atom.Raw, out var v) ? v
                : Rational.TryParse(atom.Raw, out var n) ? n
                : throw new FormatException($"unknown symbol {atom.Raw}");
        var list = (SList)term;
        var head = ((SAtom)list[0]).Raw;
        var args = list.Items.Skip(1).Select(a => Value(a, point)).ToList();
        return head switch
        {
            "+" => args.Aggregate(Rational.Zero, (s, x) => s + x),
            "*" => args.Aggregate(Rational.One, (s, x) => s * x),
            "-" when args.Count == 1 => -args[0],
            "-" => args.Skip(1).Aggregate(args[0], (s, x) => s - x),
            "/" => args.Skip(1).Aggregate(args[0], (s, x) => s / x),
            _ => throw new FormatException($"unsupported function {head}"),
        };
    }
}

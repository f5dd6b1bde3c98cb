using System.Text;

namespace EosVerify.Smt;

/// <summary>
/// Turns caller names into SMT-LIB2 simple symbols that every solver reads the same way: only [A-Za-z0-9_.],
/// not starting with a digit or '.', and not a reserved word or a QF_NRA/solver built-in name. Other characters
/// become '_'; clashes get a suffix _2, _3, ... in declaration order, so the renaming is deterministic.
/// </summary>
internal sealed class SmtSymbolNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        // SMT-LIB2 reserved words and core/real theory symbols, plus built-ins of z3 and cvc5 that would shadow.
        "BINARY", "DECIMAL", "HEXADECIMAL", "NUMERAL", "STRING", "_", "as", "exists", "forall", "let", "match", "par",
        "true", "false", "not", "and", "or", "xor", "ite", "distinct", "Bool", "Real", "Int", "abs", "div", "mod",
        "to_real", "to_int", "is_int", "pi", "euler", "e", "exp", "sin", "cos", "tan", "sqrt", "real", "model",
    };

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Assign(string name)
    {
        var candidate = Sanitise(name);
        if (_used.Add(candidate)) return candidate;
        for (int suffix = 2; ; suffix++)
        {
            var renamed = $"{candidate}_{suffix}";
            if (_used.Add(renamed)) return renamed;
        }
    }

    internal static string Sanitise(string name)
    {
        var builder = new StringBuilder(name.Length + 2);
        foreach (char c in name)
            builder.Append(IsAllowed(c) ? c : '_');
        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]) || builder[0] == '.') builder.Insert(0, "v_");
        var result = builder.ToString();
        return Reserved.Contains(result) ? result + "_" : result;
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.';
}

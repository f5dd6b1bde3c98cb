using System.Text;

namespace EosVerify.Smt;

/// <summary>
/// An S-expression as solvers print it: an atom (symbol, numeral, decimal, keyword, string literal) or a list.
/// <see cref="Start"/> and <see cref="End"/> locate it in the text it was read from.
/// </summary>
internal abstract class SExpr
{
    private protected SExpr(int start, int end) { Start = start; End = end; }

    public int Start { get; }
    public int End { get; }

    /// <summary>Compact one-line text: atoms as read (strings and |symbols| keep their quotes), lists space-separated.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Write(builder);
        return builder.ToString();
    }

    internal abstract void Write(StringBuilder builder);
}

internal sealed class SAtom : SExpr
{
    internal SAtom(string raw, int start, int end) : base(start, end) { Raw = raw; }

    /// <summary>The atom exactly as written.</summary>
    public string Raw { get; }

    public bool IsString => Raw.StartsWith('"');

    /// <summary>The symbol or string without its quoting (|a b| → a b, "x""y" → x"y); other atoms as written.</summary>
    public string Value => Raw switch
    {
        ['|', .. var inner, '|'] => inner,
        ['"', .. var inner, '"'] => inner.Replace("\"\"", "\""),
        _ => Raw,
    };

    public bool Is(string symbol) => Raw == symbol;

    internal override void Write(StringBuilder builder) => builder.Append(Raw);
}

internal sealed class SList : SExpr
{
    internal SList(IReadOnlyList<SExpr> items, int start, int end) : base(start, end) { Items = items; }

    public IReadOnlyList<SExpr> Items { get; }

    public int Count => Items.Count;
    public SExpr this[int index] => Items[index];

    /// <summary>True when the first item is the atom <paramref name="head"/>.</summary>
    public bool HasHead(string head) => Items.Count > 0 && Items[0] is SAtom atom && atom.Raw == head;

    internal override void Write(StringBuilder builder)
    {
        builder.Append('(');
        for (int i = 0; i < Items.Count; i++)
        {
            if (i > 0) builder.Append(' ');
            Items[i].Write(builder);
        }
        builder.Append(')');
    }
}

using System.Numerics;

namespace EosVerify.Derivation.Latex;

/// <summary>
/// The layout tree printers work on: the first stage turns polynomials and formulas into these nodes, the second
/// (a formatter) writes them as LaTeX or plain text. Signs are nodes (<see cref="Negated"/>), never text, and no
/// node carries parentheses: formatters add them from <see cref="Precedence"/>.
/// </summary>
internal abstract record MathNode;

/// <summary>A non-negative integer; negative numbers are <see cref="Negated"/> numbers.</summary>
internal sealed record Number : MathNode
{
    public Number(BigInteger value)
    {
        if (value.Sign < 0) throw new ArgumentOutOfRangeException(nameof(value), $"Number nodes are non-negative (got {value}); wrap the magnitude in a Negated node.");
        Value = value;
    }

    public BigInteger Value { get; }
}

/// <summary>
/// An atom written as given: its LaTeX text (e.g. "x", "\eta", "W^{(1)}_{12}") and its plain-text name.
/// <see cref="Compound"/> marks LaTeX that may carry its own scripts (symbols from a caller's symbol map): such a
/// symbol is grouped in braces when it gets a power or script, {W^{(1)}_{12}}^{2}, which avoids a double superscript.
/// </summary>
internal sealed record Symbol(string Latex, string Plain) : MathNode
{
    public bool Compound { get; init; }

    public static Symbol Of(string name) => new(name, name);

    public static Symbol Opaque(string latex, string plain) => new(latex, plain) { Compound = true };
}

/// <summary>Upright words in math, e.g. a subscript label: \text{…} in LaTeX.</summary>
internal sealed record TextNode(string Text) : MathNode;

internal sealed record Negated(MathNode Operand) : MathNode;

/// <summary>Terms added in order; a <see cref="Negated"/> term is written as a subtraction.</summary>
internal sealed record Sum(IReadOnlyList<MathNode> Terms) : MathNode
{
    /// <summary>The terms with nested sums spliced in (a + (−b + c) is written a − b + c, never a + −b + c).</summary>
    public IReadOnlyList<MathNode> FlatTerms() => Terms.Any(t => t is Sum) ? Terms.SelectMany(t => t is Sum s ? s.FlatTerms() : [t]).ToList() : Terms;
}

/// <summary>Factors multiplied in order, by juxtaposition in LaTeX.</summary>
internal sealed record Product(IReadOnlyList<MathNode> Factors) : MathNode
{
    /// <summary>The factors with nested products spliced in, so that separators see the real neighbours.</summary>
    public IReadOnlyList<MathNode> FlatFactors() => Factors.Any(f => f is Product) ? Factors.SelectMany(f => f is Product p ? p.FlatFactors() : [f]).ToList() : Factors;
}

internal sealed record Fraction(MathNode Numerator, MathNode Denominator) : MathNode;

internal sealed record Power(MathNode Base, MathNode Exponent) : MathNode;

/// <summary>A base with a subscript and/or superscript that is a label, not a power: W_{k}, A_{k}^{\top}.</summary>
internal sealed record Scripted(MathNode Base, MathNode? Subscript, MathNode? Superscript) : MathNode;

/// <summary>Items separated by commas, e.g. inside a <see cref="Fenced"/> tuple.</summary>
internal sealed record Sequence(IReadOnlyList<MathNode> Items) : MathNode;

internal enum FenceKind { Parentheses, Brackets, Norm }

/// <summary>
/// Delimiters that are notation, not grouping: (S_xx)_12 for an entry, [Δ, Δ], ‖WX − Y‖. Grouping parentheses are
/// never nodes; formatters derive them from <see cref="Precedence"/>.
/// </summary>
internal sealed record Fenced(MathNode Inner, FenceKind Kind) : MathNode;

internal enum MatrixDelimiter { Parentheses, Brackets }

internal sealed record MatrixNode(IReadOnlyList<IReadOnlyList<MathNode>> Rows, MatrixDelimiter Delimiter = MatrixDelimiter.Parentheses) : MathNode;

/// <summary>A named function applied to arguments, e.g. tr(X), det(I − ηH). <see cref="LatexName"/> is a command.</summary>
internal sealed record Application(string LatexName, string PlainName, IReadOnlyList<MathNode> Arguments) : MathNode;

internal enum RelationKind { Equal, LessOrEqual, GreaterOrEqual, Less, Greater, Defined, Maps, ElementOf }

internal sealed record Relation(MathNode Left, RelationKind Kind, MathNode Right) : MathNode;

/// <summary>Builders that keep call sites short.</summary>
internal static class Nodes
{
    public static MathNode Int(BigInteger value) => value.Sign < 0 ? new Negated(new Number(-value)) : new Number(value);
    public static MathNode Sym(string name) => Symbol.Of(name);
    public static MathNode Sym(string latex, string plain) => new Symbol(latex, plain);
    public static MathNode Add(params MathNode[] terms) => new Sum(terms);
    public static MathNode Mul(params MathNode[] factors) => new Product(factors);
    public static MathNode Neg(MathNode operand) => new Negated(operand);
    public static MathNode Frac(MathNode numerator, MathNode denominator) => new Fraction(numerator, denominator);
    public static MathNode Pow(MathNode @base, MathNode exponent) => new Power(@base, exponent);
    public static MathNode Sub(MathNode @base, MathNode subscript) => new Scripted(@base, subscript, null);
    public static MathNode Sup(MathNode @base, MathNode superscript) => new Scripted(@base, null, superscript);
    public static MathNode Eq(MathNode left, MathNode right) => new Relation(left, RelationKind.Equal, right);
    public static MathNode Apply(string latexName, string plainName, params MathNode[] arguments) => new Application(latexName, plainName, arguments);
}

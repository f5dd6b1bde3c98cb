namespace EosVerify.Derivation.Latex;

/// <summary>
/// The one precedence table. A formatter wraps a child in parentheses exactly when the child's precedence is below
/// the minimum its position asks for; positions (sum term, factor, power base, …) are named here too, so LaTeX and
/// plain text agree wherever their notation does.
/// </summary>
internal static class Precedence
{
    public const int Relational = 0;
    public const int Additive = 10;
    public const int Negation = 20;
    public const int Multiplicative = 30;
    public const int Exponential = 40;
    public const int Atom = 100;

    public static int Of(MathNode node) => node switch
    {
        Relation or Sequence => Relational,
        Sum => Additive,
        Negated => Negation,
        Product => Multiplicative,
        Fraction => Multiplicative, // a/b in plain text; \frac as a power base needs parentheses too
        Power => Exponential,
        Scripted { Superscript: not null } => Exponential, // W^T written with ^, so (W^T)^2
        _ => Atom,
    };

    /// <summary>Either side of =, ≤, ….</summary>
    public const int RelationOperand = Additive;

    /// <summary>A term of a sum: nested sums need no parentheses; negated terms are written as subtraction.</summary>
    public const int SumTerm = Additive;

    /// <summary>What follows a minus sign: −x, −3x, −½x, but −(a + b) and −(−x).</summary>
    public const int NegationOperand = Multiplicative;

    /// <summary>A factor of a product: x(a + b), x(−y).</summary>
    public const int Factor = Multiplicative;

    public const int PowerBase = Exponential + 1;

    /// <summary>Plain text a/b: the numerator may be a product, the denominator must be tighter (a/(b c)).</summary>
    public const int PlainNumerator = Multiplicative;
    public const int PlainDenominator = Exponential;

    /// <summary>Plain text exponents and scripts: x^(n+1), W_(k+1).</summary>
    public const int PlainScript = Atom;

    public static bool NeedsParentheses(MathNode child, int minimum) => Of(child) < minimum;
}

using EosVerify.Algebra;

namespace EosVerify.Derivation.Latex;

/// <summary>
/// First printer stage for polynomials: terms (in the polynomial's order) → layout nodes. Coefficients ±1 are
/// omitted before a monomial, integers are plain numbers, other rationals are fractions; signs become
/// <see cref="Negated"/> nodes.
/// </summary>
internal static class PolynomialLayout
{
    /// <summary>The whole polynomial: a <see cref="Sum"/>, a single term, or the number 0 when there are no terms.</summary>
    public static MathNode ToNode(IEnumerable<PolynomialTerm> terms, PrinterOptions options)
    {
        var nodes = TermNodes(terms, options);
        return nodes.Count switch
        {
            0 => new Number(0),
            1 => nodes[0],
            _ => new Sum(nodes),
        };
    }

    /// <summary>One node per term, in order (empty for the zero polynomial).</summary>
    public static IReadOnlyList<MathNode> TermNodes(IEnumerable<PolynomialTerm> terms, PrinterOptions options)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(options);
        return terms.Select(t => TermNode(t, options)).ToList();
    }

    public static MathNode TermNode(PolynomialTerm term, PrinterOptions options)
    {
        if (term.Coefficient.IsZero) throw new ArgumentException("A polynomial term has coefficient 0; terms must have nonzero coefficients.", nameof(term));
        var monomial = Monomial(term.Factors ?? [], options);
        var magnitude = term.Coefficient.Abs();
        MathNode unsigned = monomial.Count == 0 ? RationalMagnitude(magnitude)
            : magnitude == Rational.One ? Single(monomial)
            : magnitude.IsInteger ? new Product([new Number(magnitude.Numerator), .. monomial])
            : options.FoldFractionCoefficients
                ? new Fraction(magnitude.Numerator.IsOne ? Single(monomial) : new Product([new Number(magnitude.Numerator), .. monomial]), new Number(magnitude.Denominator))
                : new Product([RationalMagnitude(magnitude), .. monomial]);
        return term.Coefficient.Sign < 0 ? new Negated(unsigned) : unsigned;
    }

    /// <summary>An exact rational as a node: 3, −3, \frac{1}{2}, −\frac{1}{2}.</summary>
    public static MathNode RationalNode(Rational value)
    {
        var magnitude = RationalMagnitude(value.Abs());
        return value.Sign < 0 ? new Negated(magnitude) : magnitude;
    }

    private static MathNode RationalMagnitude(Rational nonNegative) =>
        nonNegative.IsInteger ? new Number(nonNegative.Numerator)
                              : new Fraction(new Number(nonNegative.Numerator), new Number(nonNegative.Denominator));

    private static List<MathNode> Monomial(IReadOnlyList<VariablePower> factors, PrinterOptions options)
    {
        var nodes = new List<MathNode>(factors.Count);
        foreach (var (variable, exponent) in factors)
        {
            if (variable < 0) throw new ArgumentException($"Variable index {variable} is negative.", nameof(factors));
            if (exponent < 1) throw new ArgumentException($"Variable {variable} has exponent {exponent}; monomial factors have exponents of at least 1.", nameof(factors));
            var symbol = Symbol.Opaque(options.LatexSymbol(variable), options.PlainSymbol(variable));
            nodes.Add(exponent == 1 ? symbol : new Power(symbol, new Number(exponent)));
        }
        return nodes;
    }

    private static MathNode Single(List<MathNode> factors) => factors.Count == 1 ? factors[0] : new Product(factors);
}

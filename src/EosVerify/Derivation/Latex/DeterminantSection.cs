using System.Globalization;
using EosVerify.Algebra;
using static EosVerify.Derivation.Latex.Nodes;

namespace EosVerify.Derivation.Latex;

/// <summary>
/// det(I − ηH(θ)) in a derivation. Grouped by powers of η, det(I − ηH) = Σ_k c_k(θ) η^k (c_0 = 1, c_1 = −tr H(θ)).
/// A determinant of at most <see cref="MaxInlineTerms"/> terms is printed whole in the main document; a longer one
/// (2-2-1 has 459, about 13 pages) gets a compact form there — the term count and θ-degree of every c_k, and the
/// leading coefficients c_0, c_1 — and the full polynomial, coefficient by coefficient, goes to an appendix document.
/// </summary>
internal sealed class DeterminantSection
{
    /// <summary>Longest determinant printed whole in the main document.</summary>
    public const int MaxInlineTerms = 60;

    /// <summary>The leading coefficients c_0, …, c_{n−1} shown in the compact form, each if it has at most <see cref="MaxInlineTerms"/> terms.</summary>
    public const int LeadingCoefficients = 2;

    private readonly IReadOnlyList<PolynomialTerm> _terms;
    private readonly int _eta;
    private readonly PrinterOptions _options;
    private readonly SortedDictionary<int, List<PolynomialTerm>> _byEtaPower = [];

    public DeterminantSection(IEnumerable<PolynomialTerm> terms, int etaVariable, PrinterOptions options)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(options);
        _terms = terms.ToList();
        _eta = etaVariable;
        _options = options;
        foreach (var term in _terms)
        {
            int power = term.Factors.Where(f => f.Variable == _eta).Select(f => f.Exponent).SingleOrDefault();
            if (!_byEtaPower.TryGetValue(power, out var group)) _byEtaPower[power] = group = [];
            group.Add(new PolynomialTerm(term.Coefficient, term.Factors.Where(f => f.Variable != _eta).ToList()));
        }
    }

    /// <summary>True when the main document shows the compact form and the full polynomial needs the appendix.</summary>
    public bool NeedsAppendix => _terms.Count > MaxInlineTerms;

    public int TermCount => _terms.Count;

    /// <summary>The coefficients c_k(θ) of η^k, ascending in k (powers with no terms are absent).</summary>
    public IReadOnlyDictionary<int, List<PolynomialTerm>> Coefficients => _byEtaPower;

    private static MathNode Det() => new Application(@"\det", "det", [Add(Sub(Sym("I"), Sym("P")), Neg(Mul(Sym(@"\eta", "eta"), Sym("H"))))]);

    private static MathNode C(int k) => Sub(Sym("c"), Int(k));

    private static string Text(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static int ThetaDegree(IEnumerable<PolynomialTerm> terms) => terms.Select(t => t.Factors.Sum(f => f.Exponent)).DefaultIfEmpty(0).Max();

    /// <summary>The blocks of the main document; <paramref name="appendixName"/> names the appendix files (without extension).</summary>
    public IReadOnlyList<Block> MainBlocks(string appendixName)
    {
        var blocks = new List<Block> { new Heading(2, "Determinant of the GD-map Jacobian") };
        if (!NeedsAppendix)
        {
            blocks.Add(DisplayMath.Of(Equation.Eq(Det(), PolynomialLayout.ToNode(_terms, _options))));
            return blocks;
        }
        int etaDegree = _byEtaPower.Keys.Max();
        blocks.Add(Paragraph.Of(Det(), $" has {Text(TermCount)} terms, of degree {Text(etaDegree)} in ", Sym(@"\eta", "eta"),
            $" and {Text(_byEtaPower.Values.Max(ThetaDegree))} in ",
            Sym(@"\theta", "theta"), ". By powers of ", Sym(@"\eta", "eta"), ", ",
            Eq(Det(), Mul(Sym(@"\sum_{k=0}", "sum_k"), Sub(Sym("c"), Sym("k")), Sup(Sym(@"\eta", "eta"), Sym("k")))),
            " with ", Eq(C(0), Int(1)), " and ", Eq(C(1), Neg(Apply(@"\operatorname{tr}", "tr", Sym("H")))), ":"));
        blocks.Add(new BulletList(_byEtaPower.Select(pair => (IReadOnlyList<Inline>)[
            C(pair.Key), $": {Text(pair.Value.Count)} term{(pair.Value.Count == 1 ? "" : "s")} of degree at most {Text(ThetaDegree(pair.Value))} in ",
            Sym(@"\theta", "theta")]).ToList()));
        var leading = _byEtaPower.Where(p => p.Key < LeadingCoefficients && p.Value.Count <= MaxInlineTerms).ToList();
        if (leading.Count > 0)
        {
            blocks.Add(Paragraph.Of("The leading coefficients:"));
            blocks.Add(new DisplayMath(leading.Select(p => Equation.Eq(C(p.Key), PolynomialLayout.ToNode(p.Value, _options))).ToList()));
        }
        blocks.Add(Paragraph.Of($"The full polynomial, coefficient by coefficient, is in {appendixName}.tex ({appendixName}.md, and {appendixName}.pdf when compiled) next to this document."));
        return blocks;
    }

    /// <summary>The appendix: every c_k(θ) in full.</summary>
    public Document Appendix(string networkTitle)
    {
        var blocks = new List<Block>
        {
            Paragraph.Of("Appendix to the derivation for ", networkTitle, ": ",
                Eq(Det(), Mul(Sym(@"\sum_{k}", "sum_k"), Sub(Sym("c"), Sym("k")), Sup(Sym(@"\eta", "eta"), Sym("k")))),
                $", {Text(TermCount)} terms in all, with exact rational coefficients."),
        };
        foreach (var (power, terms) in _byEtaPower)
        {
            blocks.Add(new Heading(1, $"Power {Text(power)} of the step size ({Text(terms.Count)} term{(terms.Count == 1 ? "" : "s")})"));
            blocks.Add(DisplayMath.Of(Equation.Eq(C(power), PolynomialLayout.ToNode(terms, _options))));
        }
        return new Document($"Determinant of the GD-map Jacobian for the linear network {networkTitle}", blocks);
    }
}

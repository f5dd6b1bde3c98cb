using System.Globalization;
using System.Numerics;
using EosVerify.Algebra;
using EosVerify.Networks;
using static EosVerify.Derivation.Latex.Nodes;

namespace EosVerify.Derivation.Latex;

/// <summary>
/// Builds the derivation document of MATH.md §1–2 for one problem: setting, loss in moment form, per-layer
/// gradients, the Hessian bilinear form, the GD map and its Jacobian, and (for P ≤ 12, when supplied) the expanded
/// polynomials. The same <see cref="Document"/> renders as LaTeX (<see cref="ToLatex"/>) and Markdown (<see cref="ToMarkdown"/>).
/// </summary>
internal sealed class DerivationDocument
{
    /// <summary>Expanded sections are printed only up to this many parameters.</summary>
    public const int MaxExpandedParameters = 12;

    /// <summary>Weight matrices up to this size are shown entry by entry in the layout section.</summary>
    private const int MaxShownLayerSide = 6;

    private readonly DerivationSetting _setting;
    private readonly ExpandedPolynomials _expanded;
    private readonly PrinterOptions _options;
    private readonly ParameterLayout _layout;

    public DerivationDocument(DerivationSetting setting, ExpandedPolynomials? expanded = null, PrinterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(setting);
        setting.Validate();
        _setting = setting;
        _expanded = expanded ?? new ExpandedPolynomials();
        _layout = new Architecture(setting.Widths).Layout;
        _options = options ?? DefaultOptions(_layout, _expanded.EtaVariable ?? setting.ParameterCount);
        _options.Validate();
        ValidateExpanded();
    }

    /// <summary>Symbols W^{(k)}_{ij} for θ's entries (ParameterNames) and η for <paramref name="etaVariable"/>.</summary>
    public static PrinterOptions DefaultOptions(ParameterLayout layout, int etaVariable)
    {
        ArgumentNullException.ThrowIfNull(layout);
        int count = layout.ParameterCount;
        if (etaVariable >= 0 && etaVariable < count) throw new ArgumentOutOfRangeException(nameof(etaVariable), $"η's variable index {etaVariable} collides with θ's indices 0..{count - 1}.");
        return new PrinterOptions
        {
            LatexSymbol = i => i == etaVariable ? ParameterNames.EtaLatex : i >= 0 && i < count ? ParameterNames.Latex(layout, i)
                : throw new ArgumentOutOfRangeException(nameof(i), $"Variable {i} is neither a parameter (0..{count - 1}) nor η ({etaVariable})."),
            PlainSymbol = i => i == etaVariable ? ParameterNames.Eta : i >= 0 && i < count ? ParameterNames.Plain(layout, i)
                : throw new ArgumentOutOfRangeException(nameof(i), $"Variable {i} is neither a parameter (0..{count - 1}) nor η ({etaVariable})."),
        };
    }

    public PrinterOptions Options => _options;

    public string ToLatex() => new LatexDocumentWriter(_options).Write(Build());

    public string ToMarkdown() => new MarkdownDocumentWriter(_options).Write(Build());

    /// <summary>File name (without extension) of the appendix that holds a long det(I − ηH) in full.</summary>
    public const string DeterminantAppendixName = "derivation-determinant";

    /// <summary>The expanded det(I − ηH), when supplied.</summary>
    public DeterminantSection? Determinant => _determinant ??= _expanded.GdJacobianDeterminant is { } terms
        ? new DeterminantSection(terms, _expanded.EtaVariable ?? P, _options) : null;

    private DeterminantSection? _determinant;

    /// <summary>The appendix document with det(I − ηH) in full, or null when the main document prints it whole (or has none).</summary>
    public Document? DeterminantAppendix() => Determinant is { NeedsAppendix: true } d ? d.Appendix(NetworkTitle) : null;

    public string? DeterminantAppendixLatex() => DeterminantAppendix() is { } appendix ? new LatexDocumentWriter(_options).Write(appendix) : null;

    public string? DeterminantAppendixMarkdown() => DeterminantAppendix() is { } appendix ? new MarkdownDocumentWriter(_options).Write(appendix) : null;

    private string NetworkTitle => string.Join("-", _setting.Widths.Select(Text)) + (string.IsNullOrWhiteSpace(_setting.Name) ? "" : $" ({_setting.Name})");

    public Document Build()
    {
        var blocks = new List<Block>();
        Setting(blocks);
        Loss(blocks);
        Gradients(blocks);
        Hessian(blocks);
        GdMap(blocks);
        Expanded(blocks);
        return new Document($"Derivation for the linear network {NetworkTitle}", blocks);
    }

    private int Depth => _setting.Depth;
    private int P => _setting.ParameterCount;

    // ---- sections -------------------------------------------------------------------------------------------

    private void Setting(List<Block> blocks)
    {
        var widths = _setting.Widths;
        blocks.Add(new Heading(1, "Setting"));
        blocks.Add(Paragraph.Of("A linear network with ", Eq(Sym("L"), Int(Depth)), " weight matrices and widths ",
            Eq(new Fenced(Comma(Enumerable.Range(0, widths.Count).Select(k => Sub(Sym("d"), Int(k)))), FenceKind.Parentheses),
               new Fenced(Comma(widths.Select(w => Int(w))), FenceKind.Parentheses)),
            " maps an input ", In(Sym("x"), Real(Sub(Sym("d"), Int(0)))), " to ", Mul(W(), Sym("x")), ", where ",
            Eq(W(), ChainOrIdentity(Depth, 1)), " and ", In(Sub(Sym("W"), Sym("k")), Real(Mul(Sub(Sym("d"), Sym("k")), Sym(@"\times", "x"), Sub(Sym("d"), Add(Sym("k"), Neg(Int(1))))))),
            "."));

        blocks.Add(new Heading(2, "Parameter layout"));
        var offsets = Enumerable.Range(1, Depth).Select(k => Eq(Sub(Sym("o"), Int(k)), Int(_layout.Offset(k)))).ToArray();
        blocks.Add(Paragraph.Of("The parameter vector ", In(Theta(), Real(Sym("P"))), ", ", Eq(Sym("P"), Int(P)),
            ", concatenates the weight matrices, each row-major: entry ", new Fenced(Comma([Sym("i"), Sym("j")]), FenceKind.Parentheses),
            " of ", Sub(Sym("W"), Sym("k")), " is ",
            Sub(Sym(@"\theta", "theta"), Add(Sub(Sym("o"), Sym("k")), Mul(Fence(Add(Sym("i"), Neg(Int(1)))), Sub(Sym("d"), Add(Sym("k"), Neg(Int(1))))), Sym("j"))),
            ", with offsets ", Comma(offsets), " (", Sym("i"), ", ", Sym("j"), " and the index of ", Theta(), " counted from 1); that entry is written ",
            Symbol.Opaque(@"W^{(k)}_{ij}", "w{k}_{i}_{j}"), "."));
        var layers = new List<Equation>();
        var large = new List<Block>();
        for (int k = 1; k <= Depth; k++)
        {
            int rows = _layout.Rows(k), columns = _layout.Columns(k);
            if (rows <= MaxShownLayerSide && columns <= MaxShownLayerSide)
                layers.Add(Equation.Eq(W(k), new MatrixNode(Enumerable.Range(0, rows)
                    .Select(i => (IReadOnlyList<MathNode>)Enumerable.Range(0, columns).Select(j => ParameterSymbol(_layout.Index(k, i, j))).ToList()).ToList())));
            else
                large.Add(Paragraph.Of(W(k), $" is {Text(rows)} by {Text(columns)}; its entries are ",
                    Sub(Sym(@"\theta", "theta"), Int(_layout.Offset(k) + 1)), " to ", Sub(Sym(@"\theta", "theta"), Int(_layout.Offset(k) + rows * columns)), "."));
        }
        if (layers.Count > 0) blocks.Add(new DisplayMath(layers));
        blocks.AddRange(large);

        blocks.Add(new Heading(2, "Data moments"));
        var n = _setting.SampleCount;
        blocks.Add(Paragraph.Of("With inputs ", In(Sym("X"), Real(Mul(Sub(Sym("d"), Int(0)), Sym(@"\times", "x"), Sym("n")))),
            " (one sample per column) and targets ", In(Sym("Y"), Real(Mul(Sub(Sym("d"), Sym("L")), Sym(@"\times", "x"), Sym("n")))),
            ", every quantity depends on the data only through ",
            Eq(Sxx(), Frac(Mul(Sym("X"), T(Sym("X"))), Sym("n"))), ", ", Eq(Syx(), Frac(Mul(Sym("Y"), T(Sym("X"))), Sym("n"))), " and ",
            Eq(Syy(), Frac(Mul(Sym("Y"), T(Sym("Y"))), Sym("n"))),
            n is null ? "." : ", here with ", n is null ? "" : Eq(Sym("n"), Int(n.Value)), n is null ? "" : "."));
        MomentMatrix(blocks, Sxx(), _setting.Sxx);
        MomentMatrix(blocks, Syx(), _setting.Syx);
        MomentMatrix(blocks, Syy(), _setting.Syy);
    }

    private void Loss(List<Block> blocks)
    {
        var c = _setting.LossFactor;
        blocks.Add(new Heading(1, "Loss in moment form"));
        var norm = new Scripted(new Fenced(Add(Mul(W(), Sym("X")), Neg(Sym("Y"))), FenceKind.Norm), Sym("F"), Int(2)); // ‖·‖_F^2 typeset as one
        blocks.Add(Paragraph.Of($"The {_setting.LossScaleName} loss is ",
            Eq(LossOf(), Mul(Frac(Int(c.Numerator), c.Denominator.IsOne ? Sym("n") : Mul(Int(c.Denominator), Sym("n"))), norm)),
            ", that is, in terms of the moments,"));
        blocks.Add(DisplayMath.Of(Equation.Eq(LossOf(), Scaled(c, Add(
            Tr(Mul(W(), Sxx(), T(W()))), Neg(Mul(Int(2), Tr(Mul(Syx(), T(W()))))), Tr(Syy()))))));
        blocks.Add(Paragraph.Of("Conventions: the default half-mean loss has ", Eq(Sym("c"), Frac(Int(1), Int(2))),
            " in ", Eq(Sym("L"), Mul(Sym("c"), new Fenced(Add(Tr(Mul(W(), Sxx(), T(W()))), Neg(Mul(Int(2), Tr(Mul(Syx(), T(W()))))), Tr(Syy())), FenceKind.Brackets))),
            "; the mean convention has ", Eq(Sym("c"), Int(1)), ", which doubles ", Sym("L"), ", ", Mul(Sym(@"\nabla", "grad"), Sym("L")), " and ", Sym("H"),
            " and halves the critical step size ", Eq(Sup(Sym(@"\eta", "eta"), Sym("*")), Frac(Int(2), Sub(Sym("S"), TextLabel("min")))),
            ". This document uses ", Eq(Sym("c"), PolynomialLayout.RationalNode(c)), "."));
    }

    private void Gradients(List<Block> blocks)
    {
        blocks.Add(new Heading(1, "Gradients"));
        blocks.Add(Paragraph.Of("Write ", Eq(Sub(Sym("A"), Sym("k")), Mul(Sub(Sym("W"), Sym("L")), Dots(), Sub(Sym("W"), Add(Sym("k"), Int(1))))),
            " (", Eq(Sub(Sym("A"), Sym("L")), Sym("I")), "), ", Eq(Sub(Sym("B"), Sym("k")), Mul(Sub(Sym("W"), Add(Sym("k"), Neg(Int(1)))), Dots(), W(1))),
            " (", Eq(Sub(Sym("B"), Int(1)), Sym("I")), "), so that ", Eq(W(), Mul(Sub(Sym("A"), Sym("k")), Sub(Sym("W"), Sym("k")), Sub(Sym("B"), Sym("k")))),
            ", and the residual ", Eq(ResidualG(), Add(Mul(W(), Sxx()), Neg(Syx()))), ". Then"));
        blocks.Add(DisplayMath.Of(Equation.Eq(Mul(Nabla(Sub(Sym("W"), Sym("k"))), Sym("L")),
            Scaled(2 * _setting.LossFactor, Mul(T(Sub(Sym("A"), Sym("k"))), ResidualG(), T(Sub(Sym("B"), Sym("k"))))))));
        blocks.Add(Paragraph.Of($"For this network ({Text(Depth)} layer{(Depth == 1 ? "" : "s")}):"));
        var perLayer = new List<Equation>();
        for (int k = 1; k <= Depth; k++)
        {
            var factors = new List<MathNode>();
            for (int j = k + 1; j <= Depth; j++) factors.Add(T(W(j)));
            factors.Add(ResidualG());
            for (int j = 1; j < k; j++) factors.Add(T(W(j)));
            perLayer.Add(Equation.Eq(Mul(Nabla(W(k)), Sym("L")), Scaled(2 * _setting.LossFactor, ProductOf(factors))));
        }
        blocks.Add(new DisplayMath(perLayer));
        blocks.Add(Paragraph.Of("The gradient ", Mul(Nabla(Theta()), Sym("L")), " lists the entries of ",
            ListOf(Enumerable.Range(1, Depth).Select(k => Mul(Nabla(W(k)), Sym("L"))).ToList()), " in the row-major layout of ", Theta(), "."));
    }

    private void Hessian(List<Block> blocks)
    {
        blocks.Add(new Heading(1, "Hessian bilinear form"));
        blocks.Add(Paragraph.Of("Along a direction ", Eq(Sym(@"\Delta", "D"), new Fenced(ListOf(Enumerable.Range(1, Depth).Select(Delta).ToList()), FenceKind.Parentheses)),
            " the first and second differentials of the product are"));
        var dWTerms = new List<MathNode>();
        for (int k = Depth; k >= 1; k--) dWTerms.Add(ProductOf([.. Chain(Depth, k + 1), Delta(k), .. Chain(k - 1, 1)]));
        var d2WTerms = new List<MathNode>();
        for (int k = Depth; k >= 1; k--)
            for (int j = k - 1; j >= 1; j--)
                d2WTerms.Add(ProductOf([.. Chain(Depth, k + 1), Delta(k), .. Chain(k - 1, j + 1), Delta(j), .. Chain(j - 1, 1)]));
        blocks.Add(DisplayMath.Of(
            Equation.Eq(DW(), SumOf(dWTerms)),
            Equation.Eq(D2W(), d2WTerms.Count == 0 ? Int(0) : Mul(Int(2), SumOf(d2WTerms)))));
        blocks.Add(Paragraph.Of("(in general ", Eq(DW(), Mul(Sym(@"\sum_{k}", "sum_k"), Sub(Sym("A"), Sym("k")), Sub(Sym(@"\Delta", "D"), Sym("k")), Sub(Sym("B"), Sym("k")))),
            " and ", Eq(D2W(), Mul(Int(2), Sym(@"\sum_{j<k}", "sum_{j<k}"), Sub(Sym("W"), Sym("L")), Dots(), Sub(Sym("W"), Add(Sym("k"), Int(1))), Sub(Sym(@"\Delta", "D"), Sym("k")),
                Sub(Sym("W"), Add(Sym("k"), Neg(Int(1)))), Dots(), Sub(Sym("W"), Add(Sym("j"), Int(1))), Sub(Sym(@"\Delta", "D"), Sym("j")),
                Sub(Sym("W"), Add(Sym("j"), Neg(Int(1)))), Dots(), W(1))),
            "). The Hessian ", Eq(Sym("H"), Mul(Pow(Sym(@"\nabla", "grad"), Int(2)), Sym("L"))),
            " is the symmetric ", Mul(Sym("P"), Sym(@"\times", "x"), Sym("P")), " matrix of the quadratic form"));
        blocks.Add(DisplayMath.Of(Equation.Eq(SecondDifferential(), Scaled(2 * _setting.LossFactor, Add(
            Tr(Mul(DW(), Sxx(), T(DW()))), Tr(Mul(ResidualG(), T(D2W()))))))));
        blocks.Add(Paragraph.Of("in the layout of ", Theta(), ": the first trace is the Gauss", "\u2013",
            "Newton term, the second the residual term. At a global minimizer with ", Sxx(), " positive definite and an unconstrained product, ",
            Eq(ResidualG(), Int(0)), ", so ", Sym("H"), " is the Gauss", "\u2013", "Newton term alone.",
            Depth == 1 ? " With one layer the product is linear: " : "", Depth == 1 ? Eq(D2W(), Int(0)) : "", Depth == 1 ? " and H is constant." : ""));
    }

    private void GdMap(List<Block> blocks)
    {
        var eta = Sym(@"\eta", "eta");
        blocks.Add(new Heading(1, "Gradient-descent map and its Jacobian"));
        blocks.Add(Paragraph.Of("With step size ", Sym(@"\eta", "eta"), " the gradient-descent map and its Jacobian are"));
        blocks.Add(DisplayMath.Of(
            Equation.Eq(new Application(@"G_{\eta}", "G_eta", [Theta()]), Add(Theta(), Neg(Mul(eta, Nabla(Theta()), LossOf())))),
            Equation.Eq(new Application(@"DG_{\eta}", "DG_eta", [Theta()]), Add(Sub(Sym("I"), Sym("P")), Neg(Mul(eta, new Application("H", "H", [Theta()])))))));
        blocks.Add(Paragraph.Of("(", Sub(Sym("G"), Sym(@"\eta", "eta")), " is the map, not the residual ", ResidualG(), "). ",
            "The loss has degree ", Int(2 * Depth), " in ", Theta(), ", the Hessian entries degree ", Int(2 * Depth - 2),
            ", and ", new Application(@"\det", "det", [Add(Sym("I"), Neg(Mul(eta, Sym("H"))))]), " is a polynomial in ", Theta(), " and ", eta,
            ". The map is non-singular exactly when this determinant is not identically zero."));
    }

    private void Expanded(List<Block> blocks)
    {
        if (_expanded.IsEmpty) return;
        blocks.Add(new Heading(1, "Expanded polynomials"));
        if (P > MaxExpandedParameters)
        {
            blocks.Add(Paragraph.Of($"Omitted: P = {Text(P)} parameters; expanded polynomials are printed for P up to {Text(MaxExpandedParameters)}."));
            return;
        }
        blocks.Add(Paragraph.Of("All coefficients are exact rationals computed from the moments above."));
        if (_expanded.Loss is not null)
        {
            blocks.Add(new Heading(2, "Loss"));
            blocks.Add(DisplayMath.Of(Equation.Eq(LossOf(), PolynomialLayout.ToNode(_expanded.Loss, _options))));
        }
        if (_expanded.Gradient is not null)
        {
            blocks.Add(new Heading(2, "Gradient"));
            blocks.Add(new DisplayMath(Enumerable.Range(0, P).Select(p => Equation.Eq(
                Frac(Mul(Sym(@"\partial", "d"), Sym("L")), Mul(Sym(@"\partial", "d"), ParameterSymbol(p))),
                PolynomialLayout.ToNode(_expanded.Gradient[p], _options))).ToList()));
        }
        if (_expanded.Hessian is not null)
        {
            blocks.Add(new Heading(2, "Hessian"));
            blocks.Add(Paragraph.Of("Entries on and above the diagonal; ", Sym("H"), " is symmetric."));
            var entries = new List<Equation>();
            for (int p = 0; p < P; p++)
                for (int q = p; q < P; q++)
                {
                    MathNode denominator = p == q
                        ? Mul(Sym(@"\partial", "d"), Pow(ParameterSymbol(p), Int(2)))
                        : Mul(Sym(@"\partial", "d"), ParameterSymbol(p), Sym(@"\partial", "d"), ParameterSymbol(q));
                    entries.Add(Equation.Eq(Frac(Mul(Pow(Sym(@"\partial", "d"), Int(2)), Sym("L")), denominator),
                        PolynomialLayout.ToNode(_expanded.Hessian[p][q], _options)));
                }
            blocks.Add(new DisplayMath(entries));
        }
        if (Determinant is { } determinant) blocks.AddRange(determinant.MainBlocks(DeterminantAppendixName));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void ValidateExpanded()
    {
        if (_expanded.Gradient is { } g && g.Count != P)
            throw new ArgumentException($"The expanded gradient has {g.Count} entries; P = {P}.", nameof(ExpandedPolynomials.Gradient));
        if (_expanded.Hessian is { } h && (h.Count != P || h.Any(row => row is null || row.Count != P)))
            throw new ArgumentException($"The expanded Hessian must be {P}×{P} (rows of P entries; only p ≤ q is read).", nameof(ExpandedPolynomials.Hessian));
    }

    private void MomentMatrix(List<Block> blocks, MathNode name, RationalMatrix value)
    {
        var exact = MatrixOf(value, x => PolynomialLayout.RationalNode(x));
        if (FitsOnALine(name, exact))
        {
            blocks.Add(DisplayMath.Of(Equation.Eq(name, exact)));
            return;
        }
        // Second choice: the common denominator q in front of an integer matrix, S = (1/q)·(q S).
        var q = Enumerable.Range(0, value.RowCount).SelectMany(i => Enumerable.Range(0, value.ColumnCount).Select(j => value[i, j].Denominator))
            .Aggregate(BigInteger.One, (l, d) => l / BigInteger.GreatestCommonDivisor(l, d) * d);
        if (!q.IsOne)
        {
            var factored = Mul(Frac(Int(1), new Number(q)), MatrixOf(value, x => Int((x * new Rational(q)).Numerator)));
            if (FitsOnALine(name, factored))
            {
                blocks.Add(DisplayMath.Of(Equation.Eq(name, factored)));
                return;
            }
        }
        // Last resort: the entries one by one (upper triangle for the symmetric ones).
        bool symmetric = value.IsSquare && value.Equals(value.Transpose());
        var entries = new List<Equation>();
        for (int i = 0; i < value.RowCount; i++)
            for (int j = symmetric ? i : 0; j < value.ColumnCount; j++)
                entries.Add(Equation.Eq(Sub(new Fenced(name, FenceKind.Parentheses), Sym(string.Create(CultureInfo.InvariantCulture, $"{i + 1},{j + 1}"))),
                    PolynomialLayout.RationalNode(value[i, j])));
        blocks.Add(Paragraph.Of(name, symmetric ? " is too wide to print as a matrix; its entries on and above the diagonal (it is symmetric):" : " is too wide to print as a matrix; its entries:"));
        blocks.Add(new DisplayMath(entries));
    }

    private bool FitsOnALine(MathNode left, MathNode right) =>
        WidthEstimator.Em(left, _options.Fractions) + 1.8 + WidthEstimator.Em(right, _options.Fractions) <= _options.LineWidthEm;

    private static MatrixNode MatrixOf(RationalMatrix value, Func<Rational, MathNode> entry) =>
        new(Enumerable.Range(0, value.RowCount)
            .Select(i => (IReadOnlyList<MathNode>)Enumerable.Range(0, value.ColumnCount).Select(j => entry(value[i, j])).ToList()).ToList());

    private MathNode ParameterSymbol(int p) => Symbol.Opaque(_options.LatexSymbol(p), _options.PlainSymbol(p));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static MathNode W() => Sym("W");
    private static MathNode W(int k) => Sub(Sym("W"), Int(k));
    private static MathNode Delta(int k) => Sub(Sym(@"\Delta", "D"), Int(k));
    private static MathNode T(MathNode m) => m is Scripted { Superscript: null } s ? new Scripted(s.Base, s.Subscript, Transposed) : Sup(m, Transposed);
    private static readonly MathNode Transposed = Sym(@"\top", "T");
    private static MathNode Theta() => Sym(@"\theta", "theta");
    private static MathNode LossOf() => new Application("L", "L", [Theta()]);
    private static MathNode Nabla(MathNode subscript) => Sub(Sym(@"\nabla", "grad"), subscript);
    private static MathNode ResidualG() => Sym("G");
    private static MathNode Sxx() => Sub(Sym("S"), Sym("xx"));
    private static MathNode Syx() => Sub(Sym("S"), Sym("yx"));
    private static MathNode Syy() => Sub(Sym("S"), Sym("yy"));
    private static MathNode DW() => Symbol.Opaque("dW", "dW");
    private static MathNode D2W() => Symbol.Opaque("d^{2}W", "d2W");
    private static MathNode SecondDifferential() => Mul(Sym("d^{2}L"), new Fenced(Comma([Sym(@"\Delta", "D"), Sym(@"\Delta", "D")]), FenceKind.Brackets));
    private static MathNode Dots() => Sym(@"\cdots", "...");
    private static MathNode TextLabel(string text) => new TextNode(text);
    private static MathNode Fence(MathNode inner) => new Fenced(inner, FenceKind.Parentheses);
    private static MathNode Tr(MathNode argument) => new Application(@"\operatorname{tr}", "tr", [argument]);
    private static MathNode Real(MathNode exponent) => Sup(Sym(@"\mathbb{R}", "R"), exponent);
    private static MathNode In(MathNode element, MathNode set) => new Relation(element, RelationKind.ElementOf, set);
    private static MathNode Comma(IEnumerable<MathNode> items) => new Sequence(items.ToList());

    /// <summary>a_1, a_2, a_3 in full; longer lists as a_1, …, a_n.</summary>
    private static MathNode ListOf(IReadOnlyList<MathNode> items) =>
        new Sequence(items.Count <= 3 ? items : [items[0], Sym(@"\ldots", "..."), items[^1]]);

    private static MathNode ProductOf(IReadOnlyList<MathNode> factors) => factors.Count switch
    {
        0 => Sym("I"),
        1 => factors[0],
        _ => new Product(factors),
    };

    private static MathNode SumOf(IReadOnlyList<MathNode> terms) => terms.Count == 1 ? terms[0] : new Sum(terms);

    /// <summary>W_from W_{from−1} ⋯ W_to (empty when from &lt; to).</summary>
    private static IEnumerable<MathNode> Chain(int from, int to)
    {
        for (int k = from; k >= to; k--) yield return W(k);
    }

    private static MathNode ChainOrIdentity(int from, int to) => ProductOf(Chain(from, to).ToList());

    /// <summary>factor · body, with factor 1 omitted.</summary>
    private static MathNode Scaled(Rational factor, MathNode body)
    {
        if (factor == Rational.One) return body;
        return Mul(PolynomialLayout.RationalNode(factor), body); // a sum gets its parentheses from precedence
    }
}

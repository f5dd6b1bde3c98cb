using System.Globalization;

namespace EosVerify.Derivation.Latex;

internal enum FractionStyle
{
    /// <summary>\frac{p}{q}</summary>
    Display,
    /// <summary>\tfrac{p}{q}: text-size fractions, lighter in long sums.</summary>
    Text,
}

/// <summary>Every choice of the printers' look, in one place. The polynomial decides term order; these decide the rest.</summary>
internal sealed record PrinterOptions
{
    /// <summary>LaTeX symbol of variable i (e.g. ParameterNames.Latex, and \eta for η).</summary>
    public Func<int, string> LatexSymbol { get; init; } = i => string.Create(CultureInfo.InvariantCulture, $"x_{{{i}}}");

    /// <summary>Plain-text name of variable i.</summary>
    public Func<int, string> PlainSymbol { get; init; } = i => string.Create(CultureInfo.InvariantCulture, $"x{i}");

    /// <summary>At most this many terms of a broken sum on one line of a display.</summary>
    public int TermsPerLine { get; init; } = 4;

    /// <summary>
    /// Width budget of one display line in em (estimated by <see cref="WidthEstimator"/>); a line is broken before it
    /// would exceed it. The derivation document (10 pt, A4, 2 cm margins) has a 48.4 em text width; the estimate runs
    /// 3–20 % wide on polynomial terms (measured against pdflatex), and the default keeps a further 4 em in reserve.
    /// </summary>
    public double LineWidthEm { get; init; } = 44;

    public FractionStyle Fractions { get; init; } = FractionStyle.Display;

    /// <summary>
    /// Extra space between the rows of a matrix that holds a fraction or a symbol with both scripts (a TeX length,
    /// written after the row break as [gap]): stacked fractions in adjacent rows otherwise touch (a denominator over
    /// the next row's numerator), and so do W^{(1)}_{12} over W^{(1)}_{22}.
    /// </summary>
    public string TallMatrixRowGap { get; init; } = "1ex";

    /// <summary>Fold a fractional coefficient into the numerator: \frac{3 x y}{2} rather than \frac{3}{2} x y.</summary>
    public bool FoldFractionCoefficients { get; init; }

    public void Validate()
    {
        if (TermsPerLine < 1) throw new ArgumentOutOfRangeException(nameof(TermsPerLine), $"TermsPerLine must be at least 1, got {TermsPerLine}.");
        if (!(LineWidthEm > 0) || double.IsInfinity(LineWidthEm)) throw new ArgumentOutOfRangeException(nameof(LineWidthEm), $"LineWidthEm must be a positive finite width, got {LineWidthEm}.");
        if (string.IsNullOrWhiteSpace(TallMatrixRowGap) || TallMatrixRowGap.Any(c => c is '}' or '{' or ']' or '\\'))
            throw new ArgumentException($"TallMatrixRowGap must be a TeX length such as 1ex, got '{TallMatrixRowGap}'.", nameof(TallMatrixRowGap));
        ArgumentNullException.ThrowIfNull(LatexSymbol);
        ArgumentNullException.ThrowIfNull(PlainSymbol);
    }
}

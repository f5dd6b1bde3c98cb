namespace EosVerify.Derivation.Latex;

/// <summary>Greedy breaking of a long sum into display lines: at most N terms and at most a width budget per line.</summary>
internal static class LineBreaker
{
    /// <summary>
    /// Splits <paramref name="terms"/> into consecutive lines. A line takes terms while it has fewer than
    /// <paramref name="termsPerLine"/> and the estimated width stays within <paramref name="budgetEm"/>; a single
    /// term wider than the budget still gets a line of its own.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<MathNode>> Lines(IReadOnlyList<MathNode> terms, int termsPerLine, double budgetEm, FractionStyle fractions = FractionStyle.Display)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (termsPerLine < 1) throw new ArgumentOutOfRangeException(nameof(termsPerLine), $"termsPerLine must be at least 1, got {termsPerLine}.");
        var lines = new List<IReadOnlyList<MathNode>>();
        var current = new List<MathNode>();
        double width = 0;
        foreach (var term in terms)
        {
            double w = WidthEstimator.TermsEm([term], fractions);
            if (current.Count > 0 && (current.Count >= termsPerLine || width + w > budgetEm))
            {
                lines.Add(current);
                current = [];
                width = 0;
            }
            current.Add(term);
            width += w;
        }
        if (current.Count > 0) lines.Add(current);
        return lines;
    }
}

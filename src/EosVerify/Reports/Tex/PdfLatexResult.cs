namespace EosVerify.Reports.Tex;

internal enum PdfLatexOutcome
{
    /// <summary>pdflatex exited 0 and wrote a PDF.</summary>
    Succeeded,
    /// <summary>pdflatex ran and reported errors (see <see cref="PdfLatexResult.Errors"/>).</summary>
    Failed,
    /// <summary>The pdflatex executable could not be started.</summary>
    NotFound,
    /// <summary>The run exceeded its time limit and was killed.</summary>
    TimedOut,
}

/// <summary>An "Overfull \hbox (12.3pt too wide) …" warning: how far the box sticks out and where.</summary>
internal sealed record OverfullBox(double Points, string Location);

internal sealed record PdfLatexResult(
    PdfLatexOutcome Outcome,
    string Message,
    string? PdfPath,
    IReadOnlyList<string> Errors,
    IReadOnlyList<OverfullBox> OverfullBoxes)
{
    public bool Success => Outcome == PdfLatexOutcome.Succeeded;

    /// <summary>The widest overfull \hbox in pt, 0 when there is none.</summary>
    public double WorstOverfullPoints => OverfullBoxes.Count == 0 ? 0 : OverfullBoxes.Max(b => b.Points);
}

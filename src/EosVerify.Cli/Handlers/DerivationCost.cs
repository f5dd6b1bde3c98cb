using System.Globalization;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Reports;

namespace EosVerify.Cli;

/// <summary>
/// The cost model of <c>derive</c>, measured on the reference machine (2 shared cores): the document's size is about
/// 6 KB, plus 34 bytes per entry of the printed moment matrices Sxx, Syx, Syy (d0² + dL·d0 + dL² entries; 60-60-60:
/// 350 KB), plus 4 bytes per cubed depth for the gradient and Hessian sections (a depth-50 chain: 494 KB, depth 100:
/// 3.7 MB), plus up to 60 KB of expanded polynomials when P ≤ 12. Writing it runs at about 1.5 MB/s; pdflatex typesets
/// about 18 KB/s (60-60-60: 19.5 s). A document whose estimated time exceeds the budget is refused before anything
/// is built or written. Besides time, pdflatex cannot typeset every document: it stops with "Dimension too large"
/// on depth ≥ 27 (depth 24 compiles) and fails on 100-column moment matrices (100-10-100; 60 columns compile), so a
/// compiled derivation is refused beyond <see cref="MaxTypesetDepth"/> and <see cref="MaxTypesetMatrixWidth"/>.
/// </summary>
internal static class DerivationCost
{
    private const double FixedBytes = 6_000;
    private const double BytesPerMomentEntry = 34;
    private const double BytesPerCubedDepth = 4;
    private const double ExpandedBytes = 60_000;
    private const double WriteBytesPerSecond = 1_500_000;
    private const double TypesetBytesPerSecond = 18_000;

    /// <summary>The deepest network whose derivation pdflatex was seen to typeset.</summary>
    public const int MaxTypesetDepth = 24;

    /// <summary>The widest moment matrix (max of d0, dL) pdflatex was seen to typeset.</summary>
    public const int MaxTypesetMatrixWidth = 60;

    /// <summary>The estimated size of derivation.tex (derivation.md is about as large).</summary>
    public static double EstimatedBytes(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        double d0 = problem.Architecture.InputDimension, dL = problem.Architecture.OutputDimension, depth = problem.Architecture.Depth;
        double bytes = FixedBytes + BytesPerMomentEntry * (d0 * d0 + dL * d0 + dL * dL) + BytesPerCubedDepth * depth * depth * depth;
        return problem.ParameterCount <= ProblemDerivation.MaxExpandedParameters ? bytes + ExpandedBytes : bytes;
    }

    /// <summary>The estimated time to write both files and, when <paramref name="compile"/>, to typeset the .tex.</summary>
    public static TimeSpan EstimatedTime(double bytes, bool compile) =>
        TimeSpan.FromSeconds(2 * bytes / WriteBytesPerSecond + (compile ? bytes / TypesetBytesPerSecond : 0));

    /// <summary>Refuses (an input error naming --budget) a derivation whose estimated time exceeds <paramref name="budget"/>.</summary>
    public static void RequireWithin(Problem problem, bool compile, TimeSpan budget)
    {
        var a = problem.Architecture;
        if (compile && (a.Depth > MaxTypesetDepth || Math.Max(a.InputDimension, a.OutputDimension) > MaxTypesetMatrixWidth))
            throw new InputException("--no-compile", string.Create(CultureInfo.InvariantCulture,
                $"is needed: pdflatex cannot typeset the derivation of {a} (depth {a.Depth}, moment matrices up to {Math.Max(a.InputDimension, a.OutputDimension)} wide; " +
                $"it typesets depth ≤ {MaxTypesetDepth} and width ≤ {MaxTypesetMatrixWidth}); pass --no-compile to write the .tex and .md only"));
        double bytes = EstimatedBytes(problem);
        var time = EstimatedTime(bytes, compile);
        if (time <= budget) return;
        throw new InputException("--budget", string.Create(CultureInfo.InvariantCulture,
            $"the derivation of {a} would be about {bytes / 1e6:0.##} MB of LaTeX (moment matrices of d0 = {a.InputDimension}, dL = {a.OutputDimension}; depth {a.Depth}), " +
            $"about {time.TotalSeconds:0} s to {(compile ? "write and typeset" : "write")} here, beyond the budget of {budget.TotalSeconds:0} s; " +
            $"raise it with --budget{(compile ? ", or pass --no-compile" : "")}"));
    }
}

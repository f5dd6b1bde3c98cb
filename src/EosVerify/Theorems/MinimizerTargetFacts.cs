using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Theorems;

/// <summary>The exact facts every check starts from: Sxx ≻ 0, W* = Syx Sxx⁻¹, rank W*, and which case of MATH.md T2 applies.</summary>
internal sealed record MinimizerTargetFacts(bool SxxPositiveDefinite, RationalMatrix? WStar, int? RankWStar, int? Bottleneck, string Case)
{
    /// <summary>M = μ⁻¹(W*) with G = 0 on it: the case the exact and SMT arguments of T2–T4 cover.</summary>
    public bool IsFullRank => Case is "full-rank" or "linear-regression";

    /// <summary>
    /// Nominal operations of <see cref="Of"/> (definiteness of Sxx, W* = Syx Sxx⁻¹, rank W*: three eliminations of
    /// order d0) or, for singular Sxx, of the minimum-norm product Syx·Sxx⁺ (about four); see <see cref="WorkBudget.RationalElimination"/>.
    /// </summary>
    public static double Cost(Problem problem) =>
        4 * WorkBudget.RationalElimination(problem.Architecture.InputDimension, EntryBits(problem.Moments));

    /// <summary>The largest bit length (numerator plus denominator) of an entry of Sxx or Syx.</summary>
    public static double EntryBits(Moments moments)
    {
        long bits = 1;
        foreach (var matrix in new[] { moments.Sxx, moments.Syx })
            for (int i = 0; i < matrix.RowCount; i++)
                for (int j = 0; j < matrix.ColumnCount; j++)
                    bits = Math.Max(bits, matrix[i, j].Numerator.GetBitLength() + matrix[i, j].Denominator.GetBitLength());
        return bits;
    }

    /// <summary>Why the exact facts (or Syx·Sxx⁺) do not fit the budget; null when they do.</summary>
    public static string? SizeLimit(Problem problem, WorkBudget budget)
    {
        double cost = Cost(problem);
        return budget.Allows(cost) ? null
            : budget.SizeLimit($"exact elimination on the {problem.Architecture.InputDimension}×{problem.Architecture.InputDimension} moments (entries of up to {EntryBits(problem.Moments):0} bits)", cost);
    }

    public static MinimizerTargetFacts Of(Problem problem)
    {
        var arch = problem.Architecture;
        int? bottleneck = arch.Depth >= 2 ? arch.Bottleneck : null;
        if (!ExactLinearAlgebra.IsPositiveDefinite(problem.Moments.Sxx))
            return new(false, null, null, bottleneck, "singular-inputs");
        var wStar = ExactLinearAlgebra.SolveRight(problem.Moments.Sxx, problem.Moments.Syx);
        int rank = ExactLinearAlgebra.Rank(wStar);
        string kind = arch.Depth == 1 ? "linear-regression" : rank > arch.Bottleneck ? "reduced-rank" : "full-rank";
        return new(true, wStar, rank, bottleneck, kind);
    }

    public TargetHypothesesEvidence ToEvidence() =>
        new() { Case = Case, SxxPositiveDefinite = SxxPositiveDefinite, RankWStar = RankWStar, Bottleneck = Bottleneck };
}

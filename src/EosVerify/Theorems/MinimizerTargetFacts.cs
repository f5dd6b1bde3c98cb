using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>The exact facts every check starts from: Sxx ≻ 0, W* = Syx Sxx⁻¹, rank W*, and which case of MATH.md T2 applies.</summary>
internal sealed record MinimizerTargetFacts(bool SxxPositiveDefinite, RationalMatrix? WStar, int? RankWStar, int? Bottleneck, string Case)
{
    /// <summary>M = μ⁻¹(W*) with G = 0 on it: the case the exact and SMT arguments of T2–T4 cover.</summary>
    public bool IsFullRank => Case is "full-rank" or "linear-regression";

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

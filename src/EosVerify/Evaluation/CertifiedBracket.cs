using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Theorems;

namespace EosVerify.Evaluation;

/// <summary>The certified bracket of S_min for evaluate (docs/t4-bracket.md): full-rank problems only, else null.</summary>
internal static class CertifiedBracket
{
    public static MinSharpnessBracket? Of(Problem problem, MinSharpnessResult numeric, WorkBudget budget)
    {
        if (numeric.SizeLimit is not null || MinimizerTargetFacts.SizeLimit(problem, budget) is not null
            || !budget.Allows(ExactManifoldSharpness.Cost(problem.Architecture), ExactManifoldSharpness.Memory(problem.Architecture), 0.5))
            return null; // beyond the cost model: not computed (null, as every field beyond a size limit)
        var facts = MinimizerTargetFacts.Of(problem);
        return facts.IsFullRank ? MinSharpnessBracket.For(problem, facts.WStar!, numeric.Point) : null;
    }
}

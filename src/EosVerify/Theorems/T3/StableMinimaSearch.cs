using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Theorems;

/// <summary>
/// T3's numerical search for far-out stable minima (<see cref="FarthestStableSearch"/>), started from the flattest
/// minimum found, the balanced minimum and the canonical exact point of M; and the exact re-check that turns a found
/// point into a witness (an exact point of M, exactly stable, exactly beyond a claimed radius).
/// </summary>
internal sealed class StableMinimaSearch
{
    private const int MaxWitnessTries = 24;

    private readonly FarthestStableSearch.Result _result;

    private readonly string _sizeLimit;

    private StableMinimaSearch(FarthestStableSearch.Result result, string sizeLimit)
    {
        _result = result;
        _sizeLimit = sizeLimit;
    }

    public double LargestNorm => _result.LargestNorm;

    /// <summary>The search was skipped: a minimal search exceeds the budget (<see cref="FarthestStableSearch.EvaluationBudget"/>).</summary>
    public bool Skipped => _result.Skipped;

    public static StableMinimaSearch Run(CheckContext context, RationalMatrix wStar, Rational eta)
    {
        var problem = context.Problem;
        string sizeLimit = FarthestStableSearch.SizeLimit(problem.Architecture, context.Budget);
        if (FarthestStableSearch.EvaluationBudget(problem.Architecture, context.Budget) == 0)
            return new StableMinimaSearch(new FarthestStableSearch.Result([], 0, null, 0, Skipped: true), sizeLimit); // before the starts: they cost evaluations too
        var numeric = new NumericProblem(problem);
        var target = wStar.ToDouble();
        var starts = new List<double[]>
        {
            context.MinSharpness.Point,
            MinimizerManifold.BalancedPoint(numeric, target),
            ExactManifoldPoints.Canonical(problem.Architecture, wStar).Select(r => r.ToDouble()).ToArray(),
        };
        return new StableMinimaSearch(FarthestStableSearch.Run(numeric, target, starts, eta.ToDouble(), context.RandomFor("T3-search"), context.Budget), sizeLimit);
    }

    public StableMinimaSearchEvidence ToEvidence() => Skipped
        ? new StableMinimaSearchEvidence { Skipped = _sizeLimit }
        : new StableMinimaSearchEvidence
    {
        LargestNorm = _result.LargestNorm,
        AcceptedMoves = _result.Accepted.Count,
        ProposedMoves = _result.Proposed,
        Method = "random directions out to the stability boundary along curves retracted onto M, then ascent of ‖θ‖ from the farthest boundary points",
    };

    /// <summary>An exact stable global minimizer with ‖θ‖ &gt; claim, from the points the search accepted (farthest first).</summary>
    public Rational[]? WitnessBeyond(Problem problem, RationalMatrix wStar, Rational claim, Rational eta)
    {
        double bound = claim.ToDouble();
        var limit = 2 / eta;
        foreach (var point in _result.Accepted.Where(p => Norm(p) > bound).OrderByDescending(Norm).Take(MaxWitnessTries))
        {
            if (ExactProjection.OntoManifold(problem, point, wStar) is not { } exact) continue;
            if (ExactStability.NormSquared(exact) <= claim * claim) continue;
            if (ExactManifoldSharpness.At(problem, exact) is { } test && test.ProvedAtMost(limit)) return exact;
        }
        return null;
    }

    private static double Norm(double[] theta) => Math.Sqrt(theta.Sum(t => t * t));
}

using EosVerify.Networks;
using EosVerify.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Theorems;

/// <summary>
/// Numerical search for stable minima far from the origin (witnesses against a claimed radius, and evidence where no
/// radius is proved): ascent of ‖θ‖ over {θ ∈ M : S(θ) ≤ 2/η}. Each round picks a random direction with an outward
/// component, follows the curve s ↦ retract(θ + s·v) onto M (an end layer absorbs the error: W_1 += Aᵀ(AAᵀ)⁻¹(W* − A W_1),
/// or the mirror image on W_L) out to the stability boundary by a growing grid and bisection, and moves there when
/// that is farther out. Full-rank case only (G = 0 on M, so S is the Gauss–Newton sharpness of <see cref="ManifoldSharpness"/>).
/// </summary>
internal static class FarthestStableSearch
{
    private const double StabilityMargin = 1e-9;
    private const int Bisections = 24;

    /// <param name="Accepted">The starts and every point the search moved to, all numerically stable.</param>
    /// <param name="LargestNorm">max ‖θ‖ over <paramref name="Accepted"/>.</param>
    /// <param name="Farthest">The point attaining it (null when no start was stable).</param>
    /// <param name="Proposed">Points evaluated.</param>
    /// <param name="Skipped">The size is beyond the budget (see <see cref="EvaluationBudget"/>): nothing was searched.</param>
    public sealed record Result(IReadOnlyList<double[]> Accepted, double LargestNorm, double[]? Farthest, int Proposed, bool Skipped = false);

    /// <summary>
    /// Evaluations (a retraction plus a (dL·d0)² eigenproblem each) allowed for a problem of this size; 0 when even a
    /// minimal search would exceed the budget (then the search is skipped and says so).
    /// </summary>
    /// <remarks>Cost model: one evaluation costs <see cref="EvaluationCost"/> operations; the search gets <see cref="BudgetShare"/>
    /// of the check's <see cref="WorkBudget"/> (4·10⁹ operations of the default 60 s), at most 20,000 evaluations.</remarks>
    public static int EvaluationBudget(Architecture architecture, WorkBudget budget)
    {
        double evaluations = Math.Min(budget.Share(BudgetShare) / EvaluationCost(architecture), 20_000);
        return evaluations < MinimalSearch ? 0 : (int)evaluations;
    }

    /// <summary>
    /// Nominal operations of one evaluation: (dL·d0)³ + 10·(d0 + dL + 1)·P (the retraction's layer products and
    /// allocations cost about ten operations per parameter and end width: 1.7 ms per evaluation measured at 2-2000-2).
    /// </summary>
    public static double EvaluationCost(Architecture architecture)
    {
        double m = (double)architecture.InputDimension * architecture.OutputDimension;
        return m * m * m + 10 * (architecture.InputDimension + architecture.OutputDimension + 1.0) * architecture.ParameterCount;
    }

    /// <summary>The search's part of the check budget: 2/3.</summary>
    public const double BudgetShare = 2.0 / 3;

    /// <summary>What a skipped search says (evidence "skipped").</summary>
    public static string SizeLimit(Architecture architecture, WorkBudget budget) =>
        budget.SizeLimit($"the stable-minima search ({MinimalSearch} evaluations at the least)", MinimalSearch * EvaluationCost(architecture), BudgetShare);

    /// <summary>Fewer evaluations than this cannot reach the stability boundary from one start.</summary>
    private const int MinimalSearch = 100;

    /// <summary>
    /// For each stable start: a scan of random directions out to the boundary, then ascent rounds from each of the three
    /// farthest boundary points found; about 30 evaluations per boundary search, half of the budget for each phase.
    /// </summary>
    public static Result Run(NumericProblem problem, Matrix<double> wStar, IReadOnlyList<double[]> starts, double eta, SeededRandom random, WorkBudget budget)
    {
        int evaluations = EvaluationBudget(problem.Architecture, budget);
        if (evaluations == 0) return new Result([], 0, null, 0, Skipped: true);
        int perStart = evaluations / Math.Max(1, starts.Count) / 30;
        int directions = Math.Max(2, perStart / 2), rounds = Math.Max(1, perStart / 6);
        var sharpness = new ManifoldSharpness(problem);
        double limit = 2 / eta * (1 - StabilityMargin);
        var accepted = new List<double[]>();
        int proposed = 0;
        foreach (var start in starts)
        {
            if (!IsStable(sharpness, start, limit)) continue;
            accepted.Add(start);
            var boundary = new List<double[]>();
            for (int i = 0; i < directions; i++)
                if (Boundary(start, RandomDirection(start, outward: false)) is { } point) boundary.Add(point);
            foreach (var seed in boundary.OrderByDescending(Norm).Take(3))
            {
                var current = seed;
                accepted.Add(current);
                for (int round = 0; round < rounds; round++)
                {
                    if (Boundary(current, RandomDirection(current, outward: round % 2 == 0)) is not { } next || Norm(next) <= Norm(current)) continue;
                    current = next;
                    accepted.Add(current);
                }
            }
        }
        var farthest = accepted.Count == 0 ? null : accepted.MaxBy(Norm);
        return new Result(accepted, farthest is null ? 0 : Norm(farthest), farthest, proposed);

        double[] RandomDirection(double[] from, bool outward)
        {
            double norm = Norm(from);
            var v = new double[from.Length];
            for (int p = 0; p < v.Length; p++) v[p] = random.NextNormal() / Math.Sqrt(v.Length) + (outward && norm > 0 ? from[p] / norm : 0);
            double vn = Norm(v);
            for (int p = 0; p < v.Length; p++) v[p] /= vn;
            return v;
        }

        // The farthest stable point on s ↦ retract(from + s·v): a doubling grid, then bisection on the first failure.
        double[]? Boundary(double[] from, double[] v)
        {
            double[]? At(double step)
            {
                proposed++;
                var moved = new double[from.Length];
                for (int p = 0; p < moved.Length; p++) moved[p] = from[p] + step * v[p];
                var point = Retract(problem, moved, wStar);
                return point is not null && IsStable(sharpness, point, limit) ? point : null;
            }
            double lo = 0, hi = 0, s = 0.05 * (1 + Norm(from));
            double[]? best = null;
            for (int i = 0; i < 40; i++, s *= 2)
            {
                if (At(s) is { } ok) { lo = s; best = ok; } else { hi = s; break; }
            }
            if (hi == 0) return best;
            for (int i = 0; i < Bisections; i++)
            {
                double mid = (lo + hi) / 2;
                if (At(mid) is { } ok) { lo = mid; best = ok; } else hi = mid;
            }
            return best;
        }
    }

    private static bool IsStable(ManifoldSharpness sharpness, double[] theta, double limit)
    {
        double s = sharpness.Sharpness(theta);
        return double.IsFinite(s) && s <= limit;
    }

    /// <summary>θ moved onto M = μ⁻¹(W*) by correcting W_1 (or W_L), or null when neither end layer can absorb the error.</summary>
    public static double[]? Retract(NumericProblem problem, double[] theta, Matrix<double> wStar)
    {
        if (theta.Any(v => !double.IsFinite(v))) return null;
        var weights = DenseHessian.Weights(problem, theta);
        int l = problem.Depth;
        if (l == 1) return null;
        var a = Matrix<double>.Build.DenseIdentity(problem.OutputDimension);
        for (int k = l; k >= 2; k--) a *= weights[k];
        var gram = a * a.Transpose();
        if (WellConditioned(gram))
            weights[1] += a.Transpose() * gram.Solve(wStar - a * weights[1]);
        else
        {
            var b = Matrix<double>.Build.DenseIdentity(problem.InputDimension);
            for (int k = 1; k < l; k++) b = weights[k] * b;
            var gramB = b.Transpose() * b;
            if (!WellConditioned(gramB)) return null;
            weights[l] += (wStar - weights[l] * b) * gramB.Inverse() * b.Transpose();
        }
        var result = MinimizerManifold.Join(problem, weights);
        return result.All(double.IsFinite) ? result : null;
    }

    private static bool WellConditioned(Matrix<double> gram)
    {
        var values = gram.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
        double max = values.Max(), min = values.Min();
        return max > 0 && min > 1e-10 * max;
    }

    private static double Norm(double[] theta) => Math.Sqrt(theta.Sum(t => t * t));
}

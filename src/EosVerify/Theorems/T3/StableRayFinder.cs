using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Theorems;

/// <summary>
/// Looks for a <see cref="StableRay"/> at step size η. A point of the narrower network whose hidden widths are
/// d_{j−1} − 1 and d_j − 1 (or all ρ), padded with zero rows and columns, is a point of M at which the last column of
/// W_{j+1} (hence of A_j) and the last row of W_{j−1} (hence of B_j) are zero: N = e_{d_j} e_{d_{j−1}}ᵀ in W_j is a ray
/// direction (checked exactly by <see cref="StableRay.ConditionHolds"/>).
/// Candidates, cheapest first: the balanced point (already zero-padded), then the flattest point the numerical search
/// finds on each narrower network; each is made exact on M, and its stability is decided exactly.
/// </summary>
internal static class StableRayFinder
{
    public static StableRay? Find(Problem problem, RationalMatrix wStar, int rankWStar, Rational eta, ulong seed, WorkBudget budget, CancellationToken ct)
    {
        var arch = problem.Architecture;
        var layers = StableRay.CandidateLayers(arch, rankWStar).ToList();
        if (layers.Count == 0) return null;
        var limit = 2 / eta;
        if (rankWStar == 0)
        {
            // W* = 0: θ₀ = 0 is on M, and for L ≥ 3 every A_k or B_k is a product containing a zero layer, so H(0) = 0.
            var zero = RationalPoints.Zero(problem.ParameterCount);
            return Accept(problem, new StableRay(zero, StableRay.UnitEntry(arch, layers[0], 0, 0), RayKind.HiddenLayerKernel, layers[0], "θ₀ = 0 (W* = 0)"), limit);
        }
        foreach (var (narrow, layer) in NarrowArchitectures(arch, rankWStar, layers))
        {
            ct.ThrowIfCancellationRequested();
            var narrowProblem = new Problem(narrow, problem.Moments, problem.LossScale);
            var numeric = new NumericProblem(narrowProblem);
            var target = MinimizerManifold.Target(numeric).Product;
            var candidates = new List<(double[] Point, string How)> { (MinimizerManifold.BalancedPoint(numeric, target), "balanced point") };
            foreach (var (point, how) in candidates.Concat(Flattest(numeric, seed, budget)))
            {
                if (ExactProjection.OntoManifold(narrowProblem, point, wStar) is not { } exact) continue;
                var padded = Pad(narrow, arch, exact);
                var direction = StableRay.UnitEntry(arch, layer, arch.Width(layer) - 1, arch.Width(layer - 1) - 1);
                var ray = new StableRay(padded, direction, RayKind.HiddenLayerKernel, layer, $"{how} of the {narrow} network, padded with zeros");
                if (Accept(problem, ray, limit) is { } accepted) return accepted;
            }
        }
        return null;
    }

    private static IEnumerable<(double[] Point, string How)> Flattest(NumericProblem narrow, ulong seed, WorkBudget budget)
    {
        var found = MinSharpness.Find(narrow, new MinSharpnessOptions(Restarts: 2, Seed: seed, MaxIterations: 150, FlopBudget: budget.Share(MinSharpnessOptions.BudgetShare)));
        if (found.SizeLimit is null) yield return (found.Point, "flattest point found");
    }

    /// <summary>The part of T3's budget the exact stability tests of ray base points may use.</summary>
    private const double ExactTestShare = 0.5;

    /// <summary>Why the exact product-space stability test of a base point does not fit the budget; null when it does.</summary>
    public static string? SizeLimit(Architecture architecture, WorkBudget budget)
    {
        double cost = ExactManifoldSharpness.Cost(architecture), memory = ExactManifoldSharpness.Memory(architecture);
        return budget.Allows(cost, memory, ExactTestShare) ? null
            : budget.SizeLimit($"the exact stability test of a ray base point (product space of dimension dL·d0 = {ExactManifoldSharpness.ProductSpaceDimension(architecture)})", cost, memory, ExactTestShare);
    }

    public static StableRay? Accept(Problem problem, StableRay ray, Rational limit)
    {
        if (!ray.ConditionHolds(problem)) return null;
        var test = ExactManifoldSharpness.At(problem, ray.Base);
        return test is not null && test.ProvedAtMost(limit) ? ray : null;
    }

    /// <summary>For each candidate layer j, the network with d_{j−1} and d_j one narrower; then all hidden widths ρ.</summary>
    private static IEnumerable<(Architecture Narrow, int Layer)> NarrowArchitectures(Architecture arch, int rho, IReadOnlyList<int> layers)
    {
        var widths = arch.Widths.ToArray();
        foreach (int j in layers)
        {
            var w = (int[])widths.Clone();
            w[j - 1]--;
            w[j]--;
            yield return (new Architecture(w), j);
        }
        var thin = widths.Select((d, k) => k == 0 || k == widths.Length - 1 ? d : rho).ToArray();
        yield return (new Architecture(thin), layers[0]); // every candidate layer has d_j, d_{j−1} > ρ, so the first one has room
    }

    /// <summary>Each W_k of the narrow network as the top-left block of the wide W_k, the rest zero.</summary>
    private static Rational[] Pad(Architecture narrow, Architecture wide, IReadOnlyList<Rational> theta)
    {
        var small = narrow.Layout.Split(theta);
        var big = new Rational[wide.Depth][,];
        for (int k = 1; k <= wide.Depth; k++)
        {
            big[k - 1] = new Rational[wide.Width(k), wide.Width(k - 1)];
            for (int i = 0; i < wide.Width(k); i++)
                for (int j = 0; j < wide.Width(k - 1); j++)
                    big[k - 1][i, j] = i < narrow.Width(k) && j < narrow.Width(k - 1) ? small[k - 1][i, j] : Rational.Zero;
        }
        return wide.Layout.Join(big);
    }
}

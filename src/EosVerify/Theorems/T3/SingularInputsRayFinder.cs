using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Theorems;

/// <summary>
/// Singular Sxx (MATH.md T3): for n with Sxx n = 0 the loss is invariant under W_1 ← W_1 + e nᵀ, so every stable
/// global minimizer θ₀ starts a ray θ₀ + t·(e nᵀ in W_1) of stable global minimizers. The base is an exact point of
/// μ⁻¹(W₀), W₀ = Syx Sxx⁺ (a global minimizer product whenever W₀·Sxx = Syx and rank W₀ fits the bottleneck).
/// </summary>
internal static class SingularInputsRayFinder
{
    public static StableRay? Find(Problem problem, Rational eta, IEnumerable<double[]> numericCandidates)
    {
        var sxx = problem.Moments.Sxx;
        var nullspace = ExactLinearAlgebra.NullspaceBasis(sxx);
        if (nullspace.ColumnCount == 0 || MinimumNormProduct(problem) is not { } w0) return null;
        var arch = problem.Architecture;
        if (arch.Depth >= 2 && ExactLinearAlgebra.Rank(w0) > arch.Bottleneck) return null;

        var direction = RationalPoints.Zero(problem.ParameterCount);
        for (int j = 0; j < arch.InputDimension; j++) direction[problem.Layout.Index(1, 0, j)] = nullspace[j, 0];
        var limit = 2 / eta;
        foreach (var candidate in numericCandidates)
        {
            if (ExactProjection.OntoManifold(problem, candidate, w0) is not { } exact) continue;
            var ray = new StableRay(exact, direction, RayKind.InputNullSpace, 1, "a global minimizer with product W₀ = Syx·Sxx⁺, moved along the null space of Sxx in W_1");
            if (StableRayFinder.Accept(problem, ray, limit) is { } accepted) return accepted;
        }
        return null;
    }

    /// <summary>The balanced point of the numerical target Syx·Sxx⁺: the first candidate to try.</summary>
    public static double[] BalancedCandidate(Problem problem)
    {
        var numeric = new NumericProblem(problem);
        return MinimizerManifold.BalancedPoint(numeric, MinimizerManifold.Target(numeric).Product);
    }

    /// <summary>W₀ = Syx·Sxx⁺ exactly (Sxx = C R a rank factorisation, Sxx⁺ = Rᵀ(RRᵀ)⁻¹(CᵀC)⁻¹Cᵀ), or null if W₀·Sxx ≠ Syx.</summary>
    public static RationalMatrix? MinimumNormProduct(Problem problem)
    {
        var sxx = problem.Moments.Sxx;
        var (c, r) = ExactManifoldPoints.RankFactorization(sxx);
        if (c.ColumnCount == 0) return null;
        var pseudoInverse = r.Transpose() * ExactLinearAlgebra.Solve(r * r.Transpose(), ExactLinearAlgebra.Solve(c.Transpose() * c, c.Transpose()));
        var w0 = problem.Moments.Syx * pseudoInverse;
        return (w0 * sxx).Equals(problem.Moments.Syx) ? w0 : null;
    }
}

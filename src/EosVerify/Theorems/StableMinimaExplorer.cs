using EosVerify.Networks;
using EosVerify.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Theorems;

/// <summary>
/// Numerical exploration of the stable minima {θ ∈ M : S(θ) ≤ 2/η}: a seeded random walk along M by gauge moves
/// (W_k ← A W_k, W_{k+1} ← W_{k+1} A⁻¹) that only accepts stable points, started at the flattest minimum found, and
/// recording the farthest one. Full-rank case only (G = 0 on M, so S is the Gauss–Newton sharpness).
/// </summary>
public static class StableMinimaExplorer
{
    public sealed record Exploration(double LargestNorm, double[] Farthest, int Accepted, int Proposed);

    public static Exploration Explore(NumericProblem problem, double[] start, double etaValue, SeededRandom random, int steps = 400)
    {
        var sharpness = new ManifoldSharpness(problem);
        double limit = 2 / etaValue;
        var current = start;
        var farthest = start;
        double largest = Norm(start);
        int accepted = 0;
        var scales = new[] { 0.05, 0.2, 0.5 };
        var arch = problem.Architecture;
        for (int step = 0; step < steps; step++)
        {
            double scale = scales[step % scales.Length];
            var gauges = Enumerable.Range(1, arch.Depth - 1)
                .Select(k => Matrix<double>.Build.Dense(arch.Width(k), arch.Width(k), (i, j) => (i == j ? 1.0 : 0.0) + scale * random.NextNormal()))
                .ToList();
            if (gauges.Any(g => Math.Abs(g.Determinant()) < 1e-3)) continue;
            var proposal = MinimizerManifold.Move(problem, current, gauges);
            double s = sharpness.Sharpness(proposal);
            if (!double.IsFinite(s) || s > limit) continue;
            current = proposal;
            accepted++;
            double norm = Norm(current);
            if (norm > largest) { largest = norm; farthest = current; }
        }
        return new Exploration(largest, farthest, accepted, steps);
    }

    private static double Norm(double[] theta) => Math.Sqrt(theta.Sum(t => t * t));
}

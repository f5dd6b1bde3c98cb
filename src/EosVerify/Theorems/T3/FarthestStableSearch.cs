using EosVerify.Networks;
using EosVerify.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Theorems;

/// <summary>
/// Numerical search for stable minima far from the origin (witnesses against a claimed radius, and evidence where no
/// radius is proved): greedy ascent of ‖θ‖ over {θ ∈ M : S(θ) ≤ 2/η}. Each step perturbs θ (a Gaussian step plus an
/// outward push), retracts onto M by correcting an end layer (W_1 += Aᵀ(AAᵀ)⁻¹(W* − A W_1), or the mirror image on W_L),
/// and is accepted only if it is stable with a small margin and farther out; the step grows on success and shrinks on
/// failure. Full-rank case only (G = 0 on M, so S is the Gauss–Newton sharpness of <see cref="ManifoldSharpness"/>).
/// </summary>
public static class FarthestStableSearch
{
    private const double StabilityMargin = 1e-9;

    /// <param name="Accepted">The accepted points of every run, in order of increasing norm within each run.</param>
    public sealed record Result(IReadOnlyList<double[]> Accepted, double LargestNorm, double[]? Farthest, int Proposed);

    public static Result Run(NumericProblem problem, Matrix<double> wStar, IEnumerable<double[]> starts, double eta, SeededRandom random, int stepsPerStart = 150)
    {
        var sharpness = new ManifoldSharpness(problem);
        double limit = 2 / eta * (1 - StabilityMargin);
        var accepted = new List<double[]>();
        double largest = 0;
        double[]? farthest = null;
        int proposed = 0;
        foreach (var start in starts)
        {
            if (!IsStable(sharpness, start, limit)) continue;
            var current = start;
            double norm = Norm(current);
            Record(current, norm);
            double scale = 0.1 * (1 + norm);
            for (int step = 0; step < stepsPerStart; step++)
            {
                proposed++;
                var moved = new double[current.Length];
                for (int p = 0; p < moved.Length; p++)
                    moved[p] = current[p] + scale * (random.NextNormal() / Math.Sqrt(moved.Length) + (norm > 0 ? current[p] / norm : 0));
                var proposal = Retract(problem, moved, wStar);
                double proposalNorm = proposal is null ? 0 : Norm(proposal);
                if (proposal is not null && proposalNorm > norm && IsStable(sharpness, proposal, limit))
                {
                    current = proposal;
                    norm = proposalNorm;
                    Record(current, norm);
                    scale *= 1.5;
                }
                else scale *= 0.6;
                if (scale < 1e-12 * (1 + norm)) break;
            }
        }
        return new Result(accepted, largest, farthest, proposed);

        void Record(double[] theta, double norm)
        {
            accepted.Add(theta);
            if (norm > largest || farthest is null) { largest = norm; farthest = theta; }
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

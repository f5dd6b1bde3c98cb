using System.Text.Json.Nodes;
using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Reports;
using EosVerify.Theorems;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Evaluation;

/// <summary>
/// The "wStar" and "minimizerManifold" parts of the evaluate report (MATH.md T2). W* = Syx Sxx⁻¹ exactly when Sxx ≻ 0
/// (decided exactly); else the minimum-norm Syx Sxx⁺ in doubles. The point of M is exact when Sxx ≻ 0 and
/// rank W* ≤ every hidden width: the rank factorisation of W*, moved along M by seeded rational gauges (so that it is
/// generic); otherwise the balanced point of the minimiser product (W_r in the reduced-rank case) in doubles.
/// </summary>
internal static class MinimizerSection
{
    public static (JsonObject WStar, JsonObject Manifold) Build(Problem problem, NumericProblem numeric, MinimizerTarget target,
        EvaluationOptions options)
    {
        var moments = problem.Moments;
        RationalMatrix? exactWStar = ExactLinearAlgebra.IsPositiveDefinite(moments.Sxx)
            ? moments.Syx * ExactLinearAlgebra.Inverse(moments.Sxx)
            : null;
        var wStar = exactWStar?.ToDouble() ?? numeric.Syx * numeric.Sxx.PseudoInverse();
        var wStarJson = new JsonObject
        {
            ["wStar"] = DoubleMatrix(wStar),
            ["wStarExact"] = exactWStar is null ? null : ExactJson.Matrix(exactWStar),
            ["wStarMethod"] = exactWStar is null ? "Syx·pinv(Sxx) in doubles: Sxx is singular, W* is not unique (minimum-norm solution)" : "Syx·Sxx⁻¹, exact",
        };

        Rational[]? exactPoint = null;
        if (exactWStar is not null
            && (problem.Architecture.Depth == 1 || ExactLinearAlgebra.Rank(exactWStar) <= problem.Architecture.Bottleneck))
        {
            var canonical = ExactManifoldPoints.Canonical(problem.Architecture, exactWStar);
            exactPoint = ExactManifoldPoints.Move(problem.Architecture, canonical, SeededRandom.ForStream(options.Seed, 1));
        }
        double[] point = exactPoint?.Select(v => v.ToDouble()).ToArray() ?? MinimizerManifold.BalancedPoint(numeric, target.Product);

        int? rank;
        string rankMethod;
        if (exactPoint is not null && problem.ParameterCount <= options.MaxExactRankParameters)
        {
            rank = MinimizerManifoldCheck.ExactRank(ExactDerivatives.ProductJacobian(problem, exactPoint));
            rankMethod = "exact (rational elimination at the exact point)";
        }
        else if (NumericRankSizeLimit(problem, options.Budget) is { } sizeLimit)
            (rank, rankMethod) = (null, "not computed: " + sizeLimit);
        else
        {
            rank = MinimizerManifold.ProductJacobianRank(numeric, point);
            rankMethod = FormattableString.Invariant($"numerical (singular values above {MinimizerManifold.DefaultRankTolerance:R} × the largest)");
        }
        int outputs = problem.Architecture.OutputDimension * problem.Architecture.InputDimension;
        var (dimension, dimensionMethod) = rank is null ? ((int?)null, rankMethod)
            : exactWStar is null
            ? (problem.ParameterCount - MinimizerSetRank(numeric, point),
                "singular Sxx: the global minimizers are {θ : μ(θ)·Sxx = Syx} = μ⁻¹(W₀ + E·Nᵀ) (N spanning ker Sxx, E free), so the dimension is P − rank of θ ↦ μ(θ)·Sxx at the point (numerical)")
            : (problem.ParameterCount - rank, "P − rank Dμ(point)");
        var spectrum = HessianSpectrum.At(numeric, point, null, options.MaxDenseSpectrumParameters, options.LanczosCount);

        // The loss at an exact global minimizer is the optimal loss, exactly (null where no exact minimizer is known).
        Rational? optimalLossExact = exactPoint is null ? null : ExactDerivatives.Loss(problem, exactPoint);
        var manifold = new JsonObject
        {
            ["case"] = CaseName(target.Case),
            ["product"] = DoubleMatrix(target.Product),
            ["optimalLoss"] = ExactJson.Number(optimalLossExact?.ToDouble() ?? target.OptimalLoss),
            ["optimalLossExact"] = optimalLossExact is { } loss ? ExactJson.Value(loss) : null,
            ["dimension"] = dimension,
            ["dimensionMethod"] = dimensionMethod,
            ["regularAtPoint"] = rank is null ? null : rank == outputs,
            ["point"] = ExactJson.Vector(point),
            ["pointExact"] = exactPoint is null ? null : ExactJson.Vector(exactPoint),
            ["pointMethod"] = exactPoint is null
                ? "balanced point of the minimiser product (doubles)"
                : "rank factorisation of W*, moved along M by seeded rational gauges (exact)",
            ["productJacobianRank"] = rank,
            ["productJacobianRankMethod"] = rankMethod,
            ["sharpnessAtPoint"] = ExactJson.Number(spectrum.Largest),
        };
        return (wStarJson, manifold);
    }

    /// <summary>Why the SVD of the m×P Dμ (4·m²·P operations, 8·m·P bytes; m = dL·d0) does not fit the budget; null when it does.</summary>
    private static string? NumericRankSizeLimit(Problem problem, WorkBudget budget)
    {
        double m = problem.Architecture.InputDimension * problem.Architecture.OutputDimension, p = problem.ParameterCount;
        double cost = 4 * m * m * p, bytes = 8 * m * p * 2;
        return budget.Allows(cost, bytes, 1) ? null : budget.SizeLimit($"the numerical rank of Dμ ({m}×{p} SVD)", cost, bytes, 1);
    }

    /// <summary>Numerical rank of θ ↦ μ(θ)·Sxx at θ: (I ⊗ Sxx)·Dμ, rows (i, j) of Dμ in row-major order of W.</summary>
    private static int MinimizerSetRank(NumericProblem numeric, double[] theta)
    {
        var jacobian = MinimizerManifold.ProductJacobian(numeric, theta);
        var composed = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(numeric.OutputDimension).KroneckerProduct(numeric.Sxx) * jacobian;
        var s = composed.Svd(computeVectors: false).S.ToArray();
        double max = s.DefaultIfEmpty(0).Max();
        return s.Count(v => v > MinimizerManifold.DefaultRankTolerance * Math.Max(max, double.Epsilon));
    }

    public static string CaseName(MinimizerCase c) => c switch
    {
        MinimizerCase.FullRank => "full-rank",
        MinimizerCase.ReducedRank => "reduced-rank",
        _ => "singular-input",
    };

    public static JsonArray DoubleMatrix(Matrix<double> m) =>
        new(Enumerable.Range(0, m.RowCount).Select(i => (JsonNode?)ExactJson.Vector(m.Row(i).ToArray())).ToArray());
}

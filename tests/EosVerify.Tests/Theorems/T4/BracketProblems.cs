using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Theorems;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Tests.Theorems.T4;

/// <summary>Seeded problems for the bracket tests, made anisotropic on purpose, and independent double-precision references.</summary>
internal static class BracketProblems
{
    /// <summary>
    /// 34 architectures: vector and scalar outputs, L = 1..5, hidden widths below dL (2-3-4, 1-2-3, 2-2-3, 2-3-3-4, 1-1-2),
    /// scalar chains.
    /// </summary>
    public static readonly string[] Architectures =
    [
        "2-1", "3-2", "1-1-1", "1-1-1-1", "1-1-1-1-1", "1-1-1-1-1-1",
        "2-1-1", "3-2-1", "3-4-1", "4-2-2-1", "2-3-3-3-1", "3-2-2-2-2-1", "5-1-1",
        "2-2-2", "3-3-3", "2-3-2", "3-4-2", "2-4-3", "3-3-3-3", "2-3-3-2", "3-4-4-3", "2-2-2-2-2", "2-3-2-3-2-2",
        "2-3-4", "1-2-3", "2-2-3", "2-3-3-4", "1-1-2", "1-2-2-3", "1-3-2",
        "4-3-2", "1-1-3", "4-5-5-2", "2-2-2-2-2-2",
    ];

    /// <summary>Generated data with the inputs rescaled by D = diag(1, 3, 1/2, 5/2, …): X' = DX, so Sxx' = D·Sxx·D, Syx' = Syx·D.</summary>
    public static Problem Anisotropic(string architecture, ulong seed, LossScale scale = LossScale.HalfMean)
    {
        var arch = Architecture.Parse(architecture);
        var m = DataGenerator.GenerateMoments(arch, 3 * arch.InputDimension + 6, seed, 0.2);
        Rational[] factors = [1, 3, new Rational(1, 2), new Rational(5, 2), 2, new Rational(3, 4), 4, new Rational(1, 3)];
        int d0 = arch.InputDimension;
        var d = RationalMatrix.Create(d0, d0, (i, j) => i == j ? factors[i % factors.Length] : Rational.Zero);
        return new Problem(arch, new Moments(m.SampleCount, d * m.Sxx * d, m.Syx * d, m.Syy), scale);
    }

    /// <summary>λ_max of the dense double Hessian (Numerics.DenseHessian: second derivatives of the loss, not the product-space form).</summary>
    public static double DenseSharpness(Problem problem, IReadOnlyList<Rational> theta) =>
        DenseHessian.Eigenvalues(new NumericProblem(problem), theta.Select(v => v.ToDouble()).ToArray()).Max();

    /// <summary>W_L⋯W_1 by plain multiplication of the exact blocks (not ExactLayers).</summary>
    public static RationalMatrix Product(Architecture architecture, IReadOnlyList<Rational> theta)
    {
        var blocks = architecture.Layout.Split(theta);
        var w = RationalMatrix.Create(architecture.InputDimension, architecture.InputDimension, (i, j) => i == j ? Rational.One : Rational.Zero);
        foreach (var block in blocks) w = RationalMatrix.Create(block.GetLength(0), block.GetLength(1), (i, j) => block[i, j]) * w;
        return w;
    }

    public static RationalMatrix WStar(Problem problem) => MinimizerTargetFacts.Of(problem).WStar!;

    public static Vector<double> Row(RationalMatrix m, int i) => Vector<double>.Build.Dense(m.ColumnCount, j => m[i, j].ToDouble());
}

using EosVerify.Networks;
using EosVerify.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Benchmarks;

/// <summary>Large seeded problems built directly in double precision (exact moments of 100-wide data would dominate setup).</summary>
internal static class NumericBenchmarkProblems
{
    /// <summary>Widths all equal to <paramref name="width"/>, depth L; Sxx, Syx from n = 2·width seeded Gaussian samples.</summary>
    public static NumericProblem Uniform(int width, int depth, IMatrixKernels kernels, ulong seed = 1)
    {
        var arch = new Architecture(Enumerable.Repeat(width, depth + 1).ToArray());
        int n = 2 * width;
        var rng = new SeededRandom(seed);
        var x = Matrix<double>.Build.Dense(width, n, (_, _) => rng.NextNormal());
        var teacher = Matrix<double>.Build.Dense(width, width, (_, _) => rng.NextNormal() / Math.Sqrt(width));
        var y = teacher * x + Matrix<double>.Build.Dense(width, n, (_, _) => 0.1 * rng.NextNormal());
        var sxx = x * x.Transpose() / n;
        sxx = (sxx + sxx.Transpose()) / 2;
        return new NumericProblem(arch, sxx, y * x.Transpose() / n, (y * y.Transpose()).Trace() / n, LossScale.HalfMean, kernels);
    }

    /// <summary>θ with entries N(0, 1/width): each layer is close to norm-preserving.</summary>
    public static double[] Point(NumericProblem problem, ulong seed = 2)
    {
        var rng = new SeededRandom(seed);
        double scale = 1 / Math.Sqrt(problem.Architecture.Width(1));
        return Enumerable.Range(0, problem.ParameterCount).Select(_ => scale * rng.NextNormal()).ToArray();
    }

    public static IMatrixKernels Kernels(string name) => name switch
    {
        "managed" => ManagedMatrixKernels.Instance,
        "openblas" => OpenBlasMatrixKernels.TryCreate() ?? throw new InvalidOperationException("libopenblas.so.0 not found (apt-get install libopenblas0)"),
        "auto" => MatrixKernels.Default,
        _ => throw new ArgumentException($"Unknown kernels '{name}'."),
    };
}

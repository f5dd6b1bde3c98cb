using BenchmarkDotNet.Attributes;
using EosVerify.Numerics;

namespace EosVerify.Benchmarks;

/// <summary>
/// One GD step (loss, gradient, update) for width 256, depth 8, against the 3L − 1 matrix products that step needs
/// (L−1 forward prefixes, W·Sxx, L−1 products with B_kᵀ and L−1 with W_kᵀ); target: step ≤ 2× products.
/// </summary>
public class NumericGdStepBenchmarks
{
    private const int Width = 256, Depth = 8;
    private NumericProblem _problem = null!;
    private IMatrixKernels _kernels = null!;
    private double[] _theta = null!, _gradient = null!;
    private GradientWorkspace _workspace = null!;
    private double[][] _a = null!, _b = null!, _c = null!;

    [Params("managed", "openblas")]
    public string Kernels { get; set; } = "managed";

    [GlobalSetup]
    public void Setup()
    {
        _kernels = NumericBenchmarkProblems.Kernels(Kernels);
        _problem = NumericBenchmarkProblems.Uniform(Width, Depth, _kernels);
        _theta = NumericBenchmarkProblems.Point(_problem);
        _gradient = new double[_problem.ParameterCount];
        _workspace = _problem.CreateWorkspace();
        int count = 3 * Depth - 1;
        _a = NewMatrices(count, 4);
        _b = NewMatrices(count, 5);
        _c = NewMatrices(count, 6);
    }

    private static double[][] NewMatrices(int count, ulong seed)
    {
        var rng = new Networks.SeededRandom(seed);
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, Width * Width).Select(_ => rng.NextNormal()).ToArray()).ToArray();
    }

    [Benchmark]
    public double GradientDescentStep()
    {
        double loss = _workspace.Evaluate(_theta, _gradient);
        const double eta = 1e-6;
        for (int i = 0; i < _theta.Length; i++) _theta[i] -= eta * _gradient[i];
        return loss;
    }

    [Benchmark(Baseline = true)]
    public double MatrixProductsOnly()
    {
        int l = Depth, i = 0;
        for (int k = 0; k < l - 1; k++, i++) _kernels.Multiply(_a[i], _b[i], _c[i], Width, Width, Width);
        _kernels.Multiply(_a[i], _b[i], _c[i], Width, Width, Width);
        i++;
        for (int k = 0; k < l - 1; k++, i++) _kernels.MultiplyTransposeB(_a[i], _b[i], _c[i], Width, Width, Width);
        for (int k = 0; k < l - 1; k++, i++) _kernels.MultiplyTransposeA(_a[i], _b[i], _c[i], Width, Width, Width);
        return _c[0][0];
    }
}

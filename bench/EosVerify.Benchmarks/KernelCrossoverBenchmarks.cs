using BenchmarkDotNet.Attributes;
using EosVerify.Numerics;

namespace EosVerify.Benchmarks;

/// <summary>One n×n×n product, managed vs OpenBLAS (one thread): where <see cref="AutoMatrixKernels.MinimumWork"/> comes from.</summary>
public class KernelCrossoverBenchmarks
{
    private double[] _a = null!, _b = null!, _c = null!;
    private IMatrixKernels _kernels = null!;

    [Params(8, 16, 32, 48, 64, 100)]
    public int Size { get; set; }

    [Params("managed", "openblas")]
    public string Kernels { get; set; } = "managed";

    [GlobalSetup]
    public void Setup()
    {
        _kernels = NumericBenchmarkProblems.Kernels(Kernels);
        var rng = new Networks.SeededRandom(3);
        _a = Enumerable.Range(0, Size * Size).Select(_ => rng.NextNormal()).ToArray();
        _b = Enumerable.Range(0, Size * Size).Select(_ => rng.NextNormal()).ToArray();
        _c = new double[Size * Size];
    }

    [Benchmark]
    public double Multiply()
    {
        _kernels.Multiply(_a, _b, _c, Size, Size, Size);
        return _c[0];
    }
}

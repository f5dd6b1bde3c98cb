using BenchmarkDotNet.Attributes;
using EosVerify.Algebra;

namespace EosVerify.Benchmarks;

/// <summary>Exact determinants of I − η·H (entries k/1000): fraction-free Bareiss and the multimodular (CRT) algorithm.</summary>
[MemoryDiagnoser]
public class ExactDeterminantBenchmarks
{
    private RationalMatrix _matrix = null!;

    [Params(50, 200)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => _matrix = ExactMatrices.GdJacobian(Size, 2026);

    [Benchmark]
    public Rational Bareiss() => ExactLinearAlgebra.BareissDeterminant(_matrix);

    [Benchmark(Baseline = true)]
    public Rational Multimodular() => ExactLinearAlgebra.Determinant(_matrix);
}

using BenchmarkDotNet.Attributes;
using EosVerify.Algebra;

namespace EosVerify.Benchmarks;

/// <summary>Exact characteristic polynomial of I − η·H (entries k/1000), multimodular.</summary>
public class ExactCharacteristicPolynomialBenchmarks
{
    private RationalMatrix _matrix = null!;

    [Params(50)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => _matrix = ExactMatrices.GdJacobian(Size, 2026);

    [Benchmark]
    public object Multimodular() => ExactLinearAlgebra.CharacteristicPolynomial(_matrix); // object: the polynomial type is internal
}

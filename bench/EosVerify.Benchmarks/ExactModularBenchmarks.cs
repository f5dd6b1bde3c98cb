using BenchmarkDotNet.Attributes;
using EosVerify.Algebra;

namespace EosVerify.Benchmarks;

/// <summary>Determinant modulo the Mersenne prime 2⁶¹ − 1 of a dense n×n residue matrix.</summary>
public class ExactModularBenchmarks
{
    private ulong[] _residues = [];

    [Params(1000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => _residues = ExactMatrices.ResiduesModMersenne(Size, 2026);

    [Benchmark]
    public ulong DeterminantModMersenne() => ModularArithmetic.Determinant(_residues, Size);
}

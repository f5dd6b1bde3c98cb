using BenchmarkDotNet.Attributes;
using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;

namespace EosVerify.Benchmarks;

/// <summary>
/// Symbolic derivation and exact evaluation. Data: DataGenerator, 20 samples, seed 1, noise 0.1 (moments on the
/// 1/1000 grid divided by n); θ entries uniform on the 1/1000 grid in [−1, 1] (seed 2).
/// Run: dotnet run -c Release --project bench/EosVerify.Benchmarks -- --filter '*SymbolicBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class SymbolicBenchmarks
{
    private Problem _p18 = null!, _p6 = null!, _p8 = null!, _p200 = null!, _p1000 = null!;
    private Rational[] _theta200 = null!, _theta1000 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _p18 = Make("3-3-3");
        _p6 = Make("2-2-1");
        _p8 = Make("2-2-2");
        _p200 = Make("5-10-10-5");
        _p1000 = Make("20-20-20-10");
        _theta200 = Theta(_p200.ParameterCount);
        _theta1000 = Theta(_p1000.ParameterCount);
    }

    private static Problem Make(string architecture)
    {
        var arch = Architecture.Parse(architecture);
        return new Problem(arch, DataGenerator.GenerateMoments(arch, 20, 1, 0.1));
    }

    private static Rational[] Theta(int p)
    {
        var random = new SeededRandom(2);
        return Enumerable.Range(0, p).Select(_ => new Rational(random.NextInt(2001) - 1000, 1000)).ToArray();
    }

    /// <summary>P = 18: loss polynomial, gradient and the 18×18 Hessian of polynomials.</summary>
    [Benchmark]
    public int SymbolicHessian_3_3_3() => SymbolicModel.Build(_p18).Hessian.RowCount;

    /// <summary>P = 6: expanded det(I − ηH(θ)).</summary>
    [Benchmark]
    public int GdJacobianDeterminant_2_2_1() => SymbolicModel.Build(_p6).GdJacobianDeterminant().Count;

    /// <summary>P = 8: expanded det(I − ηH(θ)).</summary>
    [Benchmark]
    public int GdJacobianDeterminant_2_2_2() => SymbolicModel.Build(_p8).GdJacobianDeterminant().Count;

    /// <summary>P = 200: exact rational Hessian at a rational point by matrix calculus.</summary>
    [Benchmark]
    public int ExactHessian_5_10_10_5() => ExactDerivatives.Hessian(_p200, _theta200).RowCount;

    /// <summary>P = 1000: Hessian modulo the largest 64-bit prime.</summary>
    [Benchmark]
    public int ModularHessian_20_20_20_10() => ModularHessian.At(_p1000, _theta1000, 18_446_744_073_709_551_557UL).Length;
}

using BenchmarkDotNet.Attributes;
using EosVerify.Numerics;

namespace EosVerify.Benchmarks;

/// <summary>Sharpness (Lanczos on HVPs, relative tolerance 1e-9) of a depth-10, width-100 network, P = 100,000; target &lt; 2 s.</summary>
public class NumericSharpnessBenchmarks
{
    private NumericProblem _problem = null!;
    private double[] _theta = null!;

    [Params("managed", "openblas")]
    public string Kernels { get; set; } = "managed";

    [GlobalSetup]
    public void Setup()
    {
        _problem = NumericBenchmarkProblems.Uniform(100, 10, NumericBenchmarkProblems.Kernels(Kernels));
        _theta = NumericBenchmarkProblems.Point(_problem);
    }

    [Benchmark]
    public double Sharpness() => _problem.Sharpness(_theta).Largest;
}

using BenchmarkDotNet.Attributes;
using EosVerify.Experiments;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Benchmarks;

/// <summary>The default-grid sweep (8 step sizes) with K = 1,000 runs × 2,000 steps on 5-4-3-1, both cores; target &lt; 20 s.</summary>
public class NumericSweepBenchmarks
{
    private NumericProblem _problem = null!;
    private double _etaStar;

    [GlobalSetup]
    public void Setup()
    {
        var arch = Architecture.Parse("5-4-3-1");
        _problem = new NumericProblem(new Problem(arch, DataGenerator.GenerateMoments(arch, 20, 2, 0.3)));
        _etaStar = MinSharpness.Find(_problem).CriticalEta;
    }

    [Benchmark]
    public int Sweep() => StepSizeSweep.Run(_problem, new SweepOptions { Runs = 1000, Steps = 2000, CriticalEta = _etaStar }).Rows.Sum(r => r.Converged);
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Benchmarks;

/// <summary>T1 certified at P = 1,000 (issue target: under 10 s), for a deep (L = 3) and a two-layer (L = 2) network.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class TheoremT1Benchmarks
{
    private Problem _deep = null!;
    private Problem _twoLayer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _deep = Generated("20-20-20-10"); // P = 400 + 400 + 200 = 1000
        _twoLayer = Generated("30-20-20");  // P = 600 + 400 = 1000
    }

    private static Problem Generated(string architecture)
    {
        var arch = Architecture.Parse(architecture);
        return new Problem(arch, DataGenerator.GenerateMoments(arch, 40, 1, 0.1), eta: new Rational(1, 10));
    }

    [Benchmark]
    public Verdict T1DepthThreeP1000() => new NonSingularGdMapCheck().Run(new CheckContext(_deep, new CheckOptions()), CancellationToken.None).Verdict;

    /// <summary>The worst case of a witness: a dense I − ηH at a random rational point, determinant mod 2^61 − 1.</summary>
    [Benchmark]
    public bool WitnessAtRandomPointP1000() =>
        WitnessDeterminant.Compute(_deep, RationalPoints.Random(new SeededRandom(3), _deep.ParameterCount), new Rational(1, 10), maxExactParameters: 150).IsZero;

    [Benchmark]
    public Verdict T1DepthTwoP1000() => new NonSingularGdMapCheck().Run(new CheckContext(_twoLayer, new CheckOptions()), CancellationToken.None).Verdict;
}

/// <summary>The whole default suite with z3 and the CLI's default 10 s timeout (issue target: under 60 s).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class DefaultSuiteBenchmarks
{
    [Benchmark]
    public int CheckDefaultSuite()
    {
        var folder = Directory.CreateTempSubdirectory("eosverify-bench-").FullName;
        try
        {
            var checker = new TheoremChecker(new CheckOptions(), SmtSolvers.Create("z3", null, SolverBudget.Default), folder);
            return DefaultSuite.Problems().Sum(p => checker.Check(p).Checks.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

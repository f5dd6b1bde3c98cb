using BenchmarkDotNet.Attributes;
using EosVerify.Numerics;

namespace EosVerify.Benchmarks;

/// <summary>
/// The work bench/python/twin.py times with numpy/scipy, on the same .npy files (<see cref="TwinData"/>): one GD step
/// at width 256, depth 8 (P = 524,288); one HVP, the sharpness (Lanczos, relative tolerance 1e-9) and the top 5
/// eigenvalues at depth 10, width 100 (P = 100,000).
/// </summary>
public class NumpyTwinBenchmarks
{
    private NumericProblem _gd = null!, _sharp = null!;
    private double[] _gdTheta = null!, _sharpTheta = null!, _gradient = null!, _v = null!, _hv = null!;
    private GradientWorkspace _workspace = null!;

    [Params("managed", "openblas", "auto")]
    public string Kernels { get; set; } = "auto";

    [GlobalSetup]
    public void Setup()
    {
        var kernels = NumericBenchmarkProblems.Kernels(Kernels);
        (_gd, _gdTheta) = TwinData.Load("gd-w256-d8", kernels);
        (_sharp, _sharpTheta) = TwinData.Load("sharp-w100-d10", kernels);
        _gradient = new double[_gd.ParameterCount];
        _workspace = _gd.CreateWorkspace();
        _v = NumericBenchmarkProblems.Point(_sharp, seed: 5);
        _hv = new double[_sharp.ParameterCount];
    }

    [Benchmark]
    public double GdStepW256D8()
    {
        double loss = _workspace.Evaluate(_gdTheta, _gradient);
        for (int i = 0; i < _gdTheta.Length; i++) _gdTheta[i] -= 1e-9 * _gradient[i];
        return loss;
    }

    [Benchmark]
    public double HvpP100k()
    {
        _sharp.HessianAt(_sharpTheta).Apply(_v, _hv);
        return _hv[0];
    }

    [Benchmark]
    public double SharpnessP100k() => _sharp.Sharpness(_sharpTheta).Largest;

    [Benchmark]
    public double Top5P100k() => _sharp.Sharpness(_sharpTheta, new LanczosOptions(Count: 5)).Eigenvalues[4];
}

using BenchmarkDotNet.Attributes;
using EosVerify.Numerics;

namespace EosVerify.Benchmarks;

/// <summary>Gradient vs Hessian–vector product on a depth-10, width-100 network (P = 100,000); target: HVP ≤ 4× gradient.</summary>
[MemoryDiagnoser]
public class NumericDerivativeBenchmarks
{
    private NumericProblem _problem = null!;
    private double[] _theta = null!, _direction = null!, _gradient = null!, _product = null!;
    private GradientWorkspace _workspace = null!;
    private HessianOperator _hessian = null!;

    [Params("managed", "openblas")]
    public string Kernels { get; set; } = "managed";

    [GlobalSetup]
    public void Setup()
    {
        _problem = NumericBenchmarkProblems.Uniform(100, 10, NumericBenchmarkProblems.Kernels(Kernels));
        _theta = NumericBenchmarkProblems.Point(_problem);
        _direction = NumericBenchmarkProblems.Point(_problem, 3);
        _gradient = new double[_problem.ParameterCount];
        _product = new double[_problem.ParameterCount];
        _workspace = _problem.CreateWorkspace();
        _hessian = _problem.HessianAt(_theta);
    }

    [Benchmark(Baseline = true)]
    public double Gradient() => _workspace.Evaluate(_theta, _gradient);

    /// <summary>One HVP from scratch (prefix/suffix products included).</summary>
    [Benchmark]
    public double[] HessianVectorProduct() => _problem.HessianVectorProduct(_theta, _direction);

    /// <summary>One more HVP at the same θ (what each Lanczos step costs).</summary>
    [Benchmark]
    public double HessianOperatorApply()
    {
        _hessian.Apply(_direction, _product);
        return _product[0];
    }
}

using System.Numerics;
using BenchmarkDotNet.Attributes;
using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Benchmarks;

/// <summary>
/// A dot product of 1 000 fractions k/1000 with Rational (inline long fast path) against the BigInteger-pair
/// arithmetic Rational used before (gcd-normalised after every operation), as the baseline.
/// </summary>
[MemoryDiagnoser]
public class ExactRationalBenchmarks
{
    private Rational[] _x = [], _y = [];
    private (BigInteger P, BigInteger Q)[] _bx = [], _by = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new SeededRandom(2026);
        _x = Enumerable.Range(0, 1000).Select(_ => new Rational(random.NextInt(2001) - 1000, 1000)).ToArray();
        _y = Enumerable.Range(0, 1000).Select(_ => new Rational(random.NextInt(2001) - 1000, 1000)).ToArray();
        _bx = _x.Select(r => (r.Numerator, r.Denominator)).ToArray();
        _by = _y.Select(r => (r.Numerator, r.Denominator)).ToArray();
    }

    [Benchmark]
    public Rational DotProduct()
    {
        var sum = Rational.Zero;
        for (int i = 0; i < _x.Length; i++) sum += _x[i] * _y[i];
        return sum;
    }

    [Benchmark(Baseline = true)]
    public BigInteger DotProductBigIntegerPairs()
    {
        (BigInteger P, BigInteger Q) sum = (0, 1);
        for (int i = 0; i < _bx.Length; i++)
        {
            var product = Normalise(_bx[i].P * _by[i].P, _bx[i].Q * _by[i].Q);
            sum = Normalise(sum.P * product.Q + product.P * sum.Q, sum.Q * product.Q);
        }
        return sum.P + sum.Q;
    }

    private static (BigInteger P, BigInteger Q) Normalise(BigInteger p, BigInteger q)
    {
        var g = BigInteger.GreatestCommonDivisor(p, q);
        return g.IsOne || g.IsZero ? (p, q) : (p / g, q / g);
    }
}

using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Theorems;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Tests.Theorems;

public class ScalarChainTests
{
    private static Problem Chain(int depth, string sxx, string syx, LossScale scale = LossScale.HalfMean)
    {
        var arch = new Architecture(Enumerable.Repeat(1, depth + 1).ToArray());
        var m = new Moments(4, RationalMatrix.FromRows([[Rational.Parse(sxx)]]), RationalMatrix.FromRows([[Rational.Parse(syx)]]),
            RationalMatrix.FromRows([[Rational.Parse("1000")]]));
        return new Problem(arch, m, scale);
    }

    [Test]
    public void MinSharpnessEqualsHandValues()
    {
        // 1-1-1, σ = 2, w* = 3/2: S_min = 2·2·(3/2) = 6.  1-1-1-1, σ = 1, w* = 8: S_min = 3·8^{4/3} = 48.
        var two = ScalarChain.TryCreate(Chain(2, "2", "3"))!;
        var three = ScalarChain.TryCreate(Chain(3, "1", "8"))!;
        Assert.Multiple(() =>
        {
            Assert.That(two.CompareMinSharpnessWith(6), Is.EqualTo(0));
            Assert.That(two.CompareMinSharpnessWith(new Rational(601, 100)), Is.LessThan(0));
            Assert.That(two.CompareMinSharpnessWith(new Rational(599, 100)), Is.GreaterThan(0));
            Assert.That(three.CompareMinSharpnessWith(48), Is.EqualTo(0));
            Assert.That(three.MinSharpnessApprox, Is.EqualTo(48).Within(1e-12));
        });
    }

    [Test]
    public void MeanLossDoublesTheCurvature()
    {
        var half = ScalarChain.TryCreate(Chain(2, "2", "3"))!;
        var mean = ScalarChain.TryCreate(Chain(2, "2", "3", LossScale.Mean))!;
        Assert.That(mean.CompareMinSharpnessWith(12), Is.EqualTo(0));
        Assert.That(half.EveryMinimumUnstableAt(new Rational(1, 2)), Is.True, "η = 1/2 > η* = 1/3");
        Assert.That(half.EveryMinimumUnstableAt(new Rational(1, 3)), Is.False, "η = η* has the balanced minimum with |1 − ηS| = 1");
        Assert.That(mean.EveryMinimumUnstableAt(new Rational(1, 5)), Is.True, "mean halves η* to 1/6");
    }

    [TestCase(2, "2", "3", "1", "3/2")]
    [TestCase(3, "1", "8", "2", "1/2")]
    [TestCase(4, "3/2", "-5", "1/2", "3")]
    public void SharpnessOnManifoldEqualsLargestEigenvalueOfFiniteDifferenceHessian(int depth, string sxx, string syx, string w1, string w2)
    {
        var problem = Chain(depth, sxx, syx);
        var chain = ScalarChain.TryCreate(problem)!;
        var lead = new[] { Rational.Parse(w1), Rational.Parse(w2) }.Take(depth - 1).ToList();
        while (lead.Count < depth - 1) lead.Add(Rational.One);
        var product = lead.Aggregate(Rational.One, (a, b) => a * b);
        var theta = lead.Append(chain.Target / product).ToArray();

        double sigma = Rational.Parse(sxx).ToDouble(), a = Rational.Parse(syx).ToDouble();
        // Independent: L(θ) = ½(σ p² − 2 a p + const) for half-mean, Hessian by central differences.
        double Loss(double[] w) { double p = w.Aggregate(1.0, (x, y) => x * y); return 0.5 * (sigma * p * p - 2 * a * p); }
        var x0 = theta.Select(t => t.ToDouble()).ToArray();
        var h = Matrix<double>.Build.Dense(depth, depth);
        double step = 1e-4;
        for (int i = 0; i < depth; i++)
            for (int j = 0; j < depth; j++)
            {
                double F(double di, double dj) { var x = (double[])x0.Clone(); x[i] += di; x[j] += dj; return Loss(x); }
                h[i, j] = (F(step, step) - F(step, -step) - F(-step, step) + F(-step, -step)) / (4 * step * step);
            }
        double fd = h.Evd().EigenValues.Select(e => e.Real).Max();
        double exact = chain.SharpnessOnManifold(theta).ToDouble();
        Assert.That(exact, Is.EqualTo(fd).Within(1e-5 * Math.Max(1, Math.Abs(fd))));
    }

    [Test]
    public void DepthTwoRadiusIsTwoOverEtaSigma()
    {
        var chain = ScalarChain.TryCreate(Chain(2, "2", "3"))!;
        var eta = new Rational(1, 4); // η* = 1/3, so stable minima exist
        var bracket = chain.StableRadiusSquared(eta)!.Value;
        var expected = 2 / (eta * chain.CurvatureScale); // MATH.md: R² = 2/(ησ) for L = 2
        Assert.That(bracket.Lower, Is.LessThanOrEqualTo(expected));
        Assert.That(bracket.Upper, Is.GreaterThanOrEqualTo(expected));
        Assert.That((bracket.Upper - bracket.Lower).ToDouble(), Is.LessThan(1e-15));
    }

    [Test]
    public void RadiusBracketAgreesWithBruteForceSearchOverStableMinima()
    {
        // 1-1-1-1, σ = 1, w* = 8, η = 1/30 < η* = 1/24. Scan (w1, w2) with w3 = w*/(w1 w2) and keep the largest ‖θ‖²
        // among points with S = σ w*² Σ 1/w_k² ≤ 2/η. No closed form is used here.
        var chain = ScalarChain.TryCreate(Chain(3, "1", "8"))!;
        var eta = new Rational(1, 30);
        var bracket = chain.StableRadiusSquared(eta)!.Value;
        double best = 0, target = 8, limit = 60;
        for (double u = -3; u <= 3; u += 0.002)
            for (double v = -3; v <= 3; v += 0.01)
            {
                double w1 = Math.Exp(u), w2 = Math.Exp(v), w3 = target / (w1 * w2);
                double s = target * target * (1 / (w1 * w1) + 1 / (w2 * w2) + 1 / (w3 * w3));
                if (s <= limit) best = Math.Max(best, w1 * w1 + w2 * w2 + w3 * w3);
            }
        Assert.That(best, Is.LessThanOrEqualTo(bracket.Upper.ToDouble() * (1 + 1e-12)));
        Assert.That(best, Is.GreaterThan(bracket.Lower.ToDouble() * 0.99), "the grid should come within 1% of the extreme point");
    }

    [Test]
    public void NoStableMinimaBeyondCriticalStep()
    {
        var chain = ScalarChain.TryCreate(Chain(3, "1", "8"))!;
        Assert.That(chain.StableRadiusSquared(new Rational(1, 20)), Is.Null, "η = 1/20 > η* = 1/24");
    }

    [Test]
    public void NotAChainOrDegenerateGivesNull()
    {
        Assert.That(ScalarChain.TryCreate(Chain(1, "1", "2")), Is.Null, "L = 1");
        Assert.That(ScalarChain.TryCreate(Chain(2, "1", "0")), Is.Null, "w* = 0");
    }
}

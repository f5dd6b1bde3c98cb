using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;

namespace EosVerify.Tests.Derivation;

/// <summary>Closed forms derived by hand (see each test), compared structurally as polynomials.</summary>
public class HandCheckedTests
{
    private static Problem Scalar(string architecture, Rational sxx, Rational syx, Rational syy, LossScale scale = LossScale.HalfMean)
    {
        static RationalMatrix M(Rational v) => RationalMatrix.Create(1, 1, (_, _) => v);
        return new Problem(Architecture.Parse(architecture), new Moments(4, M(sxx), M(syx), M(syy)), scale);
    }

    [TestCase(LossScale.HalfMean, 1)]
    [TestCase(LossScale.Mean, 2)]
    public void LinearRegressionInOneVariable(LossScale scale, int factor)
    {
        // L = c(σ w² − 2 a w + s): H = 2cσ, so det(I − ηH) = 1 − 2cση (1 − ησ for half-mean).
        var sigma = new Rational(7, 3);
        var model = SymbolicModel.Build(Scalar("1-1", sigma, new Rational(-1, 2), 5, scale));
        var eta = model.Eta;
        Assert.That(model.GdJacobianDeterminant(), Is.EqualTo(1 - eta * (factor * sigma)));
        Assert.That(model.GdJacobianDeterminant().Substitute(model.EtaIndex, 1 / (factor * sigma)).IsZero, Is.True,
            "the GD map is singular at η = 1/λ(H) (MATH.md T1 counterexample)");
    }

    [Test]
    public void LinearRegressionTwoByTwo()
    {
        // L = 1: H = I ⊗ Sxx in row-major θ (∂²L/∂W[i,j]∂W[k,l] = δ_ik Sxx[j,l]), so det(I − ηH) = det(I − ηSxx)²
        // = (1 − η tr Sxx + η² det Sxx)².
        var c = TestNetworks.Make("2-2");
        var sxx = c.Problem.Moments.Sxx;
        var model = SymbolicModel.Build(c.Problem);
        var eta = model.Eta;
        var factor = 1 - eta * sxx.Trace() + eta * eta * (sxx[0, 0] * sxx[1, 1] - sxx[0, 1] * sxx[1, 0]);
        Assert.That(model.GdJacobianDeterminant(), Is.EqualTo(factor * factor));
    }

    [TestCase(LossScale.HalfMean)]
    [TestCase(LossScale.Mean)]
    public void ScalarChainOfDepthTwo(LossScale scale)
    {
        // Half-mean: L = ½(σ w1²w2² − 2a w1w2 + s); ∂L/∂w1 = σ w1 w2² − a w2, ∂L/∂w2 = σ w1² w2 − a w1;
        // H = [[σ w2², 2σ w1w2 − a], [2σ w1w2 − a, σ w1²]];
        // det(I − ηH) = (1 − ησ w2²)(1 − ησ w1²) − η²(2σ w1w2 − a)². Mean doubles L and H.
        var (sigma, a, s) = (new Rational(3, 2), new Rational(-2, 5), new Rational(7));
        var model = SymbolicModel.Build(Scalar("1-1-1", sigma, a, s, scale));
        Rational k = scale == LossScale.Mean ? 2 : 1;
        var (w1, w2, eta) = (model.Parameter(0), model.Parameter(1), model.Eta);
        Assert.That(model.Loss, Is.EqualTo(k / 2 * (sigma * w1 * w1 * w2 * w2 - 2 * a * w1 * w2 + s)));
        Assert.That(model.Gradient[0], Is.EqualTo(k * (sigma * w1 * w2 * w2 - a * w2)));
        Assert.That(model.Gradient[1], Is.EqualTo(k * (sigma * w1 * w1 * w2 - a * w1)));
        var h01 = k * (2 * sigma * w1 * w2 - a);
        Assert.That(model.Hessian[0, 0], Is.EqualTo(k * sigma * w2 * w2));
        Assert.That(model.Hessian[1, 1], Is.EqualTo(k * sigma * w1 * w1));
        Assert.That(model.Hessian[0, 1], Is.EqualTo(h01));
        Assert.That(model.Hessian[1, 0], Is.EqualTo(h01));
        var det = (1 - eta * k * sigma * w2 * w2) * (1 - eta * k * sigma * w1 * w1) - eta * eta * h01 * h01;
        Assert.That(model.GdJacobianDeterminant(), Is.EqualTo(det));
    }

    [TestCase("1-1-1-1")]
    [TestCase("2-2-2-2-1")]
    [TestCase("2-3-2-1")]
    [TestCase("1-2-2-2-1")]
    public void HessianVanishesAtTheOriginForDepthAtLeastThree(string architecture)
    {
        var c = TestNetworks.Make(architecture);
        var zero = new Rational[c.Problem.ParameterCount];
        int p = c.Problem.ParameterCount;
        Assert.That(ExactDerivatives.Hessian(c.Problem, zero), Is.EqualTo(RationalMatrix.Zero(p, p)));
        var model = SymbolicModel.Build(c.Problem);
        Assert.That(model.Hessian.Evaluate(model.Point(zero)), Is.EqualTo(RationalMatrix.Zero(p, p)));
    }

    [Test]
    public void GdJacobianDeterminantIsOneAtTheOriginForDepthThree()
    {
        var model = SymbolicModel.Build(TestNetworks.Make("1-1-1-1").Problem);
        var det = model.GdJacobianDeterminant();
        var atOrigin = det;
        for (int q = 0; q < model.ParameterCount; q++) atOrigin = atOrigin.Substitute(q, Rational.Zero);
        Assert.That(atOrigin, Is.EqualTo(model.Ring.One), "det(I − η·0) = 1 for every η");
    }

    [Test]
    public void DepthTwoHessianAtTheOriginIsThePureResidualCrossTerm()
    {
        // At θ = 0, G = −Syx, and the only nonzero entries are ∂²L/∂W1[a,b]∂W2[e,f] = −Syx[e,b]·δ_{fa} (half-mean).
        var c = TestNetworks.Make("2-3-2");
        var layout = c.Problem.Layout;
        var h = ExactDerivatives.Hessian(c.Problem, new Rational[layout.ParameterCount]);
        var expected = RationalMatrix.Create(layout.ParameterCount, layout.ParameterCount, (p, q) =>
        {
            var (kp, ap, bp) = layout.Locate(p);
            var (kq, aq, bq) = layout.Locate(q);
            if (kp == kq) return Rational.Zero;
            var (a, b, e, f) = kp == 1 ? (ap, bp, aq, bq) : (aq, bq, ap, bp);
            return f == a ? -c.Problem.Moments.Syx[e, b] : Rational.Zero;
        });
        Assert.That(h, Is.EqualTo(expected));
    }

    [TestCase("2-2-1")]
    [TestCase("1-1-1")]
    public void MeanLossDoublesEverythingAndHalvesTheStepSize(string architecture)
    {
        var half = SymbolicModel.Build(TestNetworks.Make(architecture, LossScale.HalfMean).Problem);
        var mean = SymbolicModel.Build(TestNetworks.Make(architecture, LossScale.Mean).Problem);
        // Different rings (same names): compare canonical text.
        Assert.That(mean.Loss.ToString(), Is.EqualTo((2 * half.Loss).ToString()));
        for (int p = 0; p < half.ParameterCount; p++)
            Assert.That(mean.Gradient[p].ToString(), Is.EqualTo((2 * half.Gradient[p]).ToString()));
        Assert.That(mean.Hessian.Evaluate(mean.Point(TestNetworks.Theta(half.ParameterCount, 3))),
            Is.EqualTo(new Rational(2) * half.Hessian.Evaluate(half.Point(TestNetworks.Theta(half.ParameterCount, 3)))));
        // det(I − η H_mean) = det(I − (2η) H_half).
        var doubledStep = half.GdJacobianDeterminant().Substitute(half.EtaIndex, 2 * half.Eta);
        Assert.That(mean.GdJacobianDeterminant().ToString(), Is.EqualTo(doubledStep.ToString()));
    }
}

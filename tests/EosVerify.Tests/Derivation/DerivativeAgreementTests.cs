using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;

namespace EosVerify.Tests.Derivation;

/// <summary>
/// Three independent routes must agree: the symbolic polynomials (differentiated term by term), the exact
/// matrix calculus at a rational point (prefix/suffix products), and central finite differences of a plain
/// double loss written in <see cref="TestNetworks.PlainLoss"/>. The first two must agree exactly.
/// FD tolerances: gradient h = 1e-5, |fd − exact| ≤ 1e-6·(1 + |exact|);
/// Hessian h = 1e-4 (four-point mixed difference), |fd − exact| ≤ 1e-5·(1 + max|H|).
/// </summary>
public class DerivativeAgreementTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        TestNetworks.Architectures.Select(a => new TestCaseData(a, LossScale.HalfMean))
            .Concat([new TestCaseData("2-2-1", LossScale.Mean), new TestCaseData("1-1-1-1", LossScale.Mean), new TestCaseData("3-2", LossScale.Mean)]);

    [TestCaseSource(nameof(Cases))]
    public void SymbolicEqualsExactMatrixCalculus(string architecture, LossScale scale)
    {
        var c = TestNetworks.Make(architecture, scale);
        var model = SymbolicModel.Build(c.Problem);
        var theta = TestNetworks.Theta(model.ParameterCount, 99);
        var point = model.Point(theta);
        Assert.That(model.Loss.Evaluate(point), Is.EqualTo(ExactDerivatives.Loss(c.Problem, theta)), "loss");
        Assert.That(model.Gradient.Select(g => g.Evaluate(point)), Is.EqualTo(ExactDerivatives.Gradient(c.Problem, theta)), "gradient");
        Assert.That(model.Hessian.Evaluate(point), Is.EqualTo(ExactDerivatives.Hessian(c.Problem, theta)), "Hessian");
        Assert.That(model.ProductJacobian.Evaluate(point), Is.EqualTo(ExactDerivatives.ProductJacobian(c.Problem, theta)), "Dμ");
        Assert.That(model.Product.Evaluate(point), Is.EqualTo(ExactDerivatives.Product(c.Problem, theta)), "W(θ)");
    }

    [TestCaseSource(nameof(Cases))]
    public void ExactLossAndGradientMatchFiniteDifferencesOfThePlainLoss(string architecture, LossScale scale)
    {
        var c = TestNetworks.Make(architecture, scale);
        var theta = TestNetworks.Theta(c.Problem.ParameterCount, 5);
        var t = TestNetworks.ToDouble(theta);
        var loss = ExactDerivatives.Loss(c.Problem, theta).ToDouble();
        Assert.That(loss, Is.EqualTo(TestNetworks.PlainLoss(c, t)).Within(1e-12 * (1 + Math.Abs(loss))), "loss");
        var gradient = ExactDerivatives.Gradient(c.Problem, theta);
        const double h = 1e-5;
        for (int i = 0; i < t.Length; i++)
        {
            double fd = (TestNetworks.PlainLoss(c, Shift(t, i, h)) - TestNetworks.PlainLoss(c, Shift(t, i, -h))) / (2 * h);
            double exact = gradient[i].ToDouble();
            Assert.That(fd, Is.EqualTo(exact).Within(1e-6 * (1 + Math.Abs(exact))), $"∂L/∂θ_{i}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void ExactHessianMatchesFiniteDifferencesOfThePlainLoss(string architecture, LossScale scale)
    {
        var c = TestNetworks.Make(architecture, scale);
        var theta = TestNetworks.Theta(c.Problem.ParameterCount, 6);
        var t = TestNetworks.ToDouble(theta);
        var hessian = ExactDerivatives.Hessian(c.Problem, theta);
        double scaleH = 1;
        for (int i = 0; i < t.Length; i++)
            for (int j = 0; j < t.Length; j++)
                scaleH = Math.Max(scaleH, Math.Abs(hessian[i, j].ToDouble()));
        const double h = 1e-4;
        for (int i = 0; i < t.Length; i++)
            for (int j = 0; j < t.Length; j++)
            {
                double fd = (TestNetworks.PlainLoss(c, Shift(Shift(t, i, h), j, h)) - TestNetworks.PlainLoss(c, Shift(Shift(t, i, h), j, -h))
                           - TestNetworks.PlainLoss(c, Shift(Shift(t, i, -h), j, h)) + TestNetworks.PlainLoss(c, Shift(Shift(t, i, -h), j, -h))) / (4 * h * h);
                Assert.That(fd, Is.EqualTo(hessian[i, j].ToDouble()).Within(1e-5 * scaleH), $"H[{i},{j}]");
            }
    }

    [TestCaseSource(nameof(Cases))]
    public void ExactProductJacobianMatchesFiniteDifferences(string architecture, LossScale scale)
    {
        var c = TestNetworks.Make(architecture, scale);
        var theta = TestNetworks.Theta(c.Problem.ParameterCount, 8);
        var t = TestNetworks.ToDouble(theta);
        var jacobian = ExactDerivatives.ProductJacobian(c.Problem, theta);
        int d0 = c.Problem.Architecture.InputDimension, dL = c.Problem.Architecture.OutputDimension;
        Assert.That((jacobian.RowCount, jacobian.ColumnCount), Is.EqualTo((dL * d0, t.Length)));
        const double h = 1e-5;
        for (int p = 0; p < t.Length; p++)
        {
            var plus = PlainProduct(c.Problem.Architecture, Shift(t, p, h));
            var minus = PlainProduct(c.Problem.Architecture, Shift(t, p, -h));
            for (int r = 0; r < dL; r++)
                for (int s = 0; s < d0; s++)
                {
                    double exact = jacobian[r * d0 + s, p].ToDouble();
                    Assert.That((plus[r, s] - minus[r, s]) / (2 * h), Is.EqualTo(exact).Within(1e-6 * (1 + Math.Abs(exact))), $"∂W[{r},{s}]/∂θ_{p}");
                }
        }
    }

    private static double[] Shift(double[] v, int i, double h)
    {
        var w = (double[])v.Clone();
        w[i] += h;
        return w;
    }

    /// <summary>W_L⋯W_1 by pushing the identity's columns through the layers.</summary>
    private static double[,] PlainProduct(Architecture arch, double[] theta)
    {
        var widths = arch.Widths;
        var w = new double[widths[^1], widths[0]];
        for (int col = 0; col < widths[0]; col++)
        {
            var unit = new double[widths[0]];
            unit[col] = 1;
            var a = TestNetworks.Forward(widths, theta, unit);
            for (int r = 0; r < a.Length; r++) w[r, col] = a[r];
        }
        return w;
    }
}

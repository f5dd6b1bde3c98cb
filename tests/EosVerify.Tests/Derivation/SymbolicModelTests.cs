using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;

namespace EosVerify.Tests.Derivation;

public class SymbolicModelTests
{
    [Test]
    public void RingHasOneVariablePerParameterNamedByTheLayoutThenEta()
    {
        var model = SymbolicModel.Build(TestNetworks.Make("2-3-1").Problem);
        var expected = ParameterNames.AllPlain(model.Problem.Layout).Append("eta");
        Assert.That(model.Ring.VariableNames, Is.EqualTo(expected));
        Assert.That(model.Ring.VariableNames[model.Problem.Layout.Index(2, 0, 2)], Is.EqualTo("w2_1_3"));
        Assert.That(model.Eta, Is.EqualTo(model.Ring.Variable("eta")));
    }

    [Test]
    public void WeightMatricesHoldTheirParametersRowMajor()
    {
        var model = SymbolicModel.Build(TestNetworks.Make("2-3-1").Problem);
        // W_1 is 3×2: entry (2,1) is θ at offset 0 + 2·2 + 1 = 5.
        Assert.That(model.Weights[0][2, 1], Is.EqualTo(model.Parameter(5)));
        Assert.That(model.Weights[1][0, 2], Is.EqualTo(model.Parameter(6 + 2)));
        Assert.That((model.Product.RowCount, model.Product.ColumnCount), Is.EqualTo((1, 2)));
    }

    [TestCase("2-3-1", 4, 3, 2)]
    [TestCase("1-1-1-1", 6, 5, 4)]
    [TestCase("3-2", 2, 1, 0)]
    public void DegreesAreThoseOfMath(string architecture, int loss, int gradient, int hessian)
    {
        // MATH.md §2: L has degree 2L, ∇L degree 2L − 1, H entries degree 2L − 2.
        var model = SymbolicModel.Build(TestNetworks.Make(architecture).Problem);
        Assert.That(model.Loss.TotalDegree, Is.EqualTo(loss));
        Assert.That(model.Gradient.Max(g => g.TotalDegree), Is.EqualTo(gradient));
        int maxH = -1;
        for (int i = 0; i < model.ParameterCount; i++)
            for (int j = 0; j < model.ParameterCount; j++)
                maxH = Math.Max(maxH, model.Hessian[i, j].TotalDegree);
        Assert.That(maxH, Is.EqualTo(hessian));
    }

    [Test]
    public void GdJacobianIsIdentityMinusEtaTimesHessian()
    {
        var model = SymbolicModel.Build(TestNetworks.Make("1-2-1").Problem);
        var theta = TestNetworks.Theta(model.ParameterCount, 1);
        var eta = new Rational(1, 3);
        var expected = RationalMatrix.Identity(model.ParameterCount) - eta * ExactDerivatives.Hessian(model.Problem, theta);
        Assert.That(model.GdJacobian().Evaluate(model.Point(theta, eta)), Is.EqualTo(expected));
    }

    [Test]
    public void RefusesLargeParameterCountsAsInputErrors()
    {
        var arch = Architecture.Parse("10-10-1");
        var problem = new Problem(arch, DataGenerator.GenerateMoments(arch, 3, 1, 0.1));
        var ex = Assert.Throws<InputException>(() => SymbolicModel.Build(problem));
        Assert.That(ex!.Field, Is.EqualTo("architecture"));
    }

    [Test]
    public void ExactDerivativesRejectAWrongLengthTheta()
    {
        var c = TestNetworks.Make("2-2-1");
        var ex = Assert.Throws<InputException>(() => ExactDerivatives.Hessian(c.Problem, new Rational[5]));
        Assert.That(ex!.Field, Is.EqualTo("theta"));
    }
}

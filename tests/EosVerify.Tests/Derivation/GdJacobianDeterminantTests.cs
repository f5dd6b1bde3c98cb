using EosVerify.Algebra;
using EosVerify.Derivation;

namespace EosVerify.Tests.Derivation;

/// <summary>
/// The expanded det(I − ηH(θ)) (built from H's characteristic polynomial) against two other routes: Berkowitz run
/// directly on the polynomial matrix I − ηH, and Gaussian elimination over Q, written here, on I − ηH(θ₀) from the
/// exact matrix calculus at rational points (θ₀, η₀).
/// </summary>
public class GdJacobianDeterminantTests
{
    [TestCase("2-2-1")]
    [TestCase("2-1-2")]
    [TestCase("1-2-1")]
    [TestCase("1-1-1-1")]
    public void CharacteristicPolynomialRouteEqualsDirectBerkowitz(string architecture)
    {
        var model = SymbolicModel.Build(TestNetworks.Make(architecture).Problem);
        Assert.That(model.GdJacobianDeterminant(), Is.EqualTo(model.GdJacobian().Determinant()));
    }

    [TestCase("2-2-1", 1UL)]
    [TestCase("2-2-1", 2UL)]
    [TestCase("1-3-1", 3UL)]
    [TestCase("2-1-2", 4UL)]
    [TestCase("3-1", 5UL)]
    public void ExpandedDeterminantEvaluatesToTheDeterminantAtRationalPoints(string architecture, ulong seed)
    {
        var c = TestNetworks.Make(architecture);
        var model = SymbolicModel.Build(c.Problem);
        var det = model.GdJacobianDeterminant();
        var theta = TestNetworks.Theta(model.ParameterCount, seed);
        var eta = new Rational(3, 7 + (int)seed);
        var h = ExactDerivatives.Hessian(c.Problem, theta);
        var gd = RationalMatrix.Identity(h.RowCount) - eta * h;
        Assert.That(det.Evaluate(model.Point(theta, eta)), Is.EqualTo(GaussianDeterminant(gd)));
    }

    [Test]
    public void DepthTwoScalarOutputHessianIsSingularEverywhere()
    {
        // 2-2-1: L is invariant under W1 ↦ A W1, W2 ↦ W2 A⁻¹, so with ξ_C(θ) = (C W1, −W2 C) differentiating
        // ∇L·ξ_C = 0 gives H ξ_C = −ξ_Cᵀ∇L = −(Cᵀ W2ᵀ g, −g W1ᵀ Cᵀ) where g = ∂L/∂W (1×2). Take C = k uᵀ with
        // W2 k = 0 and u ⊥ W1 gᵀ: then H ξ_C = 0 with ξ_C ≠ 0, so det H ≡ 0 and deg_η det(I − ηH) < P.
        // Checked at a random rational point by elimination, and on the expansion.
        var c = TestNetworks.Make("2-2-1");
        var theta = TestNetworks.Theta(c.Problem.ParameterCount, 17);
        Assert.That(GaussianDeterminant(ExactDerivatives.Hessian(c.Problem, theta)), Is.EqualTo(Rational.Zero));
        var model = SymbolicModel.Build(c.Problem);
        Assert.That(model.GdJacobianDeterminant().DegreeIn(model.EtaIndex), Is.LessThan(model.ParameterCount));
    }

    /// <summary>Plain fraction Gaussian elimination with row swaps.</summary>
    private static Rational GaussianDeterminant(RationalMatrix m)
    {
        int n = m.RowCount;
        var a = new Rational[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                a[i, j] = m[i, j];
        var det = Rational.One;
        for (int col = 0; col < n; col++)
        {
            int pivot = -1;
            for (int r = col; r < n && pivot < 0; r++)
                if (!a[r, col].IsZero) pivot = r;
            if (pivot < 0) return Rational.Zero;
            if (pivot != col)
            {
                for (int j = 0; j < n; j++) (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
                det = -det;
            }
            det *= a[col, col];
            for (int r = col + 1; r < n; r++)
            {
                var f = a[r, col] / a[col, col];
                for (int j = col; j < n; j++) a[r, j] -= f * a[col, j];
            }
        }
        return det;
    }
}

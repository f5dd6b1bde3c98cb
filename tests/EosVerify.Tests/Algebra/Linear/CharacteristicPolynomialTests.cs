using EosVerify.Algebra;
using EosVerify.Networks;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Tests.Algebra.Linear;

public class CharacteristicPolynomialTests
{
    [Test]
    public void RootsAreTheEigenvaluesOfRandomSymmetricMatrices()
    {
        var random = new SeededRandom(31);
        for (int trial = 0; trial < 20; trial++)
        {
            int n = 2 + trial % 6;
            var a = TestMatrices.RandomSymmetric(random, n, 20, 7);
            var p = ExactLinearAlgebra.CharacteristicPolynomial(a);
            var eigenvalues = a.ToDouble().Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).OrderBy(x => x).ToArray();
            var roots = p.IsolateRealRoots(new Rational(1, 1_000_000_000_000)).Select(r => r.Midpoint.ToDouble()).ToArray();
            Assert.That(roots, Has.Length.EqualTo(n), $"trial {trial}: a random symmetric matrix has n distinct real eigenvalues");
            for (int i = 0; i < n; i++)
                Assert.That(roots[i], Is.EqualTo(eigenvalues[i]).Within(1e-8 * Math.Max(1, Math.Abs(eigenvalues[i]))), $"trial {trial}, eigenvalue {i}");
        }
    }

    [Test]
    public void CayleyHamiltonHoldsExactly()
    {
        var random = new SeededRandom(32);
        for (int trial = 0; trial < 25; trial++)
        {
            int n = 1 + trial % 7;
            // Sparse non-symmetric matrices exercise the row/column exchanges of the Hessenberg reduction.
            var a = TestMatrices.RandomRational(random, n, n, 6, 5, sparse: true);
            var p = ExactLinearAlgebra.CharacteristicPolynomial(a);
            var sum = RationalMatrix.Zero(n, n);
            var power = RationalMatrix.Identity(n);
            for (int k = 0; k <= p.Degree; k++)
            {
                sum += p[k] * power;
                power *= a;
            }
            Assert.That(sum, Is.EqualTo(RationalMatrix.Zero(n, n)), $"trial {trial}");
        }
    }

    [Test]
    public void MultimodularAndRationalHessenbergAlgorithmsAgree()
    {
        var random = new SeededRandom(34);
        for (int trial = 0; trial < 30; trial++)
        {
            int n = 1 + trial % 9;
            var a = TestMatrices.RandomRational(random, n, n, 1000, trial % 3 == 0 ? 1 : 97, sparse: trial % 2 == 0);
            Assert.That(ExactLinearAlgebra.CharacteristicPolynomial(a), Is.EqualTo(ExactLinearAlgebra.CharacteristicPolynomialOverQ(a)), $"trial {trial}");
        }
        Assert.That(ExactLinearAlgebra.CharacteristicPolynomial(RationalMatrix.Zero(3, 3)), Is.EqualTo(UnivariatePolynomial.Monomial(1, 3)));
        Assert.That(ExactLinearAlgebra.CharacteristicPolynomial(RationalMatrix.Zero(0, 0)), Is.EqualTo(UnivariatePolynomial.One()));
    }

    [Test]
    public void CayleyHamiltonHoldsForTheRationalAlgorithmToo()
    {
        var random = new SeededRandom(35);
        for (int trial = 0; trial < 15; trial++)
        {
            int n = 1 + trial % 6;
            var a = TestMatrices.RandomRational(random, n, n, 6, 5, sparse: true);
            var p = ExactLinearAlgebra.CharacteristicPolynomialOverQ(a);
            var sum = RationalMatrix.Zero(n, n);
            var power = RationalMatrix.Identity(n);
            for (int k = 0; k <= p.Degree; k++) { sum += p[k] * power; power *= a; }
            Assert.That(sum, Is.EqualTo(RationalMatrix.Zero(n, n)), $"trial {trial}");
        }
    }

    [Test]
    public void CoefficientsCarryTraceAndDeterminant()
    {
        var random = new SeededRandom(33);
        for (int trial = 0; trial < 25; trial++)
        {
            int n = 1 + trial % 6;
            var a = TestMatrices.RandomRational(random, n, n, 9, 9, sparse: trial % 2 == 0);
            var p = ExactLinearAlgebra.CharacteristicPolynomial(a, "t");
            Assert.That(p.Degree, Is.EqualTo(n));
            Assert.That(p.LeadingCoefficient, Is.EqualTo(Rational.One));
            Assert.That(p[n - 1], Is.EqualTo(-a.Trace()));
            var det = TestMatrices.CofactorDeterminant(a);
            Assert.That(p[0], Is.EqualTo(n % 2 == 0 ? det : -det), "p(0) = det(−A) = (−1)ⁿ det A");
            Assert.That(p.Variable, Is.EqualTo("t"));
        }
    }

    [Test]
    public void CompanionMatrixGivesBackItsPolynomial()
    {
        // The companion matrix of x³ − 2x + 1/3 (ones on the subdiagonal, −coefficients in the last column).
        var a = RationalMatrix.FromRows([[0, 0, new Rational(-1, 3)], [1, 0, 2], [0, 1, 0]]);
        var expected = UnivariatePolynomial.FromCoefficients([new Rational(1, 3), -2, 0, 1]);
        Assert.That(ExactLinearAlgebra.CharacteristicPolynomial(a), Is.EqualTo(expected));
    }

    [Test]
    public void LinearRegressionGdJacobianIsSingularExactlyAtReciprocalEigenvalues()
    {
        // MATH.md T1: for L = 1, det(I − ηSxx) = ∏(1 − ηλ_i) vanishes at η = 1/λ_i. Sxx = [[2,1],[1,2]] has λ = 1, 3.
        var sxx = RationalMatrix.FromRows([[2, 1], [1, 2]]);
        var p = ExactLinearAlgebra.CharacteristicPolynomial(sxx, "eta");
        // det(I − ηS) = ηⁿ·p(1/η): the reversed characteristic polynomial.
        var inEta = p.Reverse();
        Assert.That(inEta, Is.EqualTo(UnivariatePolynomial.FromRoots([1, new Rational(1, 3)], "eta") * (Rational)3));
        foreach (var eta in new[] { Rational.One, new Rational(1, 3) })
            Assert.That(ExactLinearAlgebra.Determinant(RationalMatrix.Identity(2) - eta * sxx), Is.EqualTo(Rational.Zero));
    }
}

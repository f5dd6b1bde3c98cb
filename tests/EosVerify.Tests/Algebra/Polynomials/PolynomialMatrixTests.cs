using EosVerify.Algebra;

namespace EosVerify.Tests.Algebra.Polynomials;

public class PolynomialMatrixTests
{
    private static readonly PolynomialRing Ring = new(["x", "y", "z"]);

    /// <summary>Laplace expansion along the first row: an independent O(n!) determinant.</summary>
    private static Polynomial Cofactor(PolynomialMatrix m)
    {
        int n = m.RowCount;
        if (n == 0) return m.Ring.One;
        var sum = m.Ring.Zero;
        for (int j = 0; j < n; j++)
        {
            int jj = j;
            var minor = PolynomialMatrix.Create(m.Ring, n - 1, n - 1, (r, c) => m[r + 1, c < jj ? c : c + 1]);
            var term = m[0, j] * Cofactor(minor);
            sum = j % 2 == 0 ? sum + term : sum - term;
        }
        return sum;
    }

    [TestCase(1UL)]
    [TestCase(2UL)]
    [TestCase(3UL)]
    [TestCase(4UL)]
    [TestCase(5UL)]
    public void BerkowitzDeterminantEqualsCofactorExpansion(ulong seed)
    {
        var r = new RandomPolynomials(seed);
        for (int n = 0; n <= 5; n++)
        {
            var m = r.Matrix(Ring, n, n, maxTerms: n <= 3 ? 3 : 2);
            Assert.That(m.Determinant(), Is.EqualTo(Cofactor(m)), $"n = {n}");
        }
    }

    [Test]
    public void DeterminantOfASingularMatrixIsZero()
    {
        var r = new RandomPolynomials(9);
        var a = r.Matrix(Ring, 3, 1);
        var b = r.Matrix(Ring, 1, 3);
        Assert.That((a * b).Determinant(), Is.EqualTo(Ring.Zero), "rank one");
    }

    [Test]
    public void CharacteristicCoefficientsOfAKnownMatrix()
    {
        // det(λI − [[x, y], [z, 0]]) = λ² − x λ − y z
        var x = Ring.Variable(0);
        var y = Ring.Variable(1);
        var z = Ring.Variable(2);
        var m = PolynomialMatrix.Create(Ring, 2, 2, (i, j) => (i, j) switch { (0, 0) => x, (0, 1) => y, (1, 0) => z, _ => Ring.Zero });
        Assert.That(m.CharacteristicCoefficients(), Is.EqualTo(new[] { Ring.One, -x, -(y * z) }));
    }

    [TestCase(11UL)]
    [TestCase(12UL)]
    public void DeterminantIsMultiplicativeAndInvariantUnderTranspose(ulong seed)
    {
        var r = new RandomPolynomials(seed);
        var a = r.Matrix(Ring, 3, 3, 2);
        var b = r.Matrix(Ring, 3, 3, 2);
        Assert.That((a * b).Determinant(), Is.EqualTo(a.Determinant() * b.Determinant()));
        Assert.That(a.Transpose().Determinant(), Is.EqualTo(a.Determinant()));
    }

    [TestCase(21UL)]
    [TestCase(22UL)]
    public void EvaluationCommutesWithMatrixOperations(ulong seed)
    {
        var r = new RandomPolynomials(seed);
        var a = r.Matrix(Ring, 2, 3);
        var b = r.Matrix(Ring, 3, 2);
        var c = r.Matrix(Ring, 2, 3);
        var x = r.Point(3);
        Assert.That((a * b).Evaluate(x), Is.EqualTo(a.Evaluate(x) * b.Evaluate(x)));
        Assert.That((a + c).Evaluate(x), Is.EqualTo(a.Evaluate(x) + c.Evaluate(x)));
        Assert.That((a - c).Transpose().Evaluate(x), Is.EqualTo((a.Evaluate(x) - c.Evaluate(x)).Transpose()));
        Assert.That((new Rational(3, 7) * a).Evaluate(x), Is.EqualTo(new Rational(3, 7) * a.Evaluate(x)));
        var sq = a * b;
        Assert.That(sq.Trace().Evaluate(x), Is.EqualTo(sq.Evaluate(x).Trace()));
        var xd = x.Select(v => v.ToDouble()).ToArray();
        var ad = a.Evaluate(xd);
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                Assert.That(ad[i, j], Is.EqualTo(a[i, j].Evaluate(x).ToDouble()).Within(1e-12));
    }

    [Test]
    public void ShapeMismatchesThrow()
    {
        var a = PolynomialMatrix.Zero(Ring, 2, 3);
        Assert.Throws<ArgumentException>(() => _ = a * a);
        Assert.Throws<ArgumentException>(() => _ = a + PolynomialMatrix.Zero(Ring, 3, 2));
        Assert.Throws<InvalidOperationException>(() => a.Determinant());
    }
}

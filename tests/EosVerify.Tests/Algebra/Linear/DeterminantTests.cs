using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Algebra.Linear;

public class DeterminantTests
{
    [Test]
    public void BareissEqualsCofactorExpansionOnRandomIntegerAndRationalMatrices()
    {
        var random = new SeededRandom(11);
        for (int trial = 0; trial < 120; trial++)
        {
            int n = 1 + trial % 6;
            var a = trial % 2 == 0
                ? TestMatrices.RandomInteger(random, n, n, 9)
                : TestMatrices.RandomRational(random, n, n, 9, 12, sparse: trial % 3 == 0);
            Assert.That(ExactLinearAlgebra.BareissDeterminant(a), Is.EqualTo(TestMatrices.CofactorDeterminant(a)), $"trial {trial}, n = {n}");
        }
    }

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public bool BareissEqualsCofactorExpansionOnArbitraryIntegers(int[] values)
    {
        int n = Math.Min(5, (int)Math.Sqrt(values.Length));
        var a = RationalMatrix.Create(n, n, (i, j) => values[i * n + j]);
        return ExactLinearAlgebra.BareissDeterminant(a) == TestMatrices.CofactorDeterminant(a);
    }

    [Test]
    public void DeterminantOfProductIsProductOfDeterminants()
    {
        var random = new SeededRandom(12);
        for (int trial = 0; trial < 30; trial++)
        {
            int n = 2 + trial % 7;
            var a = TestMatrices.RandomRational(random, n, n, 20, 50);
            var b = TestMatrices.RandomRational(random, n, n, 20, 50, sparse: true);
            Assert.That(ExactLinearAlgebra.BareissDeterminant(a * b),
                Is.EqualTo(ExactLinearAlgebra.BareissDeterminant(a) * ExactLinearAlgebra.BareissDeterminant(b)), $"trial {trial}");
        }
    }

    [Test]
    public void HandComputedDeterminants()
    {
        var a = RationalMatrix.FromRows([[1, 2], [3, 4]]);
        Assert.That(ExactLinearAlgebra.BareissDeterminant(a), Is.EqualTo((Rational)(-2)));
        // Zero top-left pivot forces a row exchange: det [[0,1,2],[3,4,5],[6,7,9]] = 0·(36−35) − 1·(27−30) + 2·(21−24) = −3.
        var b = RationalMatrix.FromRows([[0, 1, 2], [3, 4, 5], [6, 7, 9]]);
        Assert.That(ExactLinearAlgebra.BareissDeterminant(b), Is.EqualTo((Rational)(-3)));
        // diag(1/2, 2/3, −3/7) has determinant −1/7.
        var c = RationalMatrix.Create(3, 3, (i, j) => i != j ? Rational.Zero : new[] { new Rational(1, 2), new Rational(2, 3), new Rational(-3, 7) }[i]);
        Assert.That(ExactLinearAlgebra.BareissDeterminant(c), Is.EqualTo(new Rational(-1, 7)));
        Assert.That(ExactLinearAlgebra.BareissDeterminant(RationalMatrix.Zero(0, 0)), Is.EqualTo(Rational.One), "empty product");
    }

    [Test]
    public void SingularMatricesHaveZeroDeterminant()
    {
        var random = new SeededRandom(13);
        var b = TestMatrices.RandomRational(random, 6, 4, 9, 9);
        var c = TestMatrices.RandomRational(random, 4, 6, 9, 9);
        Assert.That(ExactLinearAlgebra.BareissDeterminant(b * c), Is.EqualTo(Rational.Zero), "rank ≤ 4 in a 6×6 matrix");
        Assert.That(ExactLinearAlgebra.Determinant(RationalMatrix.Zero(50, 50)), Is.EqualTo(Rational.Zero));
    }

    [TestCase(8)]
    [TestCase(25)]
    [TestCase(45)]
    [TestCase(60)]
    public void MultimodularDeterminantEqualsBareiss(int n)
    {
        var random = new SeededRandom((ulong)n);
        var identity = RationalMatrix.Identity(n);
        // The shape the tool needs: I − η·H with small rational entries, plus a fully random matrix.
        var h = TestMatrices.RandomSymmetric(random, n, 999, 1);
        var gdJacobian = identity - new Rational(3, 1000) * RationalMatrix.Create(n, n, (i, j) => h[i, j] / 1000);
        var general = TestMatrices.RandomRational(random, n, n, 1000, 30);
        foreach (var a in new[] { gdJacobian, general })
        {
            var expected = ExactLinearAlgebra.BareissDeterminant(a);
            Assert.That(MultimodularDeterminant.Compute(a), Is.EqualTo(expected));
            Assert.That(ExactLinearAlgebra.Determinant(a), Is.EqualTo(expected));
        }
    }

    [Test]
    public void MultimodularDeterminantHandlesSignsZeroRowsAndSingularity()
    {
        var random = new SeededRandom(14);
        for (int trial = 0; trial < 40; trial++)
        {
            int n = 1 + trial % 6;
            var a = TestMatrices.RandomRational(random, n, n, 1000000, 7, sparse: true);
            Assert.That(MultimodularDeterminant.Compute(a), Is.EqualTo(TestMatrices.CofactorDeterminant(a)), $"trial {trial}");
        }
        var singular = RationalMatrix.FromRows([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
        Assert.That(MultimodularDeterminant.Compute(singular), Is.EqualTo(Rational.Zero));
        // Entries far beyond 64 bits take the BigInteger reduction path.
        var huge = Rational.Parse("123456789012345678901234567890");
        var big = RationalMatrix.FromRows([[huge, 1], [3, huge]]);
        Assert.That(MultimodularDeterminant.Compute(big), Is.EqualTo(huge * huge - 3));
    }

    [Test]
    public void NonSquareMatrixIsRejectedWithItsShape()
    {
        var e = Assert.Throws<ArgumentException>(() => ExactLinearAlgebra.Determinant(RationalMatrix.Zero(2, 3)));
        Assert.That(e!.Message, Does.Contain("2×3"));
    }
}

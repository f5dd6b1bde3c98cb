using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Algebra.Linear;

public class EliminationTests
{
    [Test]
    public void RankAgreesWithEchelonFormAndConstruction()
    {
        var random = new SeededRandom(21);
        for (int trial = 0; trial < 60; trial++)
        {
            int m = 1 + random.NextInt(6), n = 1 + random.NextInt(6), r = 1 + random.NextInt(Math.Min(m, n));
            // B (m×r) · C (r×n) has rank ≤ r; random factors make it exactly r almost surely, so check with minors too.
            var a = TestMatrices.RandomRational(random, m, r, 5, 4) * TestMatrices.RandomRational(random, r, n, 5, 4);
            int rank = ExactLinearAlgebra.Rank(a);
            Assert.That(rank, Is.EqualTo(ExactLinearAlgebra.ReducedRowEchelon(a).Rank), $"trial {trial}");
            Assert.That(rank, Is.LessThanOrEqualTo(r));
            Assert.That(rank, Is.EqualTo(RankByMinors(a)), $"trial {trial}: largest nonzero minor");
        }
    }

    [Test]
    public void RankOfSpecialMatrices()
    {
        Assert.That(ExactLinearAlgebra.Rank(RationalMatrix.Zero(3, 4)), Is.EqualTo(0));
        Assert.That(ExactLinearAlgebra.Rank(RationalMatrix.Identity(5)), Is.EqualTo(5));
        Assert.That(ExactLinearAlgebra.Rank(RationalMatrix.FromRows([[0, 0, 1], [0, 0, 2], [0, 1, 0]])), Is.EqualTo(2));
    }

    [Test]
    public void ReducedRowEchelonFormIsReducedAndRowEquivalent()
    {
        var random = new SeededRandom(22);
        for (int trial = 0; trial < 30; trial++)
        {
            var a = TestMatrices.RandomRational(random, 4, 6, 4, 3, sparse: true);
            var form = ExactLinearAlgebra.ReducedRowEchelon(a);
            var r = form.Reduced;
            for (int k = 0; k < form.Rank; k++)
            {
                int c = form.PivotColumns[k];
                for (int i = 0; i < r.RowCount; i++) Assert.That(r[i, c], Is.EqualTo(i == k ? Rational.One : Rational.Zero));
                for (int j = 0; j < c; j++) Assert.That(r[k, j], Is.EqualTo(Rational.Zero), "left of the pivot");
            }
            for (int i = form.Rank; i < r.RowCount; i++)
                for (int j = 0; j < r.ColumnCount; j++) Assert.That(r[i, j], Is.EqualTo(Rational.Zero), "zero rows last");
            // Same row space: stacking the two does not raise the rank.
            var stacked = RationalMatrix.Create(8, 6, (i, j) => i < 4 ? a[i, j] : r[i - 4, j]);
            Assert.That(ExactLinearAlgebra.Rank(stacked), Is.EqualTo(form.Rank));
        }
    }

    [Test]
    public void NullspaceBasisIsAnnihilatedIndependentAndOfTheRightDimension()
    {
        var random = new SeededRandom(23);
        for (int trial = 0; trial < 30; trial++)
        {
            int m = 1 + random.NextInt(5), n = 1 + random.NextInt(6), r = 1 + random.NextInt(Math.Min(m, n));
            var a = TestMatrices.RandomRational(random, m, r, 5, 4) * TestMatrices.RandomRational(random, r, n, 5, 4);
            var basis = ExactLinearAlgebra.NullspaceBasis(a);
            int rank = ExactLinearAlgebra.Rank(a);
            Assert.That(basis.RowCount, Is.EqualTo(n));
            Assert.That(basis.ColumnCount, Is.EqualTo(n - rank), "rank–nullity");
            Assert.That(a * basis, Is.EqualTo(RationalMatrix.Zero(m, n - rank)));
            Assert.That(ExactLinearAlgebra.Rank(basis), Is.EqualTo(n - rank), "independent");
        }
    }

    [Test]
    public void InverseAndSolveReproduceTheirEquations()
    {
        var random = new SeededRandom(24);
        for (int trial = 0; trial < 30; trial++)
        {
            int n = 1 + trial % 6;
            var a = TestMatrices.RandomRational(random, n, n, 9, 9, sparse: trial % 2 == 0);
            if (TestMatrices.CofactorDeterminant(a).IsZero) continue;
            var inverse = ExactLinearAlgebra.Inverse(a);
            Assert.That(inverse * a, Is.EqualTo(RationalMatrix.Identity(n)));
            Assert.That(a * inverse, Is.EqualTo(RationalMatrix.Identity(n)));
            var b = TestMatrices.RandomRational(random, n, 3, 9, 9);
            Assert.That(a * ExactLinearAlgebra.Solve(a, b), Is.EqualTo(b));
            var c = TestMatrices.RandomRational(random, 2, n, 9, 9);
            Assert.That(ExactLinearAlgebra.SolveRight(a, c) * a, Is.EqualTo(c), "X·A = B, as for W* = Syx·Sxx⁻¹");
        }
    }

    [Test]
    public void SolvingWithASingularMatrixThrows()
    {
        var singular = RationalMatrix.FromRows([[1, 2], [2, 4]]);
        var e = Assert.Throws<ArgumentException>(() => ExactLinearAlgebra.Inverse(singular));
        Assert.That(e!.Message, Does.Contain("singular"));
    }

    [Test]
    public void PositiveDefinitenessAgreesWithEigenvaluesAndLeadingMinors()
    {
        var random = new SeededRandom(25);
        int definite = 0, indefinite = 0;
        for (int trial = 0; trial < 80; trial++)
        {
            int n = 1 + trial % 5;
            var b = TestMatrices.RandomRational(random, n, n, 5, 3);
            // Shifted Gram matrices: positive definite for large shifts, indefinite for negative ones.
            var a = b.Transpose() * b + new Rational(random.NextInt(7) - 4, 2) * RationalMatrix.Identity(n);
            var eigen = a.ToDouble().Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
            double min = eigen.Min();
            bool byMinors = Enumerable.Range(1, n).All(k => TestMatrices.CofactorDeterminant(TestMatrices.LeadingBlock(a, k)).Sign > 0);
            bool exact = ExactLinearAlgebra.IsPositiveDefinite(a);
            Assert.That(exact, Is.EqualTo(byMinors), $"trial {trial}: Sylvester by cofactor expansion");
            if (Math.Abs(min) > 1e-9) Assert.That(exact, Is.EqualTo(min > 0), $"trial {trial}: λ_min = {min}");
            if (exact) definite++; else indefinite++;
        }
        Assert.That(definite, Is.GreaterThan(5));
        Assert.That(indefinite, Is.GreaterThan(5));
    }

    [Test]
    public void SemidefinitenessSeparatesSingularGramMatricesFromIndefiniteOnes()
    {
        var random = new SeededRandom(26);
        for (int trial = 0; trial < 30; trial++)
        {
            var b = TestMatrices.RandomRational(random, 2, 4, 5, 3); // rank ≤ 2
            var gram = b.Transpose() * b;                             // 4×4, PSD, singular
            Assert.That(ExactLinearAlgebra.IsPositiveSemidefinite(gram), Is.True);
            Assert.That(ExactLinearAlgebra.IsPositiveDefinite(gram), Is.False);
            var shifted = gram - new Rational(1, 1000) * RationalMatrix.Identity(4); // has a negative eigenvalue
            Assert.That(ExactLinearAlgebra.IsPositiveSemidefinite(shifted), Is.False);
        }
        Assert.That(ExactLinearAlgebra.IsPositiveSemidefinite(RationalMatrix.FromRows([[0, 1], [1, 0]])), Is.False, "zero diagonal, eigenvalues ±1");
        Assert.That(ExactLinearAlgebra.IsPositiveSemidefinite(RationalMatrix.Zero(3, 3)), Is.True);
    }

    [Test]
    public void DefinitenessRejectsNonSymmetricMatrices()
    {
        Assert.Throws<ArgumentException>(() => ExactLinearAlgebra.IsPositiveDefinite(RationalMatrix.FromRows([[1, 2], [0, 1]])));
    }

    private static int RankByMinors(RationalMatrix a)
    {
        for (int k = Math.Min(a.RowCount, a.ColumnCount); k > 0; k--)
            foreach (var rows in Subsets(a.RowCount, k))
                foreach (var cols in Subsets(a.ColumnCount, k))
                    if (!TestMatrices.CofactorDeterminant(RationalMatrix.Create(k, k, (i, j) => a[rows[i], cols[j]])).IsZero)
                        return k;
        return 0;
    }

    private static IEnumerable<int[]> Subsets(int n, int k)
    {
        if (k == 0) { yield return []; yield break; }
        for (int last = k - 1; last < n; last++)
            foreach (var s in Subsets(last, k - 1)) yield return [.. s, last];
    }
}

using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Theorems;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Tests.Theorems.T4;

public class MinSharpnessBracketTests
{
    private static (MinSharpnessBracket Bracket, MinSharpnessResult Numeric) Of(Problem problem)
    {
        var numeric = MinSharpness.Find(new NumericProblem(problem));
        return (MinSharpnessBracket.For(problem, BracketProblems.WStar(problem), numeric.Point), numeric);
    }

    [TestCaseSource(typeof(BracketProblems), nameof(BracketProblems.Architectures))]
    public void TheNumericMinimumLiesInTheCertifiedBracket(string architecture)
    {
        var problem = BracketProblems.Anisotropic(architecture, 11);
        Assert.That(MinimizerTargetFacts.Of(problem).IsFullRank, Is.True, "the catalogue holds full-rank problems only");
        var (bracket, numeric) = Of(problem);
        double lo = bracket.Lower.ToDouble(), hi = bracket.Upper!.Value.ToDouble();
        Assert.That(lo, Is.GreaterThan(0));
        Assert.That(lo, Is.LessThanOrEqualTo(numeric.Value * (1 + 1e-12)), "S_lo ≤ numeric S_min");
        Assert.That(numeric.Value, Is.LessThanOrEqualTo(hi * (1 + 1e-9)), "numeric S_min ≤ S_hi");
        if (problem.Architecture.OutputDimension == 1)
            Assert.That((hi - lo) / hi, Is.LessThan(1e-12), "scalar outputs: the bracket is a point to 1e-12");
    }

    [TestCase("2-3-4"), TestCase("3-4-1"), TestCase("2-3-3-2"), TestCase("1-1-2"), TestCase("4-2-2-1"), TestCase("3-2")]
    public void TheUpperPointIsOnTheManifoldAndADenseHessianAgreesWithTheBracket(string architecture)
    {
        var problem = BracketProblems.Anisotropic(architecture, 4);
        var (bracket, _) = Of(problem);
        var flat = bracket.Flat!;
        Assert.That(BracketProblems.Product(problem.Architecture, flat.Theta), Is.EqualTo(BracketProblems.WStar(problem)), "μ(θ_hi) = W* exactly");
        double dense = BracketProblems.DenseSharpness(problem, flat.Theta);
        Assert.That(dense, Is.LessThanOrEqualTo(bracket.Upper!.Value.ToDouble() * (1 + 1e-9)));
        Assert.That(dense, Is.GreaterThanOrEqualTo(bracket.Lower.ToDouble() * (1 - 1e-9)));
    }

    [TestCase("3-3-3"), TestCase("3-3-3-3"), TestCase("3-4-4-3"), TestCase("2-3-3-2"), TestCase("2-4-3")]
    public void WhitenedDataGiveTheNarSastryClosedForm(string architecture)
    {
        // Sxx = I: S_min = L·σ_max(W*)^(2(L−1)/L) (Nar & Sastry 2018), computed here from a double SVD of Syx.
        var arch = Architecture.Parse(architecture);
        var generated = DataGenerator.GenerateMoments(arch, 20, 3, 0.2);
        int d0 = arch.InputDimension;
        var problem = new Problem(arch, new Moments(20, RationalMatrix.Identity(d0), generated.Syx, generated.Syy));
        double sigma = generated.Syx.ToDouble().Svd(computeVectors: false).S.Max();
        double closedForm = arch.Depth * Math.Pow(sigma, 2.0 * (arch.Depth - 1) / arch.Depth);
        var (bracket, numeric) = Of(problem);
        Assert.That(bracket.Lower.ToDouble(), Is.EqualTo(closedForm).Within(1e-11 * closedForm), "Theorem A is tight for Sxx = I");
        Assert.That(numeric.Value, Is.EqualTo(closedForm).Within(1e-8 * closedForm), "the search reaches the closed form");
        Assert.That(bracket.Upper!.Value.ToDouble(), Is.EqualTo(closedForm).Within(1e-7 * closedForm));
    }

    [TestCase("2-3-2-1", 2), TestCase("3-4-1", 2), TestCase("2-2-2-1", 3), TestCase("4-3-3-3-1", 4), TestCase("3-2-1", 4)]
    public void ScalarOutputLowerEndMatchesABruteForceScanOfTau(string architecture, int seed)
    {
        var problem = BracketProblems.Anisotropic(architecture, (ulong)seed);
        var (bracket, _) = Of(problem);
        var w = BracketProblems.Row(BracketProblems.WStar(problem), 0);
        var sxx = problem.Moments.Sxx.ToDouble();
        int l = problem.Architecture.Depth;
        // Independent scan: λ_max of the symmetric Sxx^{1/2}(τ^{−(L−1)}I + (L−1)τ·wwᵀ)Sxx^{1/2} on a fine log grid.
        var evd = sxx.Evd(Symmetricity.Symmetric);
        var root = evd.EigenVectors * Matrix<double>.Build.DenseOfDiagonalArray(evd.EigenValues.Select(z => Math.Sqrt(z.Real)).ToArray()) * evd.EigenVectors.Transpose();
        double best = double.PositiveInfinity, bestLog = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            double from = pass == 0 ? -20 : bestLog - 0.01, to = pass == 0 ? 20 : bestLog + 0.01;
            for (int i = 0; i <= 20000; i++)
            {
                double logTau = from + (to - from) * i / 20000, tau = Math.Exp(logTau);
                var middle = Matrix<double>.Build.DenseIdentity(w.Count) * Math.Pow(tau, -(l - 1)) + w.OuterProduct(w) * ((l - 1) * tau);
                double value = (root * middle * root).Evd(Symmetricity.Symmetric).EigenValues.Max(z => z.Real);
                if (value < best) { best = value; bestLog = logTau; }
            }
        }
        Assert.That(bracket.Lower.ToDouble(), Is.LessThanOrEqualTo(best * (1 + 1e-12)), "the certified lower end is below every scanned value");
        Assert.That(bracket.Lower.ToDouble(), Is.EqualTo(best).Within(1e-9 * best), "and equal to the scanned minimum");
        Assert.That(BracketProblems.DenseSharpness(problem, bracket.Flat!.Theta), Is.EqualTo(best).Within(1e-8 * best), "the chain point attains it");
    }

    [Test]
    public void TheScalarOutputCertificateRejectsAValueAboveTheMinimum()
    {
        var problem = BracketProblems.Anisotropic("3-4-1", 2);
        var (bracket, _) = Of(problem);
        var inverse = ExactLinearAlgebra.Inverse(problem.Moments.Sxx);
        var wStar = BracketProblems.WStar(problem);
        var w = Enumerable.Range(0, wStar.ColumnCount).Select(j => wStar[0, j]).ToArray();
        Assert.That(ScalarOutputSharpnessLowerBound.Certify(inverse, w, 2, bracket.Lower), Is.True);
        Assert.That(ScalarOutputSharpnessLowerBound.Certify(inverse, w, 2, bracket.Lower * new Rational(1000001, 1000000)), Is.False,
            "1e-6 above φ_min some τ makes the pencil positive definite");
    }

    [Test]
    public void ZeroTargetGivesTheExactBracketZero()
    {
        var arch = Architecture.Parse("2-2-2");
        var problem = new Problem(arch, new Moments(4, RationalMatrix.FromRows([[2, 1], [1, 3]]), RationalMatrix.Zero(2, 2), RationalMatrix.Identity(2)));
        var bracket = MinSharpnessBracket.For(problem, RationalMatrix.Zero(2, 2), null);
        Assert.That(bracket.IsZero, Is.True);
        Assert.That(bracket.Lower, Is.EqualTo(Rational.Zero));
        Assert.That(bracket.Flat!.Theta, Is.All.EqualTo(Rational.Zero));
        Assert.That(bracket.CriticalEtaEvidence().Upper, Is.Null, "no η*");
    }
}

using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Derivation.Latex;
using EosVerify.Networks;
using EosVerify.Reports;
using EosVerify.Tests.Derivation.Latex;

namespace EosVerify.Tests.Catalogue;

/// <summary>The expanded sections `derive` and the catalogue print, against the hand derivation of SmallProblems.</summary>
public class ProblemDerivationTests
{
    /// <summary>1-1-1 with Sxx = 2, Syx = 3/2, Syy = 5/4, n = 4 (half-mean): the problem SmallProblems derives by hand.</summary>
    private static Problem HandScalarChain() => new(Architecture.Parse("1-1-1"),
        new Moments(4, SmallProblems.M(2), SmallProblems.M(new Rational(3, 2)), SmallProblems.M(new Rational(5, 4))));

    private static HashSet<string> AsSet(IEnumerable<PolynomialTerm> terms) =>
        terms.Select(t => t.Coefficient + "·" + string.Join("", t.Factors.Select(f => $"x{f.Variable}^{f.Exponent}"))).ToHashSet();

    [Test]
    public void ScalarChainExpansionEqualsTheHandDerivation()
    {
        var expanded = ProblemDerivation.Expand(HandScalarChain(), out var contents)!;
        var hand = SmallProblems.ScalarChainExpanded();
        Assert.Multiple(() =>
        {
            Assert.That(contents, Is.EqualTo(new ProblemDerivation.Contents(true, true, 6)));
            Assert.That(AsSet(expanded.Loss!), Is.EquivalentTo(AsSet(hand.Loss!)), "loss");
            for (int p = 0; p < 2; p++)
                Assert.That(AsSet(expanded.Gradient![p]), Is.EquivalentTo(AsSet(hand.Gradient![p])), $"gradient {p}");
            for (int p = 0; p < 2; p++)
                for (int q = p; q < 2; q++)
                    Assert.That(AsSet(expanded.Hessian![p][q]), Is.EquivalentTo(AsSet(hand.Hessian![p][q])), $"Hessian {p},{q}");
            Assert.That(AsSet(expanded.GdJacobianDeterminant!), Is.EquivalentTo(AsSet(hand.GdJacobianDeterminant!)), "det(I − ηH)");
            Assert.That(expanded.EtaVariable, Is.EqualTo(2));
        });
    }

    [Test]
    public void RegressionDeterminantIsTheProductOverSxxEigenvalues()
    {
        // 2-1 (L = 1): H = Sxx (half-mean, one output), so det(I − ηH) = det(I − ηSxx) = 1 − η tr Sxx + η² det Sxx.
        var sxx = RationalMatrix.FromRows([[new Rational(5, 4), new Rational(3, 4)], [new Rational(3, 4), new Rational(5, 4)]]);
        var problem = new Problem(Architecture.Parse("2-1"), new Moments(4, sxx, RationalMatrix.FromRows([[1, 0]]), SmallProblems.M(2)));
        var expanded = ProblemDerivation.Expand(problem, out _)!;
        var expected = new[] { (Rational.One, 0), (new Rational(-5, 2), 1), (Rational.One, 2) }; // det Sxx = 25/16 − 9/16 = 1
        Assert.That(AsSet(expanded.GdJacobianDeterminant!),
            Is.EquivalentTo(AsSet(expected.Select(e => new PolynomialTerm(e.Item1, e.Item2 == 0 ? [] : [new VariablePower(2, e.Item2)])))));
    }

    [Test]
    public void SectionsFollowTheParameterLimits()
    {
        Problem Generated(string arch) => new(Architecture.Parse(arch), DataGenerator.GenerateMoments(Architecture.Parse(arch), 8, 1, 0.1));
        Assert.Multiple(() =>
        {
            ProblemDerivation.Expand(Generated("2-2-1"), out var six);
            Assert.That(six.Expanded && six.Determinant, Is.True, "P = 6: everything expanded");
            Assert.That(ProblemDerivation.Expand(Generated("2-3-1"), out var nine), Is.Not.Null);
            Assert.That(nine, Is.EqualTo(new ProblemDerivation.Contents(true, false, null)), "P = 9: no determinant");
            Assert.That(ProblemDerivation.Expand(Generated("3-2-3"), out _)!.GdJacobianDeterminant, Is.Null, "P = 12: no determinant");
            Assert.That(ProblemDerivation.Expand(Generated("4-3-1"), out var fifteen), Is.Null, "P = 15: nothing expanded");
            Assert.That(fifteen, Is.EqualTo(new ProblemDerivation.Contents(false, false, null)));
            Assert.That(ProblemDerivation.Document(Generated("4-3-1")).ToLatex(), Does.Not.Contain("Expanded polynomials"));
            Assert.That(ProblemDerivation.Document(Generated("2-2-1")).ToLatex(), Does.Contain("Determinant of the GD-map Jacobian"));
        });
    }
}

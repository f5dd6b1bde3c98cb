using EosVerify.Algebra;

namespace EosVerify.Tests.Algebra.Polynomials;

public class PolynomialBasicsTests
{
    private static readonly PolynomialRing Ring = new(["x", "y", "z"]);
    private static Polynomial X => Ring.Variable("x");
    private static Polynomial Y => Ring.Variable("y");
    private static Polynomial Z => Ring.Variable("z");

    [Test]
    public void PrintsTermsInGradedLexDescendingOrder()
    {
        // Hand-ordered: degree 3 first (x^2*y before y^3 by lex), then x*z before y^2 since (1,0,1) beats (0,2,0) in lex.
        var p = Y.Pow(3) + X * X * Y * new Rational(3, 2) - X * Z + Y * Y + 1 - X;
        Assert.That(p.ToString(), Is.EqualTo("3/2*x^2*y + y^3 - x*z + y^2 - x + 1"));
        Assert.That((-X + 2).ToString(), Is.EqualTo("-x + 2"));
        Assert.That(Ring.Zero.ToString(), Is.EqualTo("0"));
        Assert.That(Ring.Constant(new Rational(-7, 3)).ToString(), Is.EqualTo("-7/3"));
    }

    [Test]
    public void TermsExposeCoefficientsAndFactorsInTheSameOrder()
    {
        var p = X * X * Y * 5 - Z + 4;
        var terms = p.Terms.ToArray();
        Assert.That(terms, Has.Length.EqualTo(3));
        Assert.That(terms[0].Coefficient, Is.EqualTo(new Rational(5)));
        Assert.That(terms[0].Factors, Is.EqualTo(new[] { new VariablePower(0, 2), new VariablePower(1, 1) }));
        Assert.That(terms[1].Factors, Is.EqualTo(new[] { new VariablePower(2, 1) }));
        Assert.That(terms[1].Coefficient, Is.EqualTo(Rational.MinusOne));
        Assert.That(terms[2].Factors, Is.Empty);
        Assert.That(p.ConstantTerm, Is.EqualTo(new Rational(4)));
    }

    [Test]
    public void DegreesAndCoefficients()
    {
        var p = X * X * Y * 5 - Z.Pow(4) + 4;
        Assert.That(p.TotalDegree, Is.EqualTo(4));
        Assert.That(p.DegreeIn(0), Is.EqualTo(2));
        Assert.That(p.DegreeIn(2), Is.EqualTo(4));
        Assert.That(Ring.Zero.TotalDegree, Is.EqualTo(-1));
        Assert.That(p.Coefficient([2, 1, 0]), Is.EqualTo(new Rational(5)));
        Assert.That(p.Coefficient([0, 0, 4]), Is.EqualTo(Rational.MinusOne));
        Assert.That(p.Coefficient([1, 1, 0]), Is.EqualTo(Rational.Zero));
    }

    [Test]
    public void DerivativeOfAKnownPolynomial()
    {
        // d/dx (x^3 y − 2 x z + 7) = 3 x^2 y − 2 z
        var p = X.Pow(3) * Y - 2 * X * Z + 7;
        Assert.That(p.Derivative(0), Is.EqualTo(3 * X * X * Y - 2 * Z));
        Assert.That(p.Derivative(1), Is.EqualTo(X.Pow(3)));
        Assert.That(Ring.Constant(5).Derivative(2), Is.EqualTo(Ring.Zero));
    }

    [Test]
    public void SubstitutionOfAKnownPolynomial()
    {
        // (x y)(x ↦ y + 1) = y^2 + y
        Assert.That((X * Y).Substitute(0, Y + 1), Is.EqualTo(Y * Y + Y));
        Assert.That((X * Y + Z).Substitute(1, new Rational(1, 2)), Is.EqualTo(X * new Rational(1, 2) + Z));
        Assert.That((X * X - 2).Evaluate([new Rational(3, 2), 0, 0]), Is.EqualTo(new Rational(1, 4)));
    }

    [Test]
    public void ComposeMapsIntoAnotherRing()
    {
        var target = new PolynomialRing(["t"]);
        var t = target.Variable(0);
        var image = (X * Y - Z).Compose([t, t * t, target.Constant(3)], target);
        Assert.That(image, Is.EqualTo(t.Pow(3) - 3));
    }

    [Test]
    public void MixingRingsThrows()
    {
        var other = new PolynomialRing(["x", "y", "z"]);
        Assert.Throws<InvalidOperationException>(() => _ = X + other.Variable(0));
        Assert.Throws<InvalidOperationException>(() => _ = X * other.Variable(0));
        Assert.That(X, Is.Not.EqualTo(other.Variable(0)), "equality includes the ring");
    }

    [Test]
    public void BadInputsAreRejectedWithClearMessages()
    {
        Assert.Throws<ArgumentException>(() => _ = new PolynomialRing(["x", "x"]));
        Assert.Throws<ArgumentException>(() => Ring.Variable("w"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ring.Variable(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => X.Pow(-1));
        Assert.Throws<ArgumentException>(() => X.Evaluate(new Rational[2]));
    }

    [Test]
    public void DegreeLimitIsEnforcedNotWrappedAround()
    {
        var ring = new PolynomialRing(Enumerable.Range(0, 9).Select(i => $"v{i}"), requiredTotalDegree: 6);
        Assert.That(ring.MaxTotalDegree, Is.GreaterThanOrEqualTo(6));
        var v = ring.Variable(8);
        var top = v.Pow(ring.MaxTotalDegree);
        Assert.That(top.DegreeIn(8), Is.EqualTo(ring.MaxTotalDegree));
        var ex = Assert.Throws<OverflowException>(() => _ = top * v);
        Assert.That(ex!.Message, Does.Contain("limit"));
        Assert.Throws<OverflowException>(() => v.Pow(ring.MaxTotalDegree + 1));
    }

    [Test]
    public void TooManyVariablesForThePackingThrowsNotSupported()
    {
        var ex = Assert.Throws<NotSupportedException>(() => _ = new PolynomialRing(Enumerable.Range(0, 200).Select(i => $"v{i}"), 1000));
        Assert.That(ex!.Message, Does.Contain("words"));
    }

    [Test]
    public void MultiWordMonomialsKeepExponentsApart()
    {
        var ring = new PolynomialRing(Enumerable.Range(0, 40).Select(i => $"v{i}"), 20);
        Assert.That(ring.WordsPerMonomial, Is.GreaterThan(1));
        var exponents = Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? 0 : i % 2).ToArray();
        var m = ring.Monomial(new Rational(2, 3), exponents);
        Assert.That(m.TotalDegree, Is.EqualTo(exponents.Sum()));
        for (int i = 0; i < 40; i++) Assert.That(m.DegreeIn(i), Is.EqualTo(exponents[i]), $"variable {i}");
        Assert.That(m.Coefficient(exponents), Is.EqualTo(new Rational(2, 3)));
    }
}

using EosVerify.Algebra;

namespace EosVerify.Tests.Algebra.Polynomials;

/// <summary>
/// Algebraic laws as FsCheck properties over seeds; each seed draws random polynomials in a small one-word ring
/// and in a 30-variable ring whose monomials take three machine words.
/// </summary>
public class PolynomialRingLawTests
{
    private static readonly PolynomialRing Small = new(["x", "y", "z"]);
    private static readonly PolynomialRing Wide = new(Enumerable.Range(0, 30).Select(i => $"v{i}"));

    private static IEnumerable<(PolynomialRing Ring, RandomPolynomials Random)> Cases(ulong seed)
    {
        yield return (Small, new RandomPolynomials(seed));
        yield return (Wide, new RandomPolynomials(seed ^ 0xABCDEF));
    }

    [Test]
    public void WideRingReallyUsesSeveralWords() => Assert.That(Wide.WordsPerMonomial, Is.GreaterThan(1));

    [FsCheck.NUnit.Property(MaxTest = 60)]
    public void AdditionAndMultiplicationAreCommutativeAndAssociative(ulong seed)
    {
        foreach (var (ring, r) in Cases(seed))
        {
            var (a, b, c) = (r.Next(ring), r.Next(ring), r.Next(ring));
            Assert.That(a + b, Is.EqualTo(b + a));
            Assert.That(a * b, Is.EqualTo(b * a));
            Assert.That((a + b) + c, Is.EqualTo(a + (b + c)));
            Assert.That((a * b) * c, Is.EqualTo(a * (b * c)));
        }
    }

    [FsCheck.NUnit.Property(MaxTest = 60)]
    public void MultiplicationDistributesAndIdentitiesHold(ulong seed)
    {
        foreach (var (ring, r) in Cases(seed))
        {
            var (a, b, c) = (r.Next(ring), r.Next(ring), r.Next(ring));
            Assert.That(a * (b + c), Is.EqualTo(a * b + a * c));
            Assert.That(a * (b - c), Is.EqualTo(a * b - a * c));
            Assert.That(a + ring.Zero, Is.EqualTo(a));
            Assert.That(a * ring.One, Is.EqualTo(a));
            Assert.That(a - a, Is.EqualTo(ring.Zero));
            Assert.That((a + (-a)).IsZero, Is.True);
            var s = r.SmallRational();
            Assert.That(s * (a + b), Is.EqualTo(s * a + s * b));
            Assert.That(ring.Constant(s) * a, Is.EqualTo(s * a));
        }
    }

    [FsCheck.NUnit.Property(MaxTest = 60)]
    public void PowMatchesRepeatedMultiplication(ulong seed)
    {
        foreach (var (ring, r) in Cases(seed))
        {
            var a = r.Next(ring, maxTerms: 3);
            var expected = ring.One;
            for (int e = 0; e <= 5; e++)
            {
                Assert.That(a.Pow(e), Is.EqualTo(expected), $"exponent {e}");
                expected *= a;
            }
        }
    }

    [FsCheck.NUnit.Property(MaxTest = 60)]
    public void DerivativeIsLinearAndSatisfiesTheProductRule(ulong seed)
    {
        foreach (var (ring, r) in Cases(seed))
        {
            var (a, b) = (r.Next(ring), r.Next(ring));
            for (int v = 0; v < ring.VariableCount; v += Math.Max(1, ring.VariableCount / 5))
            {
                Assert.That((a * b).Derivative(v), Is.EqualTo(a.Derivative(v) * b + a * b.Derivative(v)));
                Assert.That((a + b).Derivative(v), Is.EqualTo(a.Derivative(v) + b.Derivative(v)));
                Assert.That(a.Derivative(v).Derivative(0), Is.EqualTo(a.Derivative(0).Derivative(v)), "mixed partials commute");
            }
        }
    }

    [FsCheck.NUnit.Property(MaxTest = 60)]
    public void EvaluationIsARingHomomorphism(ulong seed)
    {
        foreach (var (ring, r) in Cases(seed))
        {
            var (a, b) = (r.Next(ring), r.Next(ring));
            var x = r.Point(ring.VariableCount);
            Assert.That((a + b).Evaluate(x), Is.EqualTo(a.Evaluate(x) + b.Evaluate(x)));
            Assert.That((a * b).Evaluate(x), Is.EqualTo(a.Evaluate(x) * b.Evaluate(x)));
            Assert.That(a.Pow(3).Evaluate(x), Is.EqualTo(a.Evaluate(x).Pow(3)));
            Assert.That(ring.One.Evaluate(x), Is.EqualTo(Rational.One));
            var xd = x.Select(q => q.ToDouble()).ToArray();
            Assert.That(a.Evaluate(xd), Is.EqualTo(a.Evaluate(x).ToDouble()).Within(1e-9 * (1 + Math.Abs(a.Evaluate(x).ToDouble()))));
        }
    }

    [FsCheck.NUnit.Property(MaxTest = 40)]
    public void SubstitutionComposes(ulong seed)
    {
        // p(x ↦ q)(y ↦ s) = p(x ↦ q(y ↦ s), y ↦ s), and evaluating after substituting = evaluating at the substituted point.
        var ring = Small;
        var r = new RandomPolynomials(seed);
        var (p, q, s) = (r.Next(ring), r.Next(ring), r.Next(ring));
        var stepwise = p.Substitute(0, q).Substitute(1, s);
        var simultaneous = p.Substitute(new Dictionary<int, Polynomial> { [0] = q.Substitute(1, s), [1] = s });
        Assert.That(stepwise, Is.EqualTo(simultaneous));

        var x = r.Point(3);
        var image = new[] { q.Evaluate(x), s.Evaluate(x), x[2] };
        Assert.That(p.Substitute(new Dictionary<int, Polynomial> { [0] = q, [1] = s }).Evaluate(x), Is.EqualTo(p.Evaluate(image)));
        Assert.That(p.Substitute(2, x[2]).Substitute(1, x[1]).Substitute(0, x[0]), Is.EqualTo(ring.Constant(p.Evaluate(x))));
    }
}

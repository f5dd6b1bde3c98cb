using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Algebra.Univariate;

public class UnivariatePolynomialTests
{
    private static UnivariatePolynomial P(params Rational[] ascending) => UnivariatePolynomial.FromCoefficients(ascending);
    private static UnivariatePolynomial Roots(params Rational[] roots) => UnivariatePolynomial.FromRoots(roots);
    private static readonly UnivariatePolynomial XSquaredMinusTwo = P(-2, 0, 1);

    private static UnivariatePolynomial RandomPolynomial(SeededRandom random, int degree) =>
        P(Enumerable.Range(0, degree + 1).Select(_ => new Rational(random.NextInt(21) - 10, 1 + random.NextInt(6))).ToArray());

    [Test]
    public void ArithmeticMatchesPointwiseEvaluation()
    {
        var random = new SeededRandom(51);
        for (int trial = 0; trial < 50; trial++)
        {
            var a = RandomPolynomial(random, random.NextInt(6));
            var b = RandomPolynomial(random, random.NextInt(6));
            foreach (var x in new[] { new Rational(-7, 3), Rational.Zero, new Rational(5, 2), (Rational)11 })
            {
                Assert.That((a + b).Evaluate(x), Is.EqualTo(a.Evaluate(x) + b.Evaluate(x)));
                Assert.That((a - b).Evaluate(x), Is.EqualTo(a.Evaluate(x) - b.Evaluate(x)));
                Assert.That((a * b).Evaluate(x), Is.EqualTo(a.Evaluate(x) * b.Evaluate(x)));
            }
            Assert.That((a - a).IsZero, Is.True);
        }
    }

    [Test]
    public void EvaluationByHand()
    {
        // 2x³ − x + 1/2 at 1/3: 2/27 − 1/3 + 1/2 = (4 − 18 + 27)/54 = 13/54.
        Assert.That(P(new Rational(1, 2), -1, 0, 2).Evaluate(new Rational(1, 3)), Is.EqualTo(new Rational(13, 54)));
        Assert.That(P(new Rational(1, 2), -1, 0, 2).SignAt(-1), Is.EqualTo(-1), "−2 + 1 + 1/2 = −1/2");
    }

    [Test]
    public void DivisionWithRemainderReconstructsTheDividend()
    {
        var random = new SeededRandom(52);
        for (int trial = 0; trial < 50; trial++)
        {
            var a = RandomPolynomial(random, random.NextInt(8));
            var b = RandomPolynomial(random, random.NextInt(4));
            if (b.IsZero) continue;
            var (q, r) = a.DivRem(b);
            Assert.That(q * b + r, Is.EqualTo(a));
            Assert.That(r.Degree, Is.LessThan(b.Degree));
        }
        Assert.Throws<DivideByZeroException>(() => P(1, 1).DivRem(UnivariatePolynomial.Zero()));
    }

    [Test]
    public void DerivativeObeysTheProductRuleAndFiniteDifferences()
    {
        var random = new SeededRandom(53);
        for (int trial = 0; trial < 30; trial++)
        {
            var a = RandomPolynomial(random, random.NextInt(6));
            var b = RandomPolynomial(random, random.NextInt(6));
            Assert.That((a * b).Derivative(), Is.EqualTo(a.Derivative() * b + a * b.Derivative()));
            // Exact symmetric difference quotient of a polynomial of degree ≤ 2 equals its derivative; in general
            // (p(x+h) − p(x−h))/2h → p′(x) as h → 0.
            double x = 0.7, h = 1e-5;
            double fd = (a.EvaluateDouble(x + h) - a.EvaluateDouble(x - h)) / (2 * h);
            Assert.That(a.Derivative().EvaluateDouble(x), Is.EqualTo(fd).Within(1e-6 * Math.Max(1, Math.Abs(fd))));
        }
    }

    [Test]
    public void GcdOfConstructedExample()
    {
        var a = Roots(1, 2, 2);   // (x−1)(x−2)²
        var b = Roots(2, -3);     // (x−2)(x+3)
        var g = UnivariatePolynomial.Gcd(a, b);
        Assert.That(g, Is.EqualTo(Roots(2)));
        Assert.That((a % g).IsZero && (b % g).IsZero, Is.True, "divides both");
        Assert.That(UnivariatePolynomial.Gcd(a / g, b / g), Is.EqualTo(UnivariatePolynomial.One()), "maximal: the cofactors are coprime");
    }

    [Test]
    public void GcdRecoversAPlantedCommonFactor()
    {
        var random = new SeededRandom(54);
        var common = XSquaredMinusTwo * Roots(new Rational(1, 3));
        for (int trial = 0; trial < 20; trial++)
        {
            var u = RandomPolynomial(random, 1 + random.NextInt(4));
            var v = RandomPolynomial(random, 1 + random.NextInt(4));
            if (u.IsZero || v.IsZero) continue;
            var g = UnivariatePolynomial.Gcd(common * u, (Rational)7 * common * v);
            var extra = UnivariatePolynomial.Gcd(u, v);
            Assert.That(g, Is.EqualTo((common * extra).Monic()), $"trial {trial}");
        }
        Assert.That(UnivariatePolynomial.Gcd([Roots(1, 2, 3), Roots(2, 3, 4), Roots(3, 2, 9)]), Is.EqualTo(Roots(2, 3)));
    }

    [Test]
    public void SquarefreePartKeepsEachRootOnce()
    {
        var p = (Rational)5 * Roots(1, 1, 1, -2, -2) * XSquaredMinusTwo;
        Assert.That(p.SquarefreePart(), Is.EqualTo(Roots(1, -2) * XSquaredMinusTwo));
        Assert.That(Roots(3).SquarefreePart(), Is.EqualTo(Roots(3)));
    }

    [Test]
    public void IsolatesKnownRationalRootsExactlyOnce()
    {
        var roots = new Rational[] { -3, new Rational(1, 2), new Rational(1, 2), new Rational(7, 3), 0, 100 };
        var intervals = Roots(roots).IsolateRealRoots();
        var distinct = roots.Distinct().OrderBy(r => r).ToArray();
        Assert.That(intervals, Has.Count.EqualTo(distinct.Length));
        for (int i = 0; i < distinct.Length; i++)
        {
            Assert.That(intervals[i].Contains(distinct[i]), Is.True, $"root {distinct[i]} in {intervals[i]}");
            Assert.That(distinct.Count(intervals[i].Contains), Is.EqualTo(1), "exactly one root per interval");
        }
        AssertDisjointAndIncreasing(intervals);
    }

    [Test]
    public void IsolatesIrrationalAndCloseRoots()
    {
        // (x² − 2)(x − 1)(x − (1 + 10⁻⁹))(x + 5/7): roots −√2, −5/7, 1, 1 + 10⁻⁹, √2.
        var tiny = new Rational(1, 1_000_000_000);
        var p = XSquaredMinusTwo * Roots(1, 1 + tiny, new Rational(-5, 7));
        var intervals = p.IsolateRealRoots();
        Assert.That(intervals, Has.Count.EqualTo(5));
        AssertDisjointAndIncreasing(intervals);
        AssertContainsSqrtTwo(intervals[0], negative: true);
        Assert.That(intervals[1].Contains(new Rational(-5, 7)), Is.True);
        Assert.That(intervals[2].Contains(1) && !intervals[2].Contains(1 + tiny), Is.True);
        Assert.That(intervals[3].Contains(1 + tiny) && !intervals[3].Contains(1), Is.True);
        AssertContainsSqrtTwo(intervals[4], negative: false);

        var refined = p.RefineRoot(intervals[4], new Rational(1, BigIntegerPow10(30)));
        Assert.That(refined.Width, Is.LessThanOrEqualTo(new Rational(1, BigIntegerPow10(30))));
        AssertContainsSqrtTwo(refined, negative: false);
        Assert.That(refined.Midpoint.ToDouble(), Is.EqualTo(Math.Sqrt(2)).Within(1e-15));
    }

    [Test]
    public void IsolatesTwoIrrationalRootsCloserThanDoublePrecision()
    {
        // x² − 2 and x² − (2 + 10⁻⁴⁰): roots √2 and √(2 + 10⁻⁴⁰) differ by about 3.5·10⁻⁴¹.
        var shifted = P(-(2 + new Rational(1, BigIntegerPow10(40))), 0, 1);
        var intervals = (XSquaredMinusTwo * shifted).IsolateRealRoots();
        Assert.That(intervals, Has.Count.EqualTo(4));
        AssertDisjointAndIncreasing(intervals);
        AssertContainsSqrtTwo(intervals[2], negative: false);
        Assert.That(shifted.SignAt(intervals[3].Lower) * shifted.SignAt(intervals[3].Upper), Is.EqualTo(-1), "√(2 + 10⁻⁴⁰) in the last");
    }

    [Test]
    public void NoRealRootsForXSquaredPlusOne()
    {
        Assert.That(P(1, 0, 1).IsolateRealRoots(), Is.Empty);
        Assert.That(P(1, 0, 1).CountRealRoots(), Is.EqualTo(0));
        var withOne = P(1, 0, 1) * Roots(4);
        Assert.That(withOne.IsolateRealRoots().Single().Contains(4), Is.True);
        Assert.That(UnivariatePolynomial.Constant(3).IsolateRealRoots(), Is.Empty);
    }

    [Test]
    public void RootCountsMatchRandomPolynomialsWithKnownRoots()
    {
        var random = new SeededRandom(55);
        for (int trial = 0; trial < 30; trial++)
        {
            var roots = Enumerable.Range(0, 1 + random.NextInt(6)).Select(_ => new Rational(random.NextInt(41) - 20, 1 + random.NextInt(4))).ToArray();
            // Times a factor with no real roots, x² + x + 1.
            var p = Roots(roots) * P(1, 1, 1) * (Rational)(1 + random.NextInt(5));
            var intervals = p.IsolateRealRoots();
            var distinct = roots.Distinct().OrderBy(r => r).ToArray();
            Assert.That(intervals, Has.Count.EqualTo(distinct.Length), $"trial {trial}");
            for (int i = 0; i < distinct.Length; i++) Assert.That(intervals[i].Contains(distinct[i]), Is.True);
            AssertDisjointAndIncreasing(intervals);
            Assert.That(p.CountRealRoots(-21, 21), Is.EqualTo(distinct.Length));
        }
    }

    [Test]
    public void SturmSequenceCountsRootsInHalfOpenIntervals()
    {
        var p = Roots(-1, 0, 2);
        Assert.That(p.CountRealRoots(-1, 2), Is.EqualTo(2), "(−1, 2] holds 0 and 2");
        Assert.That(p.CountRealRoots(-2, -1), Is.EqualTo(1), "(−2, −1] holds −1");
        Assert.That(p.CountRealRoots(new Rational(1, 10), new Rational(19, 10)), Is.EqualTo(0));
        var seq = p.SturmSequence();
        Assert.That(seq[0], Is.EqualTo(p));
        Assert.That(seq[1], Is.EqualTo(p.Derivative().Monic()));
    }

    [Test]
    public void ReverseGivesTheReciprocalRoots()
    {
        Assert.That(P(5, 3, 2).Reverse(), Is.EqualTo(P(2, 3, 5)));
        // (x − 2)(x − 3) = x² − 5x + 6 reversed is 6x² − 5x + 1 = 6(x − 1/2)(x − 1/3).
        Assert.That(Roots(2, 3).Reverse(), Is.EqualTo((Rational)6 * Roots(new Rational(1, 2), new Rational(1, 3))));
        Assert.That(P(0, 0, 1).Reverse(), Is.EqualTo(P(1)), "x² ↦ 1: zero roots go to infinity");
    }

    [TestCase(new[] { 0 }, "0")]
    [TestCase(new[] { 1 }, "1")]
    [TestCase(new[] { -3, 0, 1 }, "x^2 - 3")]
    [TestCase(new[] { 0, -1 }, "-x")]
    [TestCase(new[] { 2, 1, 0, -4 }, "-4*x^3 + x + 2")]
    public void PrintsInDescendingDegree(int[] ascending, string expected)
    {
        Assert.That(P(ascending.Select(c => (Rational)c).ToArray()).ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void PrintsRationalCoefficientsAndTheVariableName()
    {
        var p = UnivariatePolynomial.FromCoefficients([new Rational(-1, 2), new Rational(2, 3)], "eta");
        Assert.That(p.ToString(), Is.EqualTo("2/3*eta - 1/2"));
    }

    [Test]
    public void MixingVariablesIsAnError()
    {
        var a = UnivariatePolynomial.X("x");
        var b = UnivariatePolynomial.X("eta");
        Assert.Throws<ArgumentException>(() => _ = a + b);
    }

    private static System.Numerics.BigInteger BigIntegerPow10(int k) => System.Numerics.BigInteger.Pow(10, k);

    private static void AssertContainsSqrtTwo(RationalInterval interval, bool negative)
    {
        // ±√2 ∈ (lo, hi) iff lo and hi have the sign of the root and lo² < 2 < hi² (or the reverse for −√2).
        var (lo, hi) = negative ? (-interval.Upper, -interval.Lower) : (interval.Lower, interval.Upper);
        Assert.That(lo.Sign >= 0 && lo * lo < 2 && hi * hi > 2, Is.True, $"{interval} should contain {(negative ? "-" : "")}√2");
    }

    private static void AssertDisjointAndIncreasing(IReadOnlyList<RationalInterval> intervals)
    {
        for (int i = 1; i < intervals.Count; i++)
            Assert.That(intervals[i - 1].Upper, Is.LessThan(intervals[i].Lower), $"intervals {i - 1} and {i} overlap");
    }
}

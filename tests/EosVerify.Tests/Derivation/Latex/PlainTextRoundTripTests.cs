using System.Globalization;
using EosVerify.Algebra;
using EosVerify.Derivation.Latex;

namespace EosVerify.Tests.Derivation.Latex;

/// <summary>
/// Parentheses are sufficient: random layout trees are printed as plain text, re-read by an independent
/// recursive-descent parser with the usual precedence (^ over * and /, over + and −, left associative), and both
/// are evaluated exactly at a rational point. Any missing parenthesis changes the value.
/// </summary>
public class PlainTextRoundTripTests
{
    private static readonly Dictionary<string, Rational> Point = new()
    {
        ["x"] = new Rational(2, 3),
        ["y"] = new Rational(-5, 7),
        ["z"] = new Rational(3),
    };

    [Test]
    public void PrintedTextEvaluatesLikeTheTree()
    {
        var random = new Random(20240528);
        var formatter = new PlainTextFormatter();
        int checkedTrees = 0;
        for (int trial = 0; trial < 3000; trial++)
        {
            var tree = RandomTree(random, depth: 4);
            Rational expected;
            try { expected = Evaluate(tree); }
            catch (DivideByZeroException) { continue; }
            string text = formatter.Format(tree);
            var actual = new Parser(text).ParseAll();
            Assert.That(actual, Is.EqualTo(expected), $"'{text}'");
            checkedTrees++;
        }
        Assert.That(checkedTrees, Is.GreaterThan(2000));
    }

    private static MathNode RandomTree(Random random, int depth)
    {
        int choice = depth == 0 ? random.Next(2) : random.Next(8);
        switch (choice)
        {
            case 0: return new Number(random.Next(0, 5));
            case 1: return Symbol.Of(new[] { "x", "y", "z" }[random.Next(3)]);
            case 2: return new Negated(RandomTree(random, depth - 1));
            case 3: return new Sum(Enumerable.Range(0, random.Next(2, 4)).Select(_ => RandomTree(random, depth - 1)).ToList());
            case 4: return new Product(Enumerable.Range(0, random.Next(2, 4)).Select(_ => RandomTree(random, depth - 1)).ToList());
            case 5: return new Fraction(RandomTree(random, depth - 1), RandomTree(random, depth - 1));
            case 6: return new Power(RandomTree(random, depth - 1), new Number(random.Next(1, 4)));
            default: return RandomTree(random, depth - 1);
        }
    }

    private static Rational Evaluate(MathNode node) => node switch
    {
        Number n => new Rational(n.Value),
        Symbol s => Point[s.Plain],
        Negated neg => -Evaluate(neg.Operand),
        Sum sum => sum.Terms.Aggregate(Rational.Zero, (a, t) => a + Evaluate(t)),
        Product p => p.Factors.Aggregate(Rational.One, (a, f) => a * Evaluate(f)),
        Fraction f => Evaluate(f.Numerator) / Evaluate(f.Denominator),
        Power p => Evaluate(p.Base).Pow((int)((Number)p.Exponent).Value),
        _ => throw new ArgumentException(node.GetType().Name),
    };

    /// <summary>sum := ['-'] product (('+'|'-') product)*; product := power (('*'|'/') power)*; power := atom ['^' atom].</summary>
    private sealed class Parser(string text)
    {
        private int _at;

        public Rational ParseAll()
        {
            var value = Sum();
            SkipSpaces();
            if (_at != text.Length) throw new FormatException($"Trailing text at {_at} in '{text}'.");
            return value;
        }

        private Rational Sum()
        {
            bool negate = Accept('-');
            var value = Product();
            if (negate) value = -value;
            while (true)
            {
                if (Accept('+')) value += Product();
                else if (Accept('-')) value -= Product();
                else return value;
            }
        }

        private Rational Product()
        {
            var value = Power();
            while (true)
            {
                if (Accept('*')) value *= Power();
                else if (Accept('/')) value /= Power();
                else return value;
            }
        }

        private Rational Power()
        {
            var value = Atom();
            if (!Accept('^')) return value;
            var exponent = Atom();
            Assert.That(exponent.IsInteger, Is.True, $"exponent in '{text}'");
            return value.Pow((int)exponent.Numerator);
        }

        private Rational Atom()
        {
            SkipSpaces();
            if (Accept('('))
            {
                var inner = Sum();
                if (!Accept(')')) throw new FormatException($"Expected ')' at {_at} in '{text}'.");
                return inner;
            }
            int start = _at;
            if (_at < text.Length && char.IsDigit(text[_at]))
            {
                while (_at < text.Length && char.IsDigit(text[_at])) _at++;
                return new Rational(System.Numerics.BigInteger.Parse(text[start.._at], CultureInfo.InvariantCulture));
            }
            while (_at < text.Length && char.IsLetter(text[_at])) _at++;
            if (start == _at) throw new FormatException($"Expected an atom at {_at} in '{text}'.");
            return Point[text[start.._at]];
        }

        private bool Accept(char c)
        {
            SkipSpaces();
            if (_at < text.Length && text[_at] == c) { _at++; return true; }
            return false;
        }

        private void SkipSpaces()
        {
            while (_at < text.Length && text[_at] == ' ') _at++;
        }
    }
}

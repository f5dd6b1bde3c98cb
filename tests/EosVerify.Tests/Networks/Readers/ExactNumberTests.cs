using System.Text;
using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Networks.Readers;

public class ExactNumberTests
{
    [TestCase("0.1", 1, 10)]
    [TestCase("-2.5e-3", -1, 400)]
    [TestCase("000.0100", 1, 100)]
    [TestCase("1/3", 1, 3)]
    [TestCase("+7", 7, 1)]
    [TestCase(".5", 1, 2)]
    [TestCase("5.", 5, 1)]
    [TestCase("1e5", 100000, 1)]
    [TestCase("-0", 0, 1)]
    [TestCase("123456789012345678", 123456789012345678, 1)]
    [TestCase("0.000000000000000001", 1, 1_000_000_000_000_000_000)]
    public void ParsesExactly(string text, long numerator, long denominator) =>
        Assert.That(ExactNumber.Parse(text, "f"), Is.EqualTo(new Rational(numerator, denominator)));

    [TestCase("NaN", "finite")]
    [TestCase("-Infinity", "finite")]
    [TestCase("inf", "finite")]
    [TestCase("1e99999", "expected a number")]
    [TestCase("1e4000", "bits")]
    [TestCase("abc", "expected a number")]
    [TestCase("", "empty")]
    [TestCase("1/0", "expected a number")]
    public void RefusesNamingTheField(string text, string because)
    {
        var e = Assert.Throws<InputException>(() => ExactNumber.Parse(text, "data.X[0][0]"));
        Assert.That(e!.Field, Is.EqualTo("data.X[0][0]"));
        Assert.That(e.Problem, Does.Contain(because));
    }

    [Test]
    public void QuoteKeepsMessagesOnOneLine() =>
        // The first 40 characters are a, line feed, b, quote and 36 x; control characters and quotes are escaped.
        Assert.That(ExactNumber.Quote("a\nb\"" + new string('x', 100)), Is.EqualTo("\"a\\u000ab\\\"" + new string('x', 36) + "…\""));

    /// <summary>
    /// The one decimal parser (Rational's, with its 64-bit fast path) against an independent reference: a regular
    /// expression for [sign] digits [. digits] [e [sign] digits] and BigInteger arithmetic. Random texts from the
    /// number alphabet and random decimals (up to 22 + 22 digits, so both the fast and the BigInteger path run).
    /// </summary>
    [Test]
    public void DecimalParserAgreesWithABigIntegerReference()
    {
        var random = new SeededRandom(99);
        const string alphabet = "0123456789000.-+eE ";
        int compared = 0, accepted = 0;
        for (int i = 0; i < 50_000; i++)
        {
            string text = i % 2 == 0 ? RandomText(random, alphabet) : RandomDecimal(random);
            bool reference = ReferenceDecimal(text, out var expected);
            // Exact but too large for input (ExactNumber's bit limit, tested on its own): not a parser question.
            if (reference && expected.Numerator.GetBitLength() + expected.Denominator.GetBitLength() > InputLimits.MaxNumberBits) continue;
            bool parsed = ExactNumber.TryParse(text, out var actual, out _);
            Assert.That(parsed, Is.EqualTo(reference), $"'{text}'");
            if (reference) { Assert.That(actual, Is.EqualTo(expected), $"'{text}'"); accepted++; }
            compared++;
        }
        Assert.That(accepted, Is.GreaterThan(20_000), "most random decimals are valid");
        Assert.That(compared, Is.GreaterThan(40_000));
    }

    private static bool ReferenceDecimal(string text, out Rational value)
    {
        value = Rational.Zero;
        var match = System.Text.RegularExpressions.Regex.Match(text.Trim(), @"^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$");
        if (!match.Success || text.Trim().Length == 0) return false;
        string whole = match.Groups[2].Value, fraction = match.Groups[3].Value;
        if (whole.Length + fraction.Length == 0) return false;
        var big = match.Groups[4].Success ? System.Numerics.BigInteger.Parse(match.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (System.Numerics.BigInteger.Abs(big) > 4096) return false; // the documented exponent bound
        int exponent = (int)big;
        var mantissa = System.Numerics.BigInteger.Parse("0" + whole + fraction, System.Globalization.CultureInfo.InvariantCulture);
        if (match.Groups[1].Value == "-") mantissa = -mantissa;
        int scale = exponent - fraction.Length;
        value = scale >= 0 ? new Rational(mantissa * System.Numerics.BigInteger.Pow(10, scale))
                           : new Rational(mantissa, System.Numerics.BigInteger.Pow(10, -scale));
        return true;
    }

    private static string RandomText(SeededRandom random, string alphabet)
    {
        var sb = new StringBuilder();
        int length = 1 + random.NextInt(24);
        for (int k = 0; k < length; k++) sb.Append(alphabet[random.NextInt(alphabet.Length)]);
        return sb.ToString();
    }

    private static string RandomDecimal(SeededRandom random)
    {
        var sb = new StringBuilder();
        if (random.NextInt(3) == 0) sb.Append(random.NextInt(2) == 0 ? '-' : '+');
        int whole = random.NextInt(22);
        for (int k = 0; k < whole; k++) sb.Append((char)('0' + random.NextInt(10)));
        if (random.NextInt(2) == 0)
        {
            sb.Append('.');
            int fraction = random.NextInt(22);
            for (int k = 0; k < fraction; k++) sb.Append((char)('0' + random.NextInt(10)));
        }
        if (random.NextInt(3) == 0) sb.Append('e').Append(random.NextInt(2) == 0 ? "-" : "").Append(random.NextInt(40));
        return sb.ToString();
    }
}

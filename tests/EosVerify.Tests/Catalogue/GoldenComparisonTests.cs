using System.Text;

namespace EosVerify.Tests.Catalogue;

/// <summary>The golden comparison fails on any exact difference and tolerates only floating-point noise.</summary>
public class GoldenComparisonTests
{
    private static string? Compare(string expected, string actual) =>
        GoldenComparison.Difference("x/report.json", Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    [Test]
    public void VerdictsAnswersRationalsIntegersAndKeysMustBeEqual()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Compare("""{"verdict":"holds-certified"}""", """{"verdict":"inconclusive"}"""), Does.Contain("$.verdict"));
            Assert.That(Compare("""{"answer":"unsat"}""", """{"answer":"resource-limit"}"""), Is.Not.Null);
            Assert.That(Compare("""{"d":"1/3"}""", """{"d":"1/4"}"""), Is.Not.Null);
            Assert.That(Compare("""{"n":3}""", """{"n":4}"""), Is.Not.Null);
            Assert.That(Compare("""{"a":1,"b":2}""", """{"b":2,"a":1}"""), Does.Contain("keys"));
            Assert.That(Compare("""{"c":["f.smt2"]}""", """{"c":[]}"""), Does.Contain("elements"));
            Assert.That(GoldenComparison.Difference("x/a.smt2", [1, 2], [1, 3]), Is.EqualTo("bytes differ"), "certificates byte for byte");
        });
    }

    [Test]
    public void FloatingFiguresMayDifferWithinTheToleranceOrByOnePrintedDigit()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Compare("""{"x":0.9764407789521551}""", """{"x":0.9764407789521559}"""), Is.Null, "1e-15 relative");
            Assert.That(Compare("""{"x":0.9764407789521551}""", """{"x":0.9764507789521551}"""), Is.Not.Null, "1e-5 relative");
            Assert.That(Compare("""{"s":"farthest found ‖θ‖ ≈ 6.3712"}""", """{"s":"farthest found ‖θ‖ ≈ 6.3713"}"""), Is.Null, "a flipped last digit");
            Assert.That(Compare("""{"s":"farthest found ‖θ‖ ≈ 6.3712"}""", """{"s":"farthest found ‖θ‖ ≈ 6.3715"}"""), Is.Not.Null);
            Assert.That(Compare("""{"s":"‖θ‖² = 2.097E+06 at t = 1024"}""", """{"s":"‖θ‖² = 2.097E+06 at t = 2048"}"""), Is.Not.Null, "integers in text are exact");
            Assert.That(Compare("""{"s":"R² = 79.1741 (exact)"}""", """{"s":"R² = 79.1741 (numerical)"}"""), Is.Not.Null, "the words are exact");
        });
    }
}

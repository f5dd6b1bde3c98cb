using EosVerify.Networks;

namespace EosVerify.Tests.Networks;

public class ArchitectureTests
{
    [TestCase("2-3-1", 2, 9)]
    [TestCase("1-1", 1, 1)]
    [TestCase("3-2-3", 2, 12)]
    [TestCase("5-4-3-1", 3, 35)]
    public void ParsesWidthsAndCountsParameters(string text, int depth, int parameters)
    {
        var a = Architecture.Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(a.Depth, Is.EqualTo(depth));
            Assert.That(a.ParameterCount, Is.EqualTo(parameters));
            Assert.That(a.ToString(), Is.EqualTo(text));
        });
    }

    [TestCase("")]
    [TestCase("3")]
    [TestCase("2--1")]
    [TestCase("2-0-1")]
    [TestCase("2-x-1")]
    [TestCase("-2-1")]
    [TestCase("2-3-1-")]
    [TestCase("99999999999-1")]
    public void RejectsMalformedStringsNamingTheField(string text)
    {
        var e = Assert.Throws<InputException>(() => Architecture.Parse(text));
        Assert.That(e!.Field, Is.EqualTo("architecture"));
    }

    [Test]
    public void LayoutIndexAndLocateAreInverse()
    {
        var layout = Architecture.Parse("3-4-2-5").Layout;
        for (int p = 0; p < layout.ParameterCount; p++)
        {
            var (k, i, j) = layout.Locate(p);
            Assert.That(layout.Index(k, i, j), Is.EqualTo(p));
        }
        Assert.That(layout.Index(2, 1, 3), Is.EqualTo(12 + 1 * 4 + 3), "W_2 starts after the 4×3 W_1; row-major with 4 columns");
    }
}

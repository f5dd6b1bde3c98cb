using EosVerify.Cli;
using EosVerify.Networks;
using EosVerify.Reports;

namespace EosVerify.Tests.Cli;

internal class ExitCodesTests
{
    [Test]
    public void ValuesAreTheDocumentedOnes()
    {
        Assert.That((int)ExitCode.Success, Is.EqualTo(0));
        Assert.That((int)ExitCode.Violated, Is.EqualTo(1));
        Assert.That((int)ExitCode.UsageOrInputError, Is.EqualTo(2));
        Assert.That((int)ExitCode.Inconclusive, Is.EqualTo(3));
    }

    [TestCase(new ExitCode[0], ExitCode.Success)]
    [TestCase(new[] { ExitCode.Success, ExitCode.Success }, ExitCode.Success)]
    [TestCase(new[] { ExitCode.Success, ExitCode.Inconclusive }, ExitCode.Inconclusive)]
    [TestCase(new[] { ExitCode.Inconclusive, ExitCode.Violated, ExitCode.Success }, ExitCode.Violated)]
    [TestCase(new[] { ExitCode.Violated, ExitCode.Inconclusive }, ExitCode.Violated)]
    public void WorstFollowsMathMdSection3(ExitCode[] outcomes, ExitCode expected) =>
        Assert.That(ExitCodes.Worst(outcomes), Is.EqualTo(expected));

    [TestCase(0, 0, ExitCode.Success)]
    [TestCase(0, 2, ExitCode.Inconclusive)]
    [TestCase(1, 5, ExitCode.Violated)]
    public void FromVerdictCounts(int violated, int inconclusive, ExitCode expected) =>
        Assert.That(ExitCodes.FromVerdicts(violated, inconclusive), Is.EqualTo(expected));

    [Test]
    public void ExceptionsMapToUsageOrInternal()
    {
        Assert.That(ExitCodes.ForException(new InputException("f", "p")), Is.EqualTo(ExitCode.UsageOrInputError));
        Assert.That(ExitCodes.ForException(new OutputWriteException("a", new IOException("full"))), Is.EqualTo(ExitCode.UsageOrInputError));
        Assert.That(ExitCodes.ForException(new NullReferenceException()), Is.EqualTo(ExitCode.InternalError));
    }
}

using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems;

/// <summary>An exception from a check is a bug: it propagates out of the checker (the CLI prints one line, exit 70), never an inconclusive verdict.</summary>
public class TheoremCheckerExceptionTests
{
    private sealed class FailingCheck : TheoremCheck
    {
        public override string Id => "T9";

        public override string Claim => "a check with a bug";

        protected override CheckResult Decide(CheckContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a bug inside a check");
    }

    [Test]
    public void AnExceptionInACheckPropagates()
    {
        using var temp = new TempFolder("eosverify-checker-");
        string folder = temp.Path;
        var checker = new TheoremChecker(new CheckOptions(), new NoSmtSolver(), folder) { Checks = [new FailingCheck()] };
        var problem = TestProblems.FromMoments("1-1", "1", "1", "1", eta: "1/10");
        var thrown = Assert.Throws<InvalidOperationException>(() => checker.Check(problem));
        Assert.That(thrown!.Message, Is.EqualTo("a bug inside a check"));
    }

    [Test]
    public void TheDefaultChecksAreTheFourClaims() =>
        Assert.That(new TheoremChecker(new CheckOptions(), new NoSmtSolver(), Path.GetTempPath()).Checks.Select(c => c.Id), Is.EqualTo(new[] { "T1", "T2", "T3", "T4" }));
}

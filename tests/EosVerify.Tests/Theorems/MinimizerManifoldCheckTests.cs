using EosVerify.Networks;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Tests.Theorems;

public class MinimizerManifoldCheckTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("eosverify-t2-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private CheckResult Run(Problem problem, bool withSolver)
    {
        var options = new CheckOptions();
        var context = withSolver
            ? new CheckContext(problem, options, SmtSolvers.Create("z3", null, TimeSpan.FromSeconds(20)), new CertificateStore(_folder, "t2"))
            : new CheckContext(problem, options);
        return new MinimizerManifoldCheck().Run(context, CancellationToken.None);
    }

    [Test]
    public void ZeroTargetOnTheScalarChainIsSingularAtTheOrigin()
    {
        var result = Run(TestProblems.FromMoments("1-1-1", "1", "0", "1"), withSolver: true);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated));
        var theta = result.Counterexample!["theta"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.That(theta, Is.EqualTo(new[] { "0", "0" }), "MATH.md: M = {w1·w2 = 0} is singular at the origin");
        Assert.That(result.Counterexample["productJacobianRank"]!.GetValue<int>(), Is.EqualTo(0), "Dμ = (w2, w1) = 0 there");
        Assert.That(result.Evidence["smt"]!["answer"]!.GetValue<string>(), Is.EqualTo("sat"), "w1·w2 = 0 ∧ w1² + w2² = 0 has the solution 0");
        Assert.That(File.Exists(Path.Combine(_folder, result.Certificates.Single())), Is.True);
    }

    [Test]
    public void FullRankTargetIsARegularValueWithTheExpectedDimension()
    {
        var result = Run(TestProblems.Generated("2-2-1", 1), withSolver: true);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.Evidence["dimension"]!.GetValue<int>(), Is.EqualTo(6 - 2));
        Assert.That(result.Evidence["smt"]!["answer"]!.GetValue<string>(), Is.EqualTo("unsat"));
        var text = File.ReadAllText(Path.Combine(_folder, result.Certificates.Single()));
        Assert.That(text, Does.Contain("expected: unsat"));
    }

    [Test]
    public void RankDeficientTargetOnAWideNetworkHasASingularPoint()
    {
        // 2-2-2 with Sxx = I and Syx = diag(1, 0): W* = diag(1, 0) has rank 1 < 2. At W1 = W2 = diag(1, 0),
        // Dμ[Δ] = Δ2 W1 + W2 Δ1 never reaches the (2,2) entry: rank 3 of 4 (hand computation).
        var result = Run(TestProblems.FromMoments("2-2-2", "1,0;0,1", "1,0;0,0", "1,0;0,1"), withSolver: false);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.Violated));
        Assert.That(result.Counterexample!["productJacobianRank"]!.GetValue<int>(), Is.EqualTo(3));
    }

    [Test]
    public void LinearRegressionIsAPoint()
    {
        var result = Run(TestProblems.FromMoments("2-1", "5/4,3/4;3/4,5/4", "1,0", "2"), withSolver: false);
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(result.Evidence["dimension"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public void SingularInputsAreReportedAsAFailedHypothesis()
    {
        var deep = Run(TestProblems.FromMoments("2-2-1", "1,1;1,1", "1,1", "3"), withSolver: false);
        Assert.That(deep.Verdict, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(deep.Evidence["hypotheses"]!["sxxPositiveDefinite"]!.GetValue<bool>(), Is.False);
        Assert.That(deep.Evidence["reason"], Is.Not.Null);
        var shallow = Run(TestProblems.FromMoments("2-1", "1,1;1,1", "1,1", "3"), withSolver: false);
        Assert.That(shallow.Verdict, Is.EqualTo(Verdict.HoldsCertified));
        Assert.That(shallow.Evidence["dimension"]!.GetValue<int>(), Is.EqualTo(1), "{w : w·Sxx = Syx} is a line in R²");
    }

    [Test]
    public void BottleneckNarrowerThanTheTargetIsTheReducedRankCase()
    {
        var result = Run(TestProblems.Generated("3-2-3", 3, samples: 12), withSolver: false);
        Assert.That(result.Evidence["case"]!.GetValue<string>(), Is.EqualTo("reduced-rank"));
        Assert.That(result.Verdict, Is.EqualTo(Verdict.HoldsNumerical));
        Assert.That(result.Evidence["expectedRank"]!.GetValue<int>(), Is.EqualTo(2 * (3 + 3 - 2)));
    }
}

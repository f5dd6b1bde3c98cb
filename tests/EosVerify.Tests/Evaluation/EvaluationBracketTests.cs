using System.Text.Json.Nodes;
using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Evaluation;

namespace EosVerify.Tests.Evaluation;

/// <summary>evaluate's certified bracket of S_min, the W* = 0 and singular-Sxx cases, and the exact optimal loss.</summary>
public class EvaluationBracketTests
{
    private static Rational Exact(JsonNode? node) => Rational.Parse(node!.GetValue<string>());

    private static Problem Generated(string architecture, ulong seed)
    {
        var arch = Architecture.Parse(architecture);
        return new Problem(arch, DataGenerator.GenerateMoments(arch, 3 * arch.InputDimension + 6, seed, 0.3));
    }

    [TestCase("2-3-4"), TestCase("2-3-3-2"), TestCase("3-4-1"), TestCase("1-1-1")]
    public void TheBracketSurroundsTheNumericMinimumAndGivesTheCriticalEtaBracket(string architecture)
    {
        var report = EvaluationReport.Build(Generated(architecture, 3));
        var bracket = report["minSharpnessBracket"]!;
        Rational lo = Exact(bracket["lower"]), hi = Exact(bracket["upper"]);
        double numeric = report["minSharpness"]!.GetValue<double>();
        Assert.That(lo.ToDouble(), Is.LessThanOrEqualTo(numeric * (1 + 1e-12)));
        Assert.That(numeric, Is.LessThanOrEqualTo(hi.ToDouble() * (1 + 1e-9)));
        var eta = report["criticalEtaBracket"]!;
        Assert.That(Exact(eta["lower"]), Is.EqualTo(2 / hi));
        Assert.That(Exact(eta["upper"]), Is.EqualTo(2 / lo));
        Assert.That(report["criticalEta"]!.GetValue<double>(), Is.InRange(eta["lowerApprox"]!.GetValue<double>() * (1 - 1e-9), eta["upperApprox"]!.GetValue<double>() * (1 + 1e-12)));
    }

    [Test]
    public void ZeroTargetHasMinimalSharpnessExactlyZeroAndNoCriticalEta()
    {
        var moments = new Moments(4, RationalMatrix.FromRows([[2, 1], [1, 3]]), RationalMatrix.Zero(2, 2), RationalMatrix.Identity(2));
        var report = EvaluationReport.Build(new Problem(Architecture.Parse("2-2-2"), moments));
        Assert.That(report["minSharpness"]!.GetValue<double>(), Is.EqualTo(0.0));
        Assert.That(report["minSharpnessExact"]!.GetValue<string>(), Is.EqualTo("0"));
        Assert.That(report["criticalEta"], Is.Null);
        Assert.That(report["criticalEtaBracket"]!["upper"], Is.Null);
        Assert.That(report["minSharpnessBracket"]!["upper"]!.GetValue<string>(), Is.EqualTo("0"));
    }

    [Test]
    public void SingularInputsReportTheDimensionOfTheWholeMinimizerSet()
    {
        // x = (t, t): Sxx = [[1, 1], [1, 1]], Syx = (2, 2). The minimizers are {θ : μ(θ)₁ + μ(θ)₂ = 2}: one equation on
        // the product, so dimension P − 1 = 5 (one fibre μ⁻¹(W₀) has P − 2 = 4).
        var sxx = RationalMatrix.FromRows([[1, 1], [1, 1]]);
        var deep = new Problem(Architecture.Parse("2-2-1"), new Moments(3, sxx, RationalMatrix.FromRows([[2, 2]]), RationalMatrix.FromRows([[5]])));
        Assert.That(EvaluationReport.Build(deep)["minimizerManifold"]!["dimension"]!.GetValue<int>(), Is.EqualTo(5));
        // L = 1, 2-2: W·Sxx = Syx is two equations (one per output row) on four entries: dimension 2, not 0.
        var linear = new Problem(Architecture.Parse("2-2"), new Moments(3, sxx, RationalMatrix.FromRows([[2, 2], [1, 1]]), RationalMatrix.FromRows([[5, 2], [2, 2]])));
        Assert.That(EvaluationReport.Build(linear)["minimizerManifold"]!["dimension"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [TestCase(LossScale.HalfMean, 1, 3)]
    [TestCase(LossScale.Mean, 2, 3)]
    public void OptimalLossIsExactOnALinearRegression(LossScale scale, int p, int q)
    {
        // 1-1, Sxx = 3, Syx = 1, Syy = 1: L* = c·(Syy − Syx²/Sxx) = c·2/3.
        static RationalMatrix M(Rational v) => RationalMatrix.Create(1, 1, (_, _) => v);
        var problem = new Problem(Architecture.Parse("1-1"), new Moments(5, M(3), M(1), M(1)), scale);
        var manifold = EvaluationReport.Build(problem)["minimizerManifold"]!;
        Assert.That(Exact(manifold["optimalLossExact"]), Is.EqualTo(new Rational(p, q)));
        Assert.That(manifold["optimalLoss"]!.GetValue<double>(), Is.EqualTo((double)p / q).Within(1e-15));
    }

    [Test]
    public void OptimalLossIsExactOnADeepNetwork()
    {
        var problem = Generated("2-3-2", 5);
        var m = problem.Moments;
        var wStar = m.Syx * ExactLinearAlgebra.Inverse(m.Sxx);
        var expected = new Rational(1, 2) * (m.Syy.Trace() - (wStar * m.Syx.Transpose()).Trace());
        Assert.That(Exact(EvaluationReport.Build(problem)["minimizerManifold"]!["optimalLossExact"]), Is.EqualTo(expected));
    }
}

using System.Text.Json.Nodes;
using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Evaluation;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Tests.Evaluation;

/// <summary>
/// Every field of the evaluate report against an independent computation: the symbolic polynomial model, exact
/// central differences, the closed-form dense Hessian, a Bareiss determinant written here, and hand derivations.
/// </summary>
public class EvaluationReportTests
{
    private static readonly string[] DesignFields =
    [
        "architecture", "parameters", "samples", "loss", "gradient", "hessian", "hessianEigenvalues", "sharpness",
        "gdJacobianDeterminant", "gdJacobianDeterminantExact", "wStar", "minimizerManifold", "minSharpness", "criticalEta",
    ];

    private static Rational R(long p, long q = 1) => new(p, q);

    private static Problem Generated(string architecture, ulong seed, IReadOnlyList<Rational>? theta = null, Rational? eta = null,
        LossScale scale = LossScale.HalfMean)
    {
        var arch = Architecture.Parse(architecture);
        return new Problem(arch, DataGenerator.GenerateMoments(arch, 10, seed, 0.3), scale, theta, eta);
    }

    private static Problem Scalar(string architecture, Rational sxx, Rational syx, Rational syy, IReadOnlyList<Rational> theta, Rational? eta,
        LossScale scale = LossScale.HalfMean)
    {
        static RationalMatrix M(Rational v) => RationalMatrix.Create(1, 1, (_, _) => v);
        return new Problem(Architecture.Parse(architecture), new Moments(5, M(sxx), M(syx), M(syy)), scale, theta, eta);
    }

    private static Rational Exact(JsonNode? node) => Rational.Parse(node!.GetValue<string>());
    private static double Number(JsonNode? node) => node!.GetValue<double>();
    private static Rational[] ExactVector(JsonNode? node) => node!.AsArray().Select(Exact).ToArray();
    private static double[] Vector(JsonNode? node) => node!.AsArray().Select(Number).ToArray();

    [Test]
    public void EveryDesignFieldIsPresent()
    {
        var report = EvaluationReport.Build(Generated("2-3-1", 4, eta: R(1, 10)));
        var keys = report.Select(p => p.Key).ToList();
        foreach (var field in DesignFields) Assert.That(keys, Does.Contain(field));
        var manifold = report["minimizerManifold"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var field in new[] { "dimension", "point", "productJacobianRank", "sharpnessAtPoint" }) Assert.That(manifold, Does.Contain(field));
        Assert.That(report["lossExact"], Is.Not.Null);
        Assert.That(report["gradientExact"], Is.Not.Null);
        Assert.That(report["architecture"]!.GetValue<string>(), Is.EqualTo("2-3-1"));
        Assert.That(report["parameters"]!.GetValue<int>(), Is.EqualTo(9));
        Assert.That(report["samples"]!.GetValue<int>(), Is.EqualTo(10));
    }

    [TestCase("1-1", LossScale.HalfMean)]
    [TestCase("2-3-1", LossScale.HalfMean)]
    [TestCase("1-1-1-1", LossScale.Mean)]
    [TestCase("3-2-2", LossScale.HalfMean)]
    public void LossAndGradientEqualTheSymbolicModel(string architecture, LossScale scale)
    {
        var problem = Generated(architecture, 11, eta: R(1, 20), scale: scale);
        var report = EvaluationReport.Build(problem);
        var theta = ExactVector(report["theta"]);
        var model = SymbolicModel.Build(problem);
        var point = model.Point(theta);
        Assert.That(Exact(report["lossExact"]), Is.EqualTo(model.Loss.Evaluate(point)));
        var gradient = ExactVector(report["gradientExact"]);
        for (int p = 0; p < theta.Length; p++)
            Assert.That(gradient[p], Is.EqualTo(model.Gradient[p].Evaluate(point)), $"∂L/∂θ_{p}");
        Assert.That(Number(report["loss"]), Is.EqualTo(Exact(report["lossExact"]).ToDouble()));
        Assert.That(Vector(report["gradient"]), Is.EqualTo(gradient.Select(g => g.ToDouble()).ToArray()));
        if (report["hessianExact"] is JsonArray rows)
            for (int i = 0; i < theta.Length; i++)
                Assert.That(ExactVector(rows[i]), Is.EqualTo(Enumerable.Range(0, theta.Length).Select(j => model.Hessian[i, j].Evaluate(point)).ToArray()));
    }

    [TestCase("2-3-1")]
    [TestCase("2-2-2-1")]
    public void GradientMatchesExactCentralDifferences(string architecture)
    {
        // L is a polynomial; exact central differences with h = 10⁻⁶ differ from ∂L by h²/6·∂³L (tiny at these scales).
        var problem = Generated(architecture, 5);
        var report = EvaluationReport.Build(problem);
        var theta = ExactVector(report["theta"]);
        var gradient = Vector(report["gradient"]);
        var h = R(1, 1_000_000);
        for (int p = 0; p < theta.Length; p++)
        {
            var plus = theta.ToArray();
            var minus = theta.ToArray();
            plus[p] += h;
            minus[p] -= h;
            double difference = ((ExactDerivatives.Loss(problem, plus) - ExactDerivatives.Loss(problem, minus)) / (2 * h)).ToDouble();
            Assert.That(gradient[p], Is.EqualTo(difference).Within(1e-8 * Math.Max(1, Math.Abs(difference))), $"θ_{p}");
        }
    }

    [TestCase("2-3-1")]
    [TestCase("3-2-2")]
    [TestCase("2-2-2-2")]
    public void EigenvaluesAndSharpnessMatchTheDenseHessian(string architecture)
    {
        var problem = Generated(architecture, 9, eta: R(1, 10));
        var report = EvaluationReport.Build(problem);
        var theta = ExactVector(report["theta"]).Select(t => t.ToDouble()).ToArray();
        var numeric = new NumericProblem(problem);
        var expected = DenseHessian.Compute(numeric, theta).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).OrderBy(v => v).ToArray();
        var actual = Vector(report["hessianEigenvalues"]);
        double scale = expected.Max(Math.Abs);
        Assert.That(actual, Is.Ordered.Ascending);
        Assert.That(actual, Has.Length.EqualTo(problem.ParameterCount));
        for (int i = 0; i < actual.Length; i++) Assert.That(actual[i], Is.EqualTo(expected[i]).Within(1e-10 * scale));
        Assert.That(Number(report["sharpness"]), Is.EqualTo(expected[^1]).Within(1e-10 * scale));
        Assert.That(report["hessianEigenvaluesComplete"]!.GetValue<bool>(), Is.True);
    }

    [TestCase("2-3-1", 1, 10)]
    [TestCase("1-2-1", 3, 7)]
    [TestCase("3-2-2", 1, 50)]
    [TestCase("2-2-2-1", 2, 3)]
    [TestCase("4-4-4-4", 1, 10)] // P = 48: past the multimodular threshold of ExactLinearAlgebra.Determinant
    public void DeterminantEqualsAnIndependentBareissOfIMinusEtaH(string architecture, long etaNumerator, long etaDenominator)
    {
        var eta = R(etaNumerator, etaDenominator);
        var problem = Generated(architecture, 21, eta: eta);
        var report = EvaluationReport.Build(problem);
        var theta = ExactVector(report["theta"]);
        var model = SymbolicModel.Build(problem);
        var hessian = model.Hessian.Evaluate(model.Point(theta));
        var expected = TestBareiss.Determinant(RationalMatrix.Identity(theta.Length) - eta * hessian);
        Assert.That(Exact(report["gdJacobianDeterminantExact"]), Is.EqualTo(expected));
        Assert.That(Number(report["gdJacobianDeterminant"]), Is.EqualTo(expected.ToDouble()));
    }

    [TestCase(LossScale.HalfMean, 1)]
    [TestCase(LossScale.Mean, 2)]
    public void OneByOneByHand(LossScale scale, int twoC)
    {
        // 1-1: L = c(σw² − 2aw + s); ∇L = 2c(σw − a); H = 2cσ; det(I − ηH) = 1 − 2cησ (1 − ησ for half-mean); W* = a/σ.
        Rational sigma = R(7, 3), a = R(-1, 2), s = R(5), w = R(2, 5), eta = R(1, 10);
        var c = new Rational(twoC, 2);
        var report = EvaluationReport.Build(Scalar("1-1", sigma, a, s, [w], eta, scale));
        Assert.That(Exact(report["lossExact"]), Is.EqualTo(c * (sigma * w * w - 2 * a * w + s)));
        Assert.That(ExactVector(report["gradientExact"]), Is.EqualTo(new[] { 2 * c * (sigma * w - a) }));
        Assert.That(ExactVector(report["hessianExact"]![0]), Is.EqualTo(new[] { 2 * c * sigma }));
        Assert.That(Exact(report["gdJacobianDeterminantExact"]), Is.EqualTo(1 - 2 * c * eta * sigma));
        if (scale == LossScale.HalfMean) Assert.That(Exact(report["gdJacobianDeterminantExact"]), Is.EqualTo(1 - eta * sigma));
        Assert.That(Exact(report["wStarExact"]![0]![0]), Is.EqualTo(a / sigma));
        Assert.That(Number(report["sharpness"]), Is.EqualTo((2 * c * sigma).ToDouble()).Within(1e-14));
        // Depth 1: M is the single point W*, so S_min = H = 2cσ and η* = 1/(cσ).
        Assert.That(Number(report["minSharpness"]), Is.EqualTo((2 * c * sigma).ToDouble()).Within(1e-12));
        Assert.That(Number(report["criticalEta"]), Is.EqualTo((1 / (c * sigma)).ToDouble()).Within(1e-12));
        Assert.That(report["minimizerManifold"]!["dimension"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public void ScalarChainByHand()
    {
        // 1-1-1 at (u, v): L = ½(σ(uv)² − 2a·uv + s); H = [[σv², 2σuv − a], [2σuv − a, σu²]]; W* = a/σ;
        // S_min = 2σ|w*| (MATH.md T3 with L = 2), so η* = 1/(σ|w*|) = 1/|a|.
        Rational sigma = R(3, 2), a = R(6, 5), s = R(2), u = R(1, 2), v = R(-3, 4), eta = R(1, 5);
        var report = EvaluationReport.Build(Scalar("1-1-1", sigma, a, s, [u, v], eta));
        Rational huu = sigma * v * v, hvv = sigma * u * u, huv = 2 * sigma * u * v - a;
        var hessian = report["hessianExact"]!;
        Assert.That(ExactVector(hessian[0]), Is.EqualTo(new[] { huu, huv }));
        Assert.That(ExactVector(hessian[1]), Is.EqualTo(new[] { huv, hvv }));
        Assert.That(Exact(report["gdJacobianDeterminantExact"]), Is.EqualTo((1 - eta * huu) * (1 - eta * hvv) - eta * eta * huv * huv));
        double trace = (huu + hvv).ToDouble(), det = (huu * hvv - huv * huv).ToDouble();
        double root = Math.Sqrt(trace * trace / 4 - det);
        Assert.That(Vector(report["hessianEigenvalues"]), Is.EqualTo(new[] { trace / 2 - root, trace / 2 + root }).Within(1e-13));
        Assert.That(Number(report["minSharpness"]), Is.EqualTo(2 * (sigma * a / sigma).ToDouble()).Within(1e-9));
        Assert.That(Number(report["criticalEta"]), Is.EqualTo(1 / a.ToDouble()).Within(1e-9));
        var point = ExactVector(report["minimizerManifold"]!["pointExact"]);
        Assert.That(point[0] * point[1], Is.EqualTo(a / sigma), "the point lies on M = {uv = w*}");
        Assert.That(report["minimizerManifold"]!["dimension"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(report["minimizerManifold"]!["productJacobianRank"]!.GetValue<int>(), Is.EqualTo(1));
        // At (p, q) with pq = w*, H = σ[[q², pq], [pq, p²]] (G = 0): its largest eigenvalue is σ(p² + q²).
        Assert.That(Number(report["minimizerManifold"]!["sharpnessAtPoint"]),
            Is.EqualTo((sigma * (point[0] * point[0] + point[1] * point[1])).ToDouble()).Within(1e-12));
    }

    [TestCase("2-3-1")]
    [TestCase("2-3-2")]
    [TestCase("3-4-4-2")]
    public void ThePointOfTheManifoldMapsToWStar(string architecture)
    {
        var problem = Generated(architecture, 17);
        var report = EvaluationReport.Build(problem);
        var manifold = report["minimizerManifold"]!;
        var point = ExactVector(manifold["pointExact"]);
        var weights = problem.Layout.Split(point).Select(m => RationalMatrix.Create(m.GetLength(0), m.GetLength(1), (i, j) => m[i, j])).ToArray();
        var product = weights[0];
        for (int k = 1; k < weights.Length; k++) product = weights[k] * product;
        var wStar = problem.Moments.Syx * Inverse(problem.Moments.Sxx);
        Assert.That(product, Is.EqualTo(wStar));
        var wStarRows = report["wStarExact"]!.AsArray();
        for (int i = 0; i < wStar.RowCount; i++)
            Assert.That(ExactVector(wStarRows[i]), Is.EqualTo(Enumerable.Range(0, wStar.ColumnCount).Select(j => wStar[i, j]).ToArray()));
        // Unconstrained, W* of full rank, generic point: Dμ is onto, so M has dimension P − dL·d0 there.
        int outputs = problem.Architecture.OutputDimension * problem.Architecture.InputDimension;
        Assert.That(manifold["productJacobianRank"]!.GetValue<int>(), Is.EqualTo(outputs));
        Assert.That(manifold["dimension"]!.GetValue<int>(), Is.EqualTo(problem.ParameterCount - outputs));
        Assert.That(manifold["regularAtPoint"]!.GetValue<bool>(), Is.True);
        var numeric = new NumericProblem(problem);
        double expected = DenseHessian.Eigenvalues(numeric, Vector(manifold["point"]))[^1];
        Assert.That(Number(manifold["sharpnessAtPoint"]), Is.EqualTo(expected).Within(1e-9 * expected));
        Assert.That(Number(report["minSharpness"]), Is.LessThanOrEqualTo(expected * (1 + 1e-9)), "S_min is at most the sharpness of any minimiser");
        // η* against an independent exact value: the bracket S_lo ≤ S_min ≤ S_hi of docs/t4-bracket.md (rational
        // arithmetic, Theorems A–C; closed on S_min for scalar output) gives 2/S_hi ≤ η* ≤ 2/S_lo.
        var bracket = EosVerify.Theorems.MinSharpnessBracket.For(problem, EosVerify.Theorems.MinimizerTargetFacts.Of(problem).WStar!, null);
        double criticalEta = Number(report["criticalEta"]);
        Assert.That(criticalEta, Is.LessThanOrEqualTo(2 / bracket.Lower.ToDouble() * (1 + 1e-9)), "η* ≤ 2/S_lo");
        if (bracket.Upper is { } upper) Assert.That(criticalEta, Is.GreaterThanOrEqualTo(2 / upper.ToDouble() * (1 - 1e-9)), "η* ≥ 2/S_hi");
        if (problem.Architecture.OutputDimension == 1)
            Assert.That((bracket.Upper!.Value - bracket.Lower).ToDouble() / bracket.Lower.ToDouble(), Is.LessThan(1e-9),
                "scalar output: the bracket closes on S_min (Theorem B; rational end points), so η* is pinned");
    }

    [Test]
    public void WithoutThetaAGeneratedPointIsUsedAndSaid()
    {
        var problem = Generated("2-3-1", 3);
        var report = EvaluationReport.Build(problem, new EvaluationOptions { Seed = 42 });
        Assert.That(report["thetaSource"]!.GetValue<string>(), Does.StartWith("generated"));
        var theta = ExactVector(report["theta"]);
        Assert.That(theta, Is.EqualTo(EvaluationPoint.Generate(9, 42)));
        Assert.That(theta.All(t => (t * 1000).IsInteger), Is.True, "on the 1/1000 grid");
        var normals = SeededRandom.ForStream(42, 0);
        for (int i = 0; i < theta.Length; i++)
            Assert.That(theta[i].ToDouble(), Is.EqualTo(0.5 * normals.NextNormal()).Within(0.0005 + 1e-12));
        Assert.That(EvaluationReport.Build(problem.WithTheta(theta))["thetaSource"]!.GetValue<string>(), Is.EqualTo("given"));
        Assert.That(report["gdJacobianDeterminant"], Is.Null, "no η: no determinant");
    }

    [Test]
    public void AboveTheLimitsFieldsAreNullAndTheDeterminantComesFromTheSpectrum()
    {
        var problem = Generated("2-3-1", 8, eta: R(1, 10));
        var full = EvaluationReport.Build(problem);
        var limited = EvaluationReport.Build(problem, new EvaluationOptions
        {
            MaxHessianParameters = 8, MaxExactHessianParameters = 8, MaxExactDeterminantParameters = 8,
        });
        Assert.That(limited["hessian"], Is.Null);
        Assert.That(limited["hessianExact"], Is.Null);
        Assert.That(limited["gdJacobianDeterminantExact"], Is.Null);
        double exact = Exact(full["gdJacobianDeterminantExact"]).ToDouble();
        Assert.That(Number(limited["gdJacobianDeterminant"]), Is.EqualTo(exact).Within(1e-9 * Math.Abs(exact)));

        var lanczos = EvaluationReport.Build(problem, new EvaluationOptions { MaxHessianParameters = 0, MaxExactDeterminantParameters = 0, MaxDenseSpectrumParameters = 0, LanczosCount = 3 });
        Assert.That(lanczos["hessianEigenvaluesComplete"]!.GetValue<bool>(), Is.False);
        Assert.That(lanczos["gdJacobianDeterminant"], Is.Null);
        var top = Vector(lanczos["hessianEigenvalues"]);
        var all = Vector(full["hessianEigenvalues"]);
        Assert.That(top, Has.Length.EqualTo(3));
        for (int i = 0; i < 3; i++) Assert.That(top[i], Is.EqualTo(all[all.Length - 3 + i]).Within(1e-7 * all[^1]));
    }

    [Test]
    public void SingularInputHasNoExactWStar()
    {
        // Sxx = [[1, 1], [1, 1]] is singular: W* is not unique; the report gives the minimum-norm solution in doubles.
        var sxx = RationalMatrix.FromRows([[R(1), R(1)], [R(1), R(1)]]);
        var syx = RationalMatrix.FromRows([[R(2), R(2)]]);
        var syy = RationalMatrix.FromRows([[R(5)]]);
        var problem = new Problem(Architecture.Parse("2-2-1"), new Moments(3, sxx, syx, syy), theta: [R(1), R(0), R(0), R(1), R(1), R(1)]);
        var report = EvaluationReport.Build(problem);
        Assert.That(report["wStarExact"], Is.Null);
        Assert.That(Vector(report["wStar"]![0]), Is.EqualTo(new[] { 1.0, 1.0 }).Within(1e-12), "Syx·pinv(Sxx) = (1, 1)");
        Assert.That(report["minimizerManifold"]!["case"]!.GetValue<string>(), Is.EqualTo("singular-input"));
    }

    [Test]
    public void WStarZeroHasNoCriticalEta()
    {
        // MATH.md T2 counterexample: 1-1-1 with Syx = 0 has M = {uv = 0}; at θ = 0 on M, H = 0, so S_min = 0 and η* = ∞.
        var report = EvaluationReport.Build(Scalar("1-1-1", R(1), R(0), R(1), [R(1, 2), R(1, 3)], R(1, 2)));
        Assert.That(Number(report["minSharpness"]), Is.EqualTo(0));
        Assert.That(report["criticalEta"], Is.Null);
        Assert.That(report["minimizerManifold"]!["regularAtPoint"]!.GetValue<bool>(), Is.False, "the exact point is the crossing θ = 0");
        Assert.That(ExactVector(report["wStarExact"]![0]), Is.EqualTo(new[] { Rational.Zero }));
    }

    [Test]
    public void SameInputsGiveIdenticalText()
    {
        var problem = Generated("3-2-2", 6, eta: R(3, 10));
        string first = EvaluationReport.ToJsonText(EvaluationReport.Build(problem, new EvaluationOptions { Seed = 5 }));
        string second = EvaluationReport.ToJsonText(EvaluationReport.Build(problem, new EvaluationOptions { Seed = 5 }));
        Assert.That(second, Is.EqualTo(first));
    }

    private static RationalMatrix Inverse(RationalMatrix a)
    {
        // Gauss–Jordan over Q, written here so that W* does not come from the code under test.
        int n = a.RowCount;
        var m = new Rational[n, 2 * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) { m[i, j] = a[i, j]; m[i, n + j] = i == j ? Rational.One : Rational.Zero; }
        for (int c = 0; c < n; c++)
        {
            int pivot = Enumerable.Range(c, n - c).First(r => !m[r, c].IsZero);
            for (int j = 0; j < 2 * n; j++) (m[c, j], m[pivot, j]) = (m[pivot, j], m[c, j]);
            var inv = 1 / m[c, c];
            for (int j = 0; j < 2 * n; j++) m[c, j] *= inv;
            for (int r = 0; r < n; r++)
            {
                if (r == c || m[r, c].IsZero) continue;
                var f = m[r, c];
                for (int j = 0; j < 2 * n; j++) m[r, j] -= f * m[c, j];
            }
        }
        return RationalMatrix.Create(n, n, (i, j) => m[i, n + j]);
    }
}

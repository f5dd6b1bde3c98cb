using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Tests.Numerics;

public class MinSharpnessTests
{
    [TestCase(2), TestCase(3), TestCase(4), TestCase(5), TestCase(6)]
    public void Numeric_S_min_of_scalar_chains_matches_the_closed_form(int depth)
    {
        var arch = Architecture.Parse(string.Join("-", Enumerable.Repeat("1", depth + 1)));
        var problem = new NumericProblem(new Problem(arch, DataGenerator.GenerateMoments(arch, 10, (ulong)(40 + depth), 0.3)));
        double sigma = problem.Sxx[0, 0];
        double wStar = problem.Syx[0, 0] / sigma;
        double expected = depth * sigma * Math.Pow(Math.Abs(wStar), 2.0 * (depth - 1) / depth); // computed here, from MATH.md T3
        var result = MinSharpness.Find(problem);
        Assert.That(result.NumericMinimum, Is.EqualTo(expected).Within(1e-6 * expected));
        Assert.That(result.ClosedForm, Is.EqualTo(expected).Within(1e-12 * expected));
        Assert.That(result.CriticalEta, Is.EqualTo(2 / expected).Within(1e-6 * 2 / expected));
    }

    [Test]
    public void Scalar_chain_closed_form_doubles_under_the_mean_loss()
    {
        var arch = Architecture.Parse("1-1-1-1");
        var moments = DataGenerator.GenerateMoments(arch, 10, 47, 0.3);
        var half = MinSharpness.Find(new NumericProblem(new Problem(arch, moments, LossScale.HalfMean)));
        var mean = MinSharpness.Find(new NumericProblem(new Problem(arch, moments, LossScale.Mean)));
        Assert.That(mean.Value, Is.EqualTo(2 * half.Value).Within(1e-12 * mean.Value));
    }

    [TestCase("3-2-1", 50UL)]
    [TestCase("5-4-3-1", 51UL)]
    [TestCase("4-4-1", 52UL)]
    [TestCase("3-3-3-3-1", 53UL)]
    public void Scalar_output_formula_agrees_with_the_numeric_minimum_over_M(string architecture, ulong seed)
    {
        var problem = TestProblems.Numeric(architecture, seed);
        var result = MinSharpness.Find(problem);
        Assert.That(result.ClosedForm, Is.Not.Null);
        TestContext.Out.WriteLine($"{architecture}: numeric {result.NumericMinimum:R} formula {result.ClosedForm:R} lower {result.LowerBound:R} balanced {result.BalancedSharpness:R} spread {result.Spread:R}");
        Assert.That(result.NumericMinimum, Is.EqualTo(result.ClosedForm!.Value).Within(1e-6 * result.ClosedForm.Value));
        Assert.That(result.LowerBound!.Value, Is.LessThanOrEqualTo(result.NumericMinimum * (1 + 1e-9)));
        Assert.That(result.NumericMinimum, Is.LessThanOrEqualTo(result.BalancedSharpness * (1 + 1e-9)));
    }

    [Test]
    public void The_minimising_point_is_on_M_and_its_dense_sharpness_is_the_reported_value()
    {
        var problem = TestProblems.Numeric("5-4-3-1", 54);
        var result = MinSharpness.Find(problem);
        Assert.That(MinimizerManifold.Distance(problem, result.Point, result.Target), Is.LessThan(1e-9));
        Assert.That(DenseHessian.Eigenvalues(problem, result.Point)[^1], Is.EqualTo(result.NumericMinimum).Within(1e-9 * result.NumericMinimum));
    }

    /// <summary>
    /// Vector output has no closed form, so the minimum is compared with two independent references: the exact
    /// bracket S_lo ≤ S_min ≤ S_hi of docs/t4-bracket.md (Theorems A–C, rational arithmetic, a different method), and
    /// brute force — the dense-Hessian sharpness at 200 random points of M (gauge moves W_1 ← G W_1, W_2 ← W_2 G⁻¹ of
    /// the minimiser) is never below the reported minimum.
    /// </summary>
    [Test]
    public void Vector_output_minimum_lies_in_the_exact_bracket_and_below_every_sampled_point_of_M()
    {
        var exactProblem = TestProblems.Generated("3-3-2", 55);
        var problem = new NumericProblem(exactProblem);
        var result = MinSharpness.Find(problem);
        Assert.That(result.ClosedForm, Is.Null);
        Assert.That(MinimizerManifold.Distance(problem, result.Point, result.Target), Is.LessThan(1e-9));

        var bracket = EosVerify.Theorems.MinSharpnessBracket.For(exactProblem, EosVerify.Theorems.MinimizerTargetFacts.Of(exactProblem).WStar!, result.Point);
        Assert.That(bracket.Lower.ToDouble(), Is.LessThanOrEqualTo(result.NumericMinimum * (1 + 1e-9)), "S_lo ≤ numeric minimum");
        if (bracket.Upper is { } upper) Assert.That(result.NumericMinimum, Is.LessThanOrEqualTo(upper.ToDouble() * (1 + 1e-9)), "numeric minimum ≤ S_hi");

        // 3-3-2: θ = (vec W_1 3×3, vec W_2 2×3), each row-major (ParameterLayout); a gauge G ∈ GL(3) keeps W_2 W_1 fixed.
        var random = new Random(55);
        double sampledMinimum = double.PositiveInfinity;
        var w1 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(3, 3, (i, j) => result.Point[i * 3 + j]);
        var w2 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(2, 3, (i, j) => result.Point[9 + i * 3 + j]);
        for (int sample = 0; sample < 200; sample++)
        {
            var g = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(3)
                    + MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(3, 3, (_, _) => 0.6 * (random.NextDouble() - 0.5));
            var a = g * w1;
            var b = w2 * g.Inverse();
            var theta = new double[result.Point.Length];
            for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) theta[i * 3 + j] = a[i, j];
            for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) theta[9 + i * 3 + j] = b[i, j];
            Assert.That(MinimizerManifold.Distance(problem, theta, result.Target), Is.LessThan(1e-7), "the gauge move stays on M");
            sampledMinimum = Math.Min(sampledMinimum, DenseHessian.Eigenvalues(problem, theta)[^1]);
        }
        Assert.That(result.NumericMinimum, Is.LessThanOrEqualTo(sampledMinimum * (1 + 1e-9)), "no sampled point of M is flatter");
    }

    [Test]
    public void Reduced_rank_case_searches_the_gauge_orbit_and_stays_on_the_reduced_rank_minimisers()
    {
        var arch = Architecture.Parse("3-1-2");
        var problem = new NumericProblem(new Problem(arch, DataGenerator.GenerateMoments(arch, 20, 57, 0.2)));
        var result = MinSharpness.Find(problem, new MinSharpnessOptions(Restarts: 3));
        Assert.That(result.Target.Case, Is.EqualTo(MinimizerCase.ReducedRank));
        Assert.That(result.Method, Does.Contain("gauge orbit"));
        Assert.That(result.ClosedForm, Is.Null);
        Assert.That(problem.Loss(result.Point), Is.EqualTo(result.Target.OptimalLoss).Within(1e-10));
        // The dense Hessian (G ≠ 0 here, so not the Gauss–Newton shortcut) agrees with the reported value.
        Assert.That(DenseHessian.Eigenvalues(problem, result.Point)[^1], Is.EqualTo(result.NumericMinimum).Within(1e-9 * result.NumericMinimum));
        Assert.That(result.NumericMinimum, Is.LessThanOrEqualTo(result.BalancedSharpness * (1 + 1e-12)));
    }

    [Test]
    public void Bad_options_are_input_errors()
    {
        var problem = TestProblems.Numeric("2-2-1", 56);
        Assert.That(Assert.Throws<InputException>(() => MinSharpness.Find(problem, new MinSharpnessOptions(Restarts: 0)))!.Field, Is.EqualTo("restarts"));
    }
}

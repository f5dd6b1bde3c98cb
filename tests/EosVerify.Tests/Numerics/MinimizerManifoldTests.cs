using EosVerify.Networks;
using EosVerify.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Tests.Numerics;

public class MinimizerManifoldTests
{
    [TestCase("2-3-1")]
    [TestCase("3-4-2")]
    [TestCase("5-4-3-1")]
    [TestCase("2-3-3-2")]
    public void Balanced_point_reaches_W_star_is_balanced_and_is_a_critical_point(string architecture)
    {
        var problem = TestProblems.Numeric(architecture, 31);
        var target = MinimizerManifold.Target(problem);
        Assert.That(target.Case, Is.EqualTo(MinimizerCase.FullRank));
        var wStar = problem.Syx * problem.Sxx.Inverse();
        Assert.That((target.Product - wStar).FrobeniusNorm(), Is.LessThan(1e-10 * wStar.FrobeniusNorm()));
        var theta = MinimizerManifold.BalancedPoint(problem, target.Product);
        Assert.That(MinimizerManifold.Distance(problem, theta, target), Is.LessThan(1e-10 * wStar.FrobeniusNorm()));
        var w = DenseHessian.Weights(problem, theta);
        for (int k = 1; k < problem.Depth; k++)
            Assert.That((w[k + 1].TransposeThisAndMultiply(w[k + 1]) - w[k] * w[k].Transpose()).FrobeniusNorm(), Is.LessThan(1e-10));
        Assert.That(TestProblems.Norm(problem.Gradient(theta)), Is.LessThan(1e-10));
        Assert.That(problem.Loss(theta), Is.EqualTo(target.OptimalLoss).Within(1e-10));
    }

    [Test]
    public void Gauge_moves_stay_on_M_and_keep_the_tangent_dimension()
    {
        var problem = TestProblems.Numeric("3-4-4-2", 32);
        var target = MinimizerManifold.Target(problem);
        var balanced = MinimizerManifold.BalancedPoint(problem, target.Product);
        var rng = new SeededRandom(5);
        var gauges = new[] { 4, 4 }.Select(d => Matrix<double>.Build.DenseIdentity(d) + Matrix<double>.Build.Dense(d, d, (_, _) => 0.4 * rng.NextNormal())).ToList();
        var moved = MinimizerManifold.Move(problem, balanced, gauges);
        Assert.That(TestProblems.RelativeDifference(moved, balanced), Is.GreaterThan(0.1));
        Assert.That(MinimizerManifold.Distance(problem, moved, target), Is.LessThan(1e-9));
        Assert.That(TestProblems.Norm(problem.Gradient(moved)), Is.LessThan(1e-8));
        // W* is a regular value here (every hidden width ≥ max(d0, dL)): rank Dμ = dL·d0, tangent dimension P − dL·d0.
        Assert.That(MinimizerManifold.ProductJacobianRank(problem, moved), Is.EqualTo(2 * 3));
        Assert.That(MinimizerManifold.FibreTangentDimension(problem, moved), Is.EqualTo(problem.ParameterCount - 6));
    }

    [Test]
    public void Product_Jacobian_matches_finite_differences_of_the_product()
    {
        var problem = TestProblems.Numeric("2-3-2", 33);
        var theta = TestProblems.RandomVector(problem.ParameterCount, 1);
        var jacobian = MinimizerManifold.ProductJacobian(problem, theta);
        const double h = 1e-6;
        for (int p = 0; p < theta.Length; p++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[p] += h;
            minus[p] -= h;
            var d = (problem.Product(plus) - problem.Product(minus)) / (2 * h);
            for (int r = 0; r < 2; r++)
                for (int s = 0; s < 2; s++) Assert.That(jacobian[r * 2 + s, p], Is.EqualTo(d[r, s]).Within(1e-8));
        }
    }

    [Test]
    public void Rank_of_D_mu_drops_at_the_origin_of_the_W_star_zero_fibre()
    {
        // 1-1-1 with W* = 0: M = {w1·w2 = 0}; at θ = 0 Dμ = 0 (MATH.md T2 counterexample).
        var problem = TestProblems.Numeric("1-1-1", 34);
        Assert.That(MinimizerManifold.ProductJacobianRank(problem, [0.0, 0.0]), Is.EqualTo(0));
        Assert.That(MinimizerManifold.ProductJacobianRank(problem, [0.0, 2.0]), Is.EqualTo(1));
    }

    [Test]
    public void Bottleneck_gives_the_reduced_rank_case_with_its_optimal_loss()
    {
        var arch = Architecture.Parse("3-1-3");
        var problem = new NumericProblem(new Problem(arch, DataGenerator.GenerateMoments(arch, 20, 35, 0.2)));
        var target = MinimizerManifold.Target(problem);
        Assert.That(target.Case, Is.EqualTo(MinimizerCase.ReducedRank));
        Assert.That(target.Rank, Is.EqualTo(1));
        Assert.That(target.ResidualVanishes, Is.False);
        // Independent check: the best rank-1 W in the Sxx metric also minimises the loss over all rank-1 products,
        // so GD from the balanced point must not lower it, and the gradient there vanishes.
        var theta = MinimizerManifold.BalancedPoint(problem, target.Product);
        Assert.That(TestProblems.Norm(problem.Gradient(theta)), Is.LessThan(1e-9));
        Assert.That(problem.Loss(theta), Is.EqualTo(target.OptimalLoss).Within(1e-10));
        var rng = new SeededRandom(3);
        for (int trial = 0; trial < 50; trial++)
        {
            var perturbed = theta.Select(v => v + 1e-3 * rng.NextNormal()).ToArray();
            Assert.That(problem.Loss(perturbed), Is.GreaterThanOrEqualTo(target.OptimalLoss - 1e-12));
        }
    }

    [Test]
    public void Singular_Sxx_is_flagged()
    {
        // Two identical input rows: Sxx has rank 1.
        var x = global::EosVerify.Algebra.RationalMatrix.FromRows([[1, 2, -1, 3], [1, 2, -1, 3]]);
        var y = global::EosVerify.Algebra.RationalMatrix.FromRows([[2, 1, 0, -1]]);
        var problem = new NumericProblem(new Problem(Architecture.Parse("2-2-1"), Moments.FromData(x, y)));
        var target = MinimizerManifold.Target(problem);
        Assert.That(target.Case, Is.EqualTo(MinimizerCase.SingularInput));
        Assert.That(target.SxxSmallestEigenvalue, Is.EqualTo(0).Within(1e-12));
    }

    [Test]
    public void Reduced_matrix_spectrum_equals_the_dense_Hessian_spectrum_at_a_minimiser()
    {
        var problem = TestProblems.Numeric("3-4-2", 36);
        var target = MinimizerManifold.Target(problem);
        var theta = MinimizerManifold.Move(problem, MinimizerManifold.BalancedPoint(problem, target.Product),
            [Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0.3, 0, 0 }, { 0, 1, 0.5, 0 }, { 0, 0, 0.7, 0 }, { 0.1, 0, 0, 1.5 } })]);
        var reduced = new ManifoldSharpness(problem).Eigenvalues(theta);
        var dense = DenseHessian.Eigenvalues(problem, theta);
        var denseTop = dense.Reverse().Take(reduced.Length).Reverse().ToArray();
        for (int i = 0; i < reduced.Length; i++) Assert.That(reduced[i], Is.EqualTo(denseTop[i]).Within(1e-9 * dense[^1]));
    }
}

using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Tests.Numerics;

public class DerivativeTests
{
    [TestCaseSource(typeof(TestProblems), nameof(TestProblems.Architectures))]
    public void Loss_in_moment_form_equals_the_loss_on_the_data(string architecture)
    {
        var arch = Architecture.Parse(architecture);
        var (x, y) = DataGenerator.Generate(arch, 9, 17, 0.4);
        foreach (var scale in new[] { LossScale.HalfMean, LossScale.Mean })
        {
            var problem = new NumericProblem(new Problem(arch, Moments.FromData(x, y), scale));
            var theta = TestProblems.RandomVector(arch.ParameterCount, 5, 0.7);
            var w = problem.Product(theta);
            var residual = w * x.ToDouble() - y.ToDouble();
            double direct = (scale == LossScale.Mean ? 1.0 : 0.5) / 9 * residual.FrobeniusNorm() * residual.FrobeniusNorm();
            Assert.That(problem.Loss(theta), Is.EqualTo(direct).Within(1e-11).Percent);
        }
    }

    [TestCaseSource(typeof(TestProblems), nameof(TestProblems.Architectures))]
    public void Gradient_matches_central_finite_differences(string architecture)
    {
        var problem = TestProblems.Numeric(architecture, 3);
        var theta = TestProblems.RandomVector(problem.ParameterCount, 11, 0.8);
        var gradient = problem.Gradient(theta);
        var fd = new double[theta.Length];
        const double h = 1e-5;
        for (int p = 0; p < theta.Length; p++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[p] += h;
            minus[p] -= h;
            fd[p] = (problem.Loss(plus) - problem.Loss(minus)) / (2 * h);
        }
        Assert.That(TestProblems.RelativeDifference(gradient, fd), Is.LessThan(1e-7));
    }

    [TestCaseSource(typeof(TestProblems), nameof(TestProblems.Architectures))]
    public void Dense_Hessian_matches_finite_differences_of_the_gradient(string architecture)
    {
        var problem = TestProblems.Numeric(architecture, 4);
        var theta = TestProblems.RandomVector(problem.ParameterCount, 12, 0.8);
        var dense = DenseHessian.Compute(problem, theta);
        const double h = 1e-5;
        double worst = 0, scale = dense.FrobeniusNorm();
        for (int p = 0; p < theta.Length; p++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[p] += h;
            minus[p] -= h;
            var gp = problem.Gradient(plus);
            var gm = problem.Gradient(minus);
            for (int q = 0; q < theta.Length; q++)
                worst = Math.Max(worst, Math.Abs((gp[q] - gm[q]) / (2 * h) - dense[q, p]));
        }
        Assert.That(worst / scale, Is.LessThan(1e-7));
        Assert.That((dense - dense.Transpose()).FrobeniusNorm(), Is.EqualTo(0));
    }

    [TestCaseSource(typeof(TestProblems), nameof(TestProblems.Architectures))]
    public void Hessian_vector_product_equals_dense_Hessian_times_vector(string architecture)
    {
        foreach (var scale in new[] { LossScale.HalfMean, LossScale.Mean })
        {
            var problem = TestProblems.Numeric(architecture, 6, scale);
            var theta = TestProblems.RandomVector(problem.ParameterCount, 13, 0.9);
            var v = TestProblems.RandomVector(problem.ParameterCount, 14);
            var expected = (DenseHessian.Compute(problem, theta) * MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(v)).ToArray();
            Assert.That(TestProblems.RelativeDifference(problem.HessianVectorProduct(theta, v), expected), Is.LessThan(1e-10));
        }
    }

    [Test]
    public void Mean_loss_doubles_loss_gradient_and_Hessian()
    {
        var half = TestProblems.Numeric("3-2-2", 8, LossScale.HalfMean);
        var mean = TestProblems.Numeric("3-2-2", 8, LossScale.Mean);
        var theta = TestProblems.RandomVector(half.ParameterCount, 2);
        Assert.That(mean.Loss(theta), Is.EqualTo(2 * half.Loss(theta)).Within(1e-12).Percent);
        var gh = half.Gradient(theta);
        var gm = mean.Gradient(theta);
        for (int i = 0; i < gh.Length; i++) Assert.That(gm[i], Is.EqualTo(2 * gh[i]).Within(1e-12).Percent);
    }

    [Test]
    public void Hessian_at_zero_for_depth_two_has_eigenvalues_plus_minus_singular_values_of_Syx()
    {
        var problem = TestProblems.Generated("3-2-2", 21);
        var numeric = new NumericProblem(problem);
        var eigenvalues = DenseHessian.Eigenvalues(numeric, new double[numeric.ParameterCount]);
        var sigma = problem.Moments.Syx.ToDouble().Svd().S.ToArray();
        // With hidden width 2 ≥ rank Syx, each ±σ_i appears once per hidden unit... compare the extremes.
        Assert.That(eigenvalues[^1], Is.EqualTo(sigma.Max()).Within(1e-10).Percent);
        Assert.That(eigenvalues[0], Is.EqualTo(-sigma.Max()).Within(1e-10).Percent);
    }

    [Test]
    public void Hessian_at_zero_vanishes_for_depth_three()
    {
        var numeric = TestProblems.Numeric("2-3-2-1", 22);
        var h = DenseHessian.Compute(numeric, new double[numeric.ParameterCount]);
        Assert.That(h.FrobeniusNorm(), Is.EqualTo(0));
        Assert.That(numeric.Sharpness(new double[numeric.ParameterCount]).Largest, Is.EqualTo(0));
    }

    [Test]
    public void Wrong_length_theta_is_an_input_error_naming_theta()
    {
        var numeric = TestProblems.Numeric("2-3-1", 1);
        var ex = Assert.Throws<InputException>(() => numeric.Loss(new double[4]));
        Assert.That(ex!.Field, Is.EqualTo("theta"));
    }
}

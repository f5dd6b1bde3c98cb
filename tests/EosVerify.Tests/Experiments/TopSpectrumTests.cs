using EosVerify.Networks;
using EosVerify.Experiments;
using EosVerify.Numerics;
using EosVerify.Tests.Numerics;

namespace EosVerify.Tests.Experiments;

/// <summary>simulate --top-k: the top K Hessian eigenvalues along a trajectory, against a dense eigensolver.</summary>
public class TopSpectrumTests
{
    [Test]
    public void Top_k_along_a_trajectory_equals_the_dense_spectrum_at_every_recorded_point()
    {
        var problem = TestProblems.Numeric("3-4-3-2", 5);
        var options = new SimulationOptions(Eta: 0.05, Steps: 60, RecordEvery: 10, InitScale: 0.6, Seed: 2, TopK: 4)
        {
            Lanczos = new LanczosOptions(Tolerance: 1e-11, MaxIterations: 500),
        };
        var result = GradientDescentRunner.Simulate(problem, options);
        var start = SimulationOptions.SeededInitialization(problem.ParameterCount, 0.6, 2, 0);
        var theta = (double[])start.Clone();
        var gradient = new double[theta.Length];
        var workspace = problem.CreateWorkspace();
        int step = 0;
        foreach (var point in result.Points)
        {
            // An independent GD loop to the same step, then the dense eigenvalues there.
            for (; step < point.Step; step++)
            {
                workspace.Evaluate(theta, gradient);
                for (int i = 0; i < theta.Length; i++) theta[i] -= 0.05 * gradient[i];
            }
            var dense = DenseHessian.Eigenvalues(problem, theta);
            Assert.That(point.TopEigenvalues, Has.Count.EqualTo(4));
            Assert.That(point.Sharpness, Is.EqualTo(point.TopEigenvalues![0]));
            for (int i = 0; i < 4; i++)
                Assert.That(point.TopEigenvalues[i], Is.EqualTo(dense[^(i + 1)]).Within(1e-8 * Math.Abs(dense[^1])), $"step {point.Step}, λ_{i + 1}");
        }
    }

    [Test]
    public void Ritz_vectors_are_eigenvectors_and_a_warm_start_from_them_needs_fewer_products()
    {
        var problem = TestProblems.Numeric("6-8-6-3", 7);
        var theta = TestProblems.RandomVector(problem.ParameterCount, 8, 0.6);
        var options = new LanczosOptions(Count: 3, Tolerance: 1e-10, MaxIterations: 500);
        var op = problem.HessianAt(theta);
        var (cold, vectors) = Lanczos.LargestWithVectors(op, options);
        var hv = new double[problem.ParameterCount];
        for (int r = 0; r < 3; r++)
        {
            op.Apply(vectors[r], hv);
            double residual = 0;
            for (int i = 0; i < hv.Length; i++) residual += Math.Pow(hv[i] - cold.Eigenvalues[r] * vectors[r][i], 2);
            Assert.That(Math.Sqrt(residual), Is.LessThan(1e-7 * Math.Abs(cold.Largest)), $"‖Hv − λv‖ for λ_{r + 1}");
            Assert.That(VectorOps.Norm(vectors[r]), Is.EqualTo(1).Within(1e-12));
        }
        // At a nearby point the previous vectors are a better start than a random vector.
        var near = theta.Select((v, i) => v + 1e-3 * Math.Sin(i)).ToArray();
        var nearOp = problem.HessianAt(near);
        var warm = Lanczos.LargestWithVectors(nearOp, options, vectors).Estimate;
        var fresh = Lanczos.Largest(nearOp, options);
        Assert.That(warm.Converged && fresh.Converged);
        Assert.That(warm.Iterations, Is.LessThan(fresh.Iterations));
        for (int r = 0; r < 3; r++) Assert.That(warm.Eigenvalues[r], Is.EqualTo(fresh.Eigenvalues[r]).Within(1e-8 * Math.Abs(fresh.Largest)));
    }

    [Test]
    public void Csv_gains_a_column_per_eigenvalue_and_K_is_validated()
    {
        var problem = TestProblems.Numeric("2-3-1", 4);
        var result = GradientDescentRunner.Simulate(problem, new SimulationOptions(0.05, 4, RecordEvery: 2, TopK: 3));
        var lines = TrajectoryCsv.ToCsv(result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo(TrajectoryCsv.Header + ",lambda_1,lambda_2,lambda_3"));
        Assert.That(lines[1].Split(',')[5], Is.EqualTo(lines[1].Split(',')[3]), "lambda_1 is the sharpness");
        Assert.That(Assert.Throws<InputException>(() => GradientDescentRunner.Simulate(problem, new SimulationOptions(0.05, 4, TopK: 0)))!.Field, Is.EqualTo("top-k"));
        Assert.That(Assert.Throws<InputException>(() => GradientDescentRunner.Simulate(problem, new SimulationOptions(0.05, 4, TopK: 10)))!.Field, Is.EqualTo("top-k"));
    }
}

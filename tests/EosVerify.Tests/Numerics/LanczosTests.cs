using EosVerify.Networks;
using EosVerify.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Tests.Numerics;

public class LanczosTests
{
    private static IEnumerable<TestCaseData> RandomProblems()
    {
        // P from 2 to about 480, depth 1 to 5.
        string[] archs = ["1-1", "1-1-1-1", "2-3-1", "5-4-3-1", "4-6-5-3", "8-8-8-2", "10-12-10-5", "6-10-10-10-4", "12-16-12-4"];
        for (int i = 0; i < archs.Length; i++) yield return new TestCaseData(archs[i], (ulong)(100 + i));
    }

    [TestCaseSource(nameof(RandomProblems))]
    public void Sharpness_equals_largest_dense_eigenvalue(string architecture, ulong seed)
    {
        var problem = TestProblems.Numeric(architecture, seed);
        Assert.That(problem.ParameterCount, Is.LessThanOrEqualTo(500));
        var theta = TestProblems.RandomVector(problem.ParameterCount, seed + 1, 0.6);
        var dense = DenseHessian.Eigenvalues(problem, theta);
        var estimate = problem.Sharpness(theta, new LanczosOptions(Tolerance: 1e-10, MaxIterations: 500));
        Assert.That(estimate.Converged, Is.True);
        Assert.That(Math.Abs(estimate.Largest - dense[^1]) / Math.Abs(dense[^1]), Is.LessThan(1e-8));
    }

    [Test]
    public void Top_k_matches_dense_eigenvalues()
    {
        var problem = TestProblems.Numeric("6-8-6-3", 7);
        var theta = TestProblems.RandomVector(problem.ParameterCount, 8, 0.6);
        var dense = DenseHessian.Eigenvalues(problem, theta);
        var estimate = problem.Sharpness(theta, new LanczosOptions(Count: 4, Tolerance: 1e-10, MaxIterations: 500));
        Assert.That(estimate.Eigenvalues, Has.Count.EqualTo(4));
        for (int i = 0; i < 4; i++)
            Assert.That(estimate.Eigenvalues[i], Is.EqualTo(dense[^(i + 1)]).Within(1e-8 * Math.Abs(dense[^1])));
    }

    [Test]
    public void Same_inputs_give_bitwise_identical_results()
    {
        var problem = TestProblems.Numeric("5-4-3-1", 3);
        var theta = TestProblems.RandomVector(problem.ParameterCount, 4);
        double first = problem.Sharpness(theta).Largest;
        double second = problem.HessianAt(theta) is var op ? Lanczos.Largest(op).Largest : double.NaN;
        Assert.That(BitConverter.DoubleToInt64Bits(second), Is.EqualTo(BitConverter.DoubleToInt64Bits(first)));
    }

    [Test]
    public void Tridiagonal_solver_matches_dense_eigenvalues_and_last_components()
    {
        var rng = new SeededRandom(9);
        foreach (int n in new[] { 1, 2, 5, 17, 60 })
        {
            var d = Enumerable.Range(0, n).Select(_ => rng.NextNormal()).ToArray();
            var e = Enumerable.Range(0, Math.Max(0, n - 1)).Select(_ => rng.NextNormal()).ToArray();
            var t = Matrix<double>.Build.Dense(n, n);
            for (int i = 0; i < n; i++) t[i, i] = d[i];
            for (int i = 0; i + 1 < n; i++) t[i, i + 1] = t[i + 1, i] = e[i];
            var evd = t.Evd(Symmetricity.Symmetric);
            var (values, last) = TridiagonalEigen.Solve(d, e);
            var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
            for (int i = 0; i < n; i++)
            {
                Assert.That(values[order[i]], Is.EqualTo(evd.EigenValues[i].Real).Within(1e-12 * (1 + Math.Abs(evd.EigenValues[i].Real))));
                Assert.That(Math.Abs(last[order[i]]), Is.EqualTo(Math.Abs(evd.EigenVectors[n - 1, i])).Within(1e-9));
            }
        }
    }

    [Test]
    public void Bad_options_are_input_errors()
    {
        var problem = TestProblems.Numeric("2-3-1", 3);
        var theta = new double[problem.ParameterCount];
        Assert.That(Assert.Throws<InputException>(() => problem.Sharpness(theta, new LanczosOptions(Count: 0)))!.Field, Is.EqualTo("count"));
        Assert.That(Assert.Throws<InputException>(() => problem.Sharpness(theta, new LanczosOptions(Tolerance: -1)))!.Field, Is.EqualTo("tolerance"));
    }
}

using EosVerify.Numerics;

namespace EosVerify.Tests.Numerics;

internal class MatrixKernelsTests
{
    private static IEnumerable<IMatrixKernels> Kernels()
    {
        yield return ManagedMatrixKernels.Instance;
        if (OpenBlasMatrixKernels.TryCreate() is { } blas) yield return blas;
    }

    private static double[] Naive(double[] a, double[] b, int m, int k, int n, bool ta, bool tb)
    {
        var c = new double[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                double s = 0;
                for (int p = 0; p < k; p++) s += (ta ? a[p * m + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * n + j]);
                c[i * n + j] = s;
            }
        return c;
    }

    [Test]
    public void Products_match_the_naive_triple_loop([ValueSource(nameof(Kernels))] IMatrixKernels kernels,
        [Values(1, 3, 4, 9, 17)] int m, [Values(1, 5, 8, 13)] int k, [Values(1, 7, 8, 16, 21)] int n)
    {
        var a = TestProblems.RandomVector(m * k, 1);
        var b = TestProblems.RandomVector(k * n, 2);
        var c = TestProblems.RandomVector(m * n, 3);
        var start = (double[])c.Clone();

        kernels.Multiply(a, b, c, m, k, n);
        Assert.That(TestProblems.RelativeDifference(c, Naive(a, b, m, k, n, false, false)), Is.LessThan(1e-14));
        kernels.MultiplyTransposeA(a, b, c, m, k, n); // the same entries of a, read as k×m
        Assert.That(TestProblems.RelativeDifference(c, Naive(a, b, m, k, n, true, false)), Is.LessThan(1e-14));
        var bt = TestProblems.RandomVector(n * k, 4);
        kernels.MultiplyTransposeB(a, bt, c, m, k, n);
        Assert.That(TestProblems.RelativeDifference(c, Naive(a, bt, m, k, n, false, true)), Is.LessThan(1e-14));

        var acc = (double[])start.Clone();
        kernels.Multiply(a, b, acc, m, k, n, accumulate: true);
        var expected = Naive(a, b, m, k, n, false, false).Select((v, i) => v + start[i]).ToArray();
        Assert.That(TestProblems.RelativeDifference(acc, expected), Is.LessThan(1e-14));
    }

    [Test]
    public void Every_kernel_rejects_a_span_too_short_for_its_shape([ValueSource(nameof(Kernels))] IMatrixKernels kernels)
    {
        // A 2×3 times 3×4 product: A needs 6 entries, B 12, C 8; each product checks the shape it reads.
        var six = new double[6]; var twelve = new double[12]; var eight = new double[8];
        Assert.Throws<ArgumentException>(() => kernels.Multiply(new double[5], twelve, eight, 2, 3, 4));
        Assert.Throws<ArgumentException>(() => kernels.Multiply(six, new double[11], eight, 2, 3, 4));
        Assert.Throws<ArgumentException>(() => kernels.Multiply(six, twelve, new double[7], 2, 3, 4));
        Assert.Throws<ArgumentException>(() => kernels.MultiplyTransposeA(new double[5], twelve, eight, 2, 3, 4));
        Assert.Throws<ArgumentException>(() => kernels.MultiplyTransposeB(six, new double[11], eight, 2, 3, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => kernels.Multiply(six, twelve, eight, -2, 3, 4));
        Assert.DoesNotThrow(() => kernels.MultiplyTransposeB(six, twelve, eight, 2, 3, 4));
    }

    [Test]
    public void OpenBlas_engine_gives_the_same_sharpness_as_managed()
    {
        var blas = OpenBlasMatrixKernels.TryCreate();
        if (blas is null) Assert.Ignore("libopenblas.so.0 is not installed (apt-get install libopenblas0)");
        var problem = TestProblems.Numeric("6-10-10-10-4", 5);
        var theta = TestProblems.RandomVector(problem.ParameterCount, 6, 0.5);
        double managed = problem.Sharpness(theta).Largest;
        double native = problem.WithKernels(blas!).Sharpness(theta).Largest;
        Assert.That(native, Is.EqualTo(managed).Within(1e-8).Percent);
    }
}

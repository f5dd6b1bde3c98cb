using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Tests.Numerics;

/// <summary>--kernels managed|openblas|auto: the choice, the dispatch by size, and agreement to 1e-12 relative.</summary>
internal class KernelChoiceTests
{
    private sealed class Recording(string name) : IMatrixKernels
    {
        public int Calls { get; private set; }
        public string Name => name;
        public void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false) => Calls++;
        public void MultiplyTransposeA(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false) => Calls++;
        public void MultiplyTransposeB(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false) => Calls++;
    }

    [Test]
    public void Auto_sends_products_of_at_least_the_minimum_work_to_the_large_kernels()
    {
        var small = new Recording("small");
        var large = new Recording("large");
        var auto = new AutoMatrixKernels(small, large);
        var buffer = new double[16 * 16];
        auto.Multiply(buffer, buffer, buffer, 15, 16, 16);            // 3,840 < 4,096
        auto.MultiplyTransposeA(buffer, buffer, buffer, 16, 16, 16);  // 4,096
        auto.MultiplyTransposeB(buffer, buffer, buffer, 1, 1, 1);
        Assert.That((small.Calls, large.Calls), Is.EqualTo((2, 1)));
        Assert.That(AutoMatrixKernels.MinimumWork, Is.EqualTo(4096));
    }

    [TestCase("managed", KernelChoice.Managed)]
    [TestCase("OpenBLAS", KernelChoice.OpenBlas)]
    [TestCase("auto", KernelChoice.Auto)]
    public void Names_parse(string text, KernelChoice choice) => Assert.That(MatrixKernels.Parse(text), Is.EqualTo(choice));

    [TestCase("cuda")]
    [TestCase("")]
    [TestCase(null)]
    public void Unknown_names_are_input_errors_naming_the_option(string? text) =>
        Assert.That(Assert.Throws<InputException>(() => MatrixKernels.Parse(text))!.Field, Is.EqualTo("--kernels"));

    [Test]
    public void The_default_is_auto_where_openblas_loads_and_managed_elsewhere()
    {
        var expected = MatrixKernels.OpenBlasAvailable ? "auto" : "managed";
        Assert.That(new NumericProblem(TestProblems.Generated("1-1", 1)).Kernels.Name, Does.StartWith(expected));
        Assert.That(MatrixKernels.Resolve(KernelChoice.Managed), Is.SameAs(ManagedMatrixKernels.Instance));
    }

    [TestCase("20-24-20-10", 3UL)]
    [TestCase("40-30-20-5", 4UL)]
    [TestCase("64-64-64", 5UL)]
    public void Openblas_and_auto_agree_with_managed_to_1e_12_relative(string architecture, ulong seed)
    {
        Assume.That(MatrixKernels.OpenBlasAvailable, "libopenblas.so.0 does not load here");
        var managed = new NumericProblem(TestProblems.Generated(architecture, seed, samples: 50), ManagedMatrixKernels.Instance);
        var theta = TestProblems.RandomVector(managed.ParameterCount, seed + 10, 1 / Math.Sqrt(managed.Architecture.Width(1)));
        var v = TestProblems.RandomVector(managed.ParameterCount, seed + 11);
        var lanczos = new LanczosOptions(Count: 3, Tolerance: 1e-13, MaxIterations: 400);
        double referenceLoss = managed.Loss(theta);
        var referenceGradient = managed.Gradient(theta);
        var referenceHvp = managed.HessianVectorProduct(theta, v);
        var referenceTop = managed.Sharpness(theta, lanczos).Eigenvalues;
        foreach (var choice in new[] { KernelChoice.OpenBlas, KernelChoice.Auto })
        {
            var other = managed.WithKernels(MatrixKernels.Resolve(choice));
            Assert.That(other.Loss(theta), Is.EqualTo(referenceLoss).Within(1e-12 * Math.Abs(referenceLoss)), $"{choice} loss");
            Assert.That(TestProblems.RelativeDifference(other.Gradient(theta), referenceGradient), Is.LessThan(1e-12), $"{choice} gradient");
            Assert.That(TestProblems.RelativeDifference(other.HessianVectorProduct(theta, v), referenceHvp), Is.LessThan(1e-12), $"{choice} HVP");
            var top = other.Sharpness(theta, lanczos).Eigenvalues;
            for (int i = 0; i < 3; i++)
                Assert.That(top[i], Is.EqualTo(referenceTop[i]).Within(1e-12 * Math.Abs(referenceTop[0])), $"{choice} λ_{i + 1}");
        }
    }
}

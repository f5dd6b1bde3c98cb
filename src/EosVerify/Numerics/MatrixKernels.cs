using EosVerify.Networks;

namespace EosVerify.Numerics;

/// <summary>Which dense kernels the numeric engine uses (<c>--kernels managed|openblas|auto</c>).</summary>
internal enum KernelChoice
{
    /// <summary><see cref="ManagedMatrixKernels"/>: always available.</summary>
    Managed,

    /// <summary><see cref="OpenBlasMatrixKernels"/>: an input error where libopenblas does not load.</summary>
    OpenBlas,

    /// <summary><see cref="AutoMatrixKernels"/>: OpenBLAS for large products where it loads, managed otherwise (the default).</summary>
    Auto,
}

/// <summary>Resolves a <see cref="KernelChoice"/>; the default kernels of <see cref="NumericProblem"/>.</summary>
internal static class MatrixKernels
{
    private static readonly Lazy<OpenBlasMatrixKernels?> OpenBlas = new(() => OpenBlasMatrixKernels.TryCreate());
    private static readonly Lazy<IMatrixKernels> AutoKernels = new(() =>
        OpenBlas.Value is { } blas ? new AutoMatrixKernels(ManagedMatrixKernels.Instance, blas) : ManagedMatrixKernels.Instance);

    /// <summary>Auto: OpenBLAS for products of at least <see cref="AutoMatrixKernels.MinimumWork"/> multiply–adds where it loads.</summary>
    public static IMatrixKernels Default => AutoKernels.Value;

    /// <summary>True when libopenblas.so.0 loaded in this process.</summary>
    public static bool OpenBlasAvailable => OpenBlas.Value is not null;

    public static IMatrixKernels Resolve(KernelChoice choice, string field = "kernels") => choice switch
    {
        KernelChoice.Managed => ManagedMatrixKernels.Instance,
        KernelChoice.OpenBlas => OpenBlas.Value ?? throw new InputException(field,
            "is openblas, but libopenblas.so.0 does not load here (install the Debian package libopenblas0, or use managed)"),
        _ => Default,
    };

    /// <summary>Parses managed, openblas or auto (case-insensitive).</summary>
    public static KernelChoice Parse(string? text, string field = "--kernels") => text?.ToLowerInvariant() switch
    {
        "managed" => KernelChoice.Managed,
        "openblas" => KernelChoice.OpenBlas,
        "auto" => KernelChoice.Auto,
        _ => throw new InputException(field, $"is '{(text is { Length: > 20 } ? text[..20] + "…" : text)}'; expected managed, openblas or auto"),
    };
}

/// <summary>
/// Per product, OpenBLAS when m·k·n ≥ <see cref="MinimumWork"/> (there its blocking wins), else the managed kernel (its
/// lower call overhead wins on small matrices). Deterministic: the choice depends only on the shape, OpenBLAS runs on one
/// thread, so the same inputs give the same bits whatever the thread count.
/// </summary>
internal sealed class AutoMatrixKernels(IMatrixKernels small, IMatrixKernels large) : IMatrixKernels
{
    /// <summary>
    /// Measured crossover (KernelCrossoverBenchmarks, docs/benchmarks.md): for n×n×n products managed is faster at n = 8
    /// (181 vs 212 ns), OpenBLAS from n = 16 (0.39 vs 0.97 µs) and 4.6× at n = 100.
    /// </summary>
    public const long MinimumWork = 16L * 16 * 16;

    public string Name => $"auto ({small.Name} below {MinimumWork} multiply–adds, {large.Name} above)";

    private IMatrixKernels For(int m, int k, int n) => (long)m * k * n >= MinimumWork ? large : small;

    public void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false) =>
        For(m, k, n).Multiply(a, b, c, m, k, n, accumulate);

    public void MultiplyTransposeA(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false) =>
        For(m, k, n).MultiplyTransposeA(a, b, c, m, k, n, accumulate);

    public void MultiplyTransposeB(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false) =>
        For(m, k, n).MultiplyTransposeB(a, b, c, m, k, n, accumulate);
}

using System.Runtime.InteropServices;

namespace EosVerify.Numerics;

/// <summary>
/// Products through OpenBLAS's CBLAS interface (Debian package libopenblas0). Created only through
/// <see cref="TryCreate"/>, which returns null when the library does not load. OpenBLAS is pinned to one thread so
/// that results do not depend on the thread count and sweeps can parallelise over runs instead.
/// </summary>
internal sealed unsafe class OpenBlasMatrixKernels : MatrixKernelBase
{
    private const int RowMajor = 101, NoTrans = 111, Trans = 112;

    private readonly delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void> _dgemm;

    private OpenBlasMatrixKernels(IntPtr dgemm) =>
        _dgemm = (delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)dgemm;

    public override string Name => "openblas";

    /// <summary>Loads libopenblas.so.0 (or the path given); null when it is not installed or lacks cblas_dgemm.</summary>
    public static OpenBlasMatrixKernels? TryCreate(string library = "libopenblas.so.0")
    {
        if (!NativeLibrary.TryLoad(library, out var handle)) return null;
        if (!NativeLibrary.TryGetExport(handle, "cblas_dgemm", out var dgemm)) return null;
        if (NativeLibrary.TryGetExport(handle, "openblas_set_num_threads", out var setThreads))
            ((delegate* unmanaged<int, void>)setThreads)(1);
        return new OpenBlasMatrixKernels(dgemm);
    }

    protected override void MultiplyCore(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate)
    {
        Gemm(NoTrans, NoTrans, a, k, b, n, c, m, k, n, accumulate);
    }

    protected override void MultiplyTransposeACore(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate)
    {
        Gemm(Trans, NoTrans, a, m, b, n, c, m, k, n, accumulate);
    }

    protected override void MultiplyTransposeBCore(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate)
    {
        Gemm(NoTrans, Trans, a, k, b, k, c, m, k, n, accumulate);
    }

    private void Gemm(int transA, int transB, ReadOnlySpan<double> a, int lda, ReadOnlySpan<double> b, int ldb, Span<double> c,
        int m, int k, int n, bool accumulate)
    {
        if (m == 0 || n == 0) return;
        if (k == 0) { if (!accumulate) c[..(m * n)].Clear(); return; }
        fixed (double* pa = a, pb = b, pc = c)
            _dgemm(RowMajor, transA, transB, m, n, k, 1.0, pa, Math.Max(1, lda), pb, Math.Max(1, ldb), accumulate ? 1.0 : 0.0, pc, Math.Max(1, n));
    }
}

using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace EosVerify.Numerics;

/// <summary>
/// Dense row-major matrix products on spans, single-threaded and allocation-free apart from a transpose scratch.
/// A 4-row × 8-column register-blocked kernel (two Vector256 accumulators per row); every output entry is summed in
/// the same order whatever the caller, so results are reproducible bit for bit.
/// </summary>
internal sealed class ManagedMatrixKernels : MatrixKernelBase
{
    public static readonly ManagedMatrixKernels Instance = new();

    public override string Name => "managed";

    protected override void MultiplyCore(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate)
    {
        Core(a, k, 1, b, c, m, k, n, accumulate);
    }

    protected override void MultiplyTransposeACore(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate)
    {
        Core(a, 1, m, b, c, m, k, n, accumulate);
    }

    protected override void MultiplyTransposeBCore(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate)
    {
        if (n * k <= 256)
        {
            Span<double> small = stackalloc double[n * k];
            Transpose(b, small, n, k);
            Core(a, k, 1, small, c, m, k, n, accumulate);
            return;
        }
        var scratch = ArrayPool<double>.Shared.Rent(n * k);
        Transpose(b, scratch, n, k);
        Core(a, k, 1, scratch, c, m, k, n, accumulate);
        ArrayPool<double>.Shared.Return(scratch);
    }

    private static void Transpose(ReadOnlySpan<double> b, Span<double> t, int rows, int columns)
    {
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                t[j * rows + i] = b[i * columns + j];
    }

    /// <summary>C (m×n) (+)= A·B with A(i,p) = a[i·rowStride + p·colStride], B row-major k×n.</summary>
    private static void Core(ReadOnlySpan<double> a, int rowStride, int colStride, ReadOnlySpan<double> b, Span<double> c,
        int m, int k, int n, bool accumulate)
    {
        if (!accumulate) c[..(m * n)].Clear();
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            int nBlock = n - n % 8;
            for (; i + 4 <= m; i += 4)
            {
                for (int j = 0; j < nBlock; j += 8) Kernel4x8(a, rowStride, colStride, b, c, i, j, k, n);
                for (int j = nBlock; j < n; j++)
                    for (int r = 0; r < 4; r++) c[(i + r) * n + j] += Dot(a, rowStride, colStride, b, i + r, j, k, n);
            }
        }
        for (; i < m; i++)
            for (int j = 0; j < n; j++)
                c[i * n + j] += Dot(a, rowStride, colStride, b, i, j, k, n);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Dot(ReadOnlySpan<double> a, int rowStride, int colStride, ReadOnlySpan<double> b, int i, int j, int k, int n)
    {
        double s = 0;
        for (int p = 0; p < k; p++) s += a[i * rowStride + p * colStride] * b[p * n + j];
        return s;
    }

    private static void Kernel4x8(ReadOnlySpan<double> a, int rowStride, int colStride, ReadOnlySpan<double> b, Span<double> c,
        int i, int j, int k, int n)
    {
        ref double a0 = ref Unsafe.AsRef(in a[0]);
        ref double b0 = ref Unsafe.AsRef(in b[0]);
        Vector256<double> c00 = default, c01 = default, c10 = default, c11 = default;
        Vector256<double> c20 = default, c21 = default, c30 = default, c31 = default;
        int ai = i * rowStride;
        for (int p = 0; p < k; p++)
        {
            int bp = p * n + j;
            var b0v = Vector256.LoadUnsafe(ref b0, (nuint)bp);
            var b1v = Vector256.LoadUnsafe(ref b0, (nuint)(bp + 4));
            int ap = ai + p * colStride;
            var x0 = Vector256.Create(Unsafe.Add(ref a0, ap));
            var x1 = Vector256.Create(Unsafe.Add(ref a0, ap + rowStride));
            var x2 = Vector256.Create(Unsafe.Add(ref a0, ap + 2 * rowStride));
            var x3 = Vector256.Create(Unsafe.Add(ref a0, ap + 3 * rowStride));
            c00 = Vector256.FusedMultiplyAdd(x0, b0v, c00); c01 = Vector256.FusedMultiplyAdd(x0, b1v, c01);
            c10 = Vector256.FusedMultiplyAdd(x1, b0v, c10); c11 = Vector256.FusedMultiplyAdd(x1, b1v, c11);
            c20 = Vector256.FusedMultiplyAdd(x2, b0v, c20); c21 = Vector256.FusedMultiplyAdd(x2, b1v, c21);
            c30 = Vector256.FusedMultiplyAdd(x3, b0v, c30); c31 = Vector256.FusedMultiplyAdd(x3, b1v, c31);
        }
        ref double cc = ref c[0];
        Store(ref cc, i * n + j, c00, c01);
        Store(ref cc, (i + 1) * n + j, c10, c11);
        Store(ref cc, (i + 2) * n + j, c20, c21);
        Store(ref cc, (i + 3) * n + j, c30, c31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref double c, int offset, Vector256<double> lo, Vector256<double> hi)
    {
        (Vector256.LoadUnsafe(ref c, (nuint)offset) + lo).StoreUnsafe(ref c, (nuint)offset);
        (Vector256.LoadUnsafe(ref c, (nuint)(offset + 4)) + hi).StoreUnsafe(ref c, (nuint)(offset + 4));
    }
}

namespace EosVerify.Numerics;

/// <summary>
/// The shape checks every kernel needs, in one place: the public products validate the dimensions and span lengths,
/// then call the unchecked core of the implementation.
/// </summary>
internal abstract class MatrixKernelBase : IMatrixKernels
{
    public abstract string Name { get; }

    public void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false)
    {
        RequireShapes(a.Length, m, k, b.Length, k, n, c.Length, m, n);
        MultiplyCore(a, b, c, m, k, n, accumulate);
    }

    public void MultiplyTransposeA(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false)
    {
        RequireShapes(a.Length, k, m, b.Length, k, n, c.Length, m, n);
        MultiplyTransposeACore(a, b, c, m, k, n, accumulate);
    }

    public void MultiplyTransposeB(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false)
    {
        RequireShapes(a.Length, m, k, b.Length, n, k, c.Length, m, n);
        MultiplyTransposeBCore(a, b, c, m, k, n, accumulate);
    }

    /// <summary>C = A·B on spans whose shapes are checked.</summary>
    protected abstract void MultiplyCore(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate);

    /// <summary>C = Aᵀ·B on spans whose shapes are checked.</summary>
    protected abstract void MultiplyTransposeACore(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate);

    /// <summary>C = A·Bᵀ on spans whose shapes are checked.</summary>
    protected abstract void MultiplyTransposeBCore(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate);

    private static void RequireShapes(int aLength, int aRows, int aColumns, int bLength, int bRows, int bColumns, int cLength, int m, int n)
    {
        if (aRows < 0 || aColumns < 0 || bColumns < 0 || bRows < 0)
            throw new ArgumentOutOfRangeException(nameof(m), $"Matrix dimensions must be non-negative, got A {aRows}×{aColumns} and B {bRows}×{bColumns}.");
        Require(aLength, (long)aRows * aColumns, "A");
        Require(bLength, (long)bRows * bColumns, "B");
        Require(cLength, (long)m * n, "C");
    }

    private static void Require(int actual, long expected, string name)
    {
        if (actual < expected)
            throw new ArgumentException($"Matrix {name} has {actual} entries; the product needs {expected}.");
    }
}

namespace EosVerify.Numerics;

/// <summary>
/// The dense products the numeric engine needs, on row-major spans: C (m×n) = op(A)·op(B), or C += … when
/// <c>accumulate</c>. Implementations: <see cref="ManagedMatrixKernels"/> (always available) and
/// <see cref="OpenBlasMatrixKernels"/> (Debian libopenblas through CBLAS, when it loads).
/// </summary>
internal interface IMatrixKernels
{
    string Name { get; }

    /// <summary>C = A·B, A m×k, B k×n.</summary>
    void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false);

    /// <summary>C = Aᵀ·B, A k×m, B k×n.</summary>
    void MultiplyTransposeA(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false);

    /// <summary>C = A·Bᵀ, A m×k, B n×k.</summary>
    void MultiplyTransposeB(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = false);
}

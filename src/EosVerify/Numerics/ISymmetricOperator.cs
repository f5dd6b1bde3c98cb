namespace EosVerify.Numerics;

/// <summary>A symmetric linear map on R^n, applied as y = A·x (for Lanczos).</summary>
internal interface ISymmetricOperator
{
    int Dimension { get; }

    void Apply(ReadOnlySpan<double> x, Span<double> y);
}

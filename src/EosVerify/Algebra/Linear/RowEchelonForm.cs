namespace EosVerify.Algebra;

/// <summary>
/// The reduced row echelon form R of a matrix A (R = E·A for an invertible E): pivots are 1, each pivot column is a
/// unit vector, zero rows come last. <see cref="PivotColumns"/> lists the pivot columns in increasing order.
/// </summary>
internal sealed record RowEchelonForm(RationalMatrix Reduced, IReadOnlyList<int> PivotColumns)
{
    public int Rank => PivotColumns.Count;
}

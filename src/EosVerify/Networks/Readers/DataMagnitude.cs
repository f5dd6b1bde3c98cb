using System.Globalization;
using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// The largest data value the tool reads. The numerical engine works with the moments in double precision; with
/// every |value| ≤ 1e150, each product of two values is at most 1e300 and a sum over up to
/// <see cref="InputLimits.MaxMatrixEntries"/> samples stays below double's 1.8e308, so the moments are finite.
/// Larger values are refused where the user wrote them (file, row and column), not later under a derived name.
/// </summary>
internal static class DataMagnitude
{
    public const double MaxValue = 1e150;

    /// <summary>Throws an <see cref="InputException"/> for <paramref name="location"/> if |value| exceeds <see cref="MaxValue"/>.</summary>
    public static void Require(Rational value, string location, string shown)
    {
        if (Math.Abs(value.ToDouble()) <= MaxValue) return;
        throw new InputException(location,
            $"{shown} is too large: data values must have magnitude at most 1e150, so that the moments (sums of products over the samples) stay finite in double precision; rescale the data");
    }

    /// <summary>Checks every entry of a matrix read from <paramref name="field"/>, naming it <c>field[row][column]</c> (0-based, as in JSON).</summary>
    public static void RequireAll(RationalMatrix matrix, string field)
    {
        for (int i = 0; i < matrix.RowCount; i++)
            for (int j = 0; j < matrix.ColumnCount; j++)
                Require(matrix[i, j], string.Create(CultureInfo.InvariantCulture, $"{field}[{i}][{j}]"), "the value");
    }
}

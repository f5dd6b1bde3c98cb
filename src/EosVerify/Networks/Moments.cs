using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// The data enter every quantity only through Sxx = XXᵀ/n, Syx = YXᵀ/n, Syy = YYᵀ/n (MATH.md §1). Exact.
/// </summary>
public sealed class Moments
{
    /// <summary>n, the number of samples.</summary>
    public int SampleCount { get; }
    /// <summary>Sxx = XXᵀ/n (d0 × d0).</summary>
    public RationalMatrix Sxx { get; }
    /// <summary>Syx = YXᵀ/n (dL × d0).</summary>
    public RationalMatrix Syx { get; }
    /// <summary>Syy = YYᵀ/n (dL × dL).</summary>
    public RationalMatrix Syy { get; }

    /// <summary>d0.</summary>
    public int InputDimension => Sxx.RowCount;
    /// <summary>dL.</summary>
    public int OutputDimension => Syy.RowCount;

    /// <summary>Moments as given (shapes and symmetry are checked).</summary>
    /// <exception cref="InputException">A sample count below 1, wrong shapes, or a non-symmetric Sxx or Syy.</exception>
    public Moments(int sampleCount, RationalMatrix sxx, RationalMatrix syx, RationalMatrix syy)
    {
        if (sampleCount < 1) throw new InputException("moments.n", $"is {sampleCount}; the sample count must be at least 1");
        if (!sxx.IsSquare) throw new InputException("moments.Sxx", $"is {sxx.RowCount}×{sxx.ColumnCount}; expected a square matrix");
        if (!syy.IsSquare) throw new InputException("moments.Syy", $"is {syy.RowCount}×{syy.ColumnCount}; expected a square matrix");
        if (syx.RowCount != syy.RowCount || syx.ColumnCount != sxx.RowCount)
            throw new InputException("moments.Syx", $"is {syx.RowCount}×{syx.ColumnCount}; expected {syy.RowCount}×{sxx.RowCount} (dL × d0)");
        RequireSymmetric(sxx, "moments.Sxx");
        RequireSymmetric(syy, "moments.Syy");
        SampleCount = sampleCount;
        Sxx = sxx;
        Syx = syx;
        Syy = syy;
    }

    /// <summary>Moments of data X (d0 × n, columns are samples) and Y (dL × n).</summary>
    public static Moments FromData(RationalMatrix x, RationalMatrix y)
    {
        if (x.ColumnCount == 0) throw new InputException("data.X", "has no samples (no columns)");
        if (y.ColumnCount != x.ColumnCount)
            throw new InputException("data.Y", $"has {y.ColumnCount} samples (columns); data.X has {x.ColumnCount}");
        int n = x.ColumnCount;
        var scale = new Rational(1, n);
        var xt = x.Transpose();
        return new Moments(n, scale * (x * xt), scale * (y * xt), scale * (y * y.Transpose()));
    }

    private static void RequireSymmetric(RationalMatrix m, string field)
    {
        for (int i = 0; i < m.RowCount; i++)
            for (int j = i + 1; j < m.ColumnCount; j++)
                if (m[i, j] != m[j, i]) throw new InputException(field, $"is not symmetric: entry ({i},{j}) differs from ({j},{i})");
    }
}

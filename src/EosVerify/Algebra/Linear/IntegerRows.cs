using System.Numerics;

namespace EosVerify.Algebra;

/// <summary>A rational matrix with each row scaled by the lcm of its denominators, so that all entries are integers.</summary>
internal sealed class IntegerRows
{
    /// <summary>Row-major integer entries: row i of the source times <see cref="RowScales"/>[i].</summary>
    public BigInteger[] Entries { get; }
    public BigInteger[] RowScales { get; }
    public int RowCount { get; }
    public int ColumnCount { get; }

    private IntegerRows(int rows, int columns, BigInteger[] entries, BigInteger[] scales)
    {
        RowCount = rows;
        ColumnCount = columns;
        Entries = entries;
        RowScales = scales;
    }

    public static IntegerRows From(RationalMatrix a)
    {
        int m = a.RowCount, n = a.ColumnCount;
        var entries = new BigInteger[m * n];
        var scales = new BigInteger[m];
        for (int i = 0; i < m; i++)
        {
            var lcm = BigInteger.One;
            for (int j = 0; j < n; j++)
            {
                var d = a[i, j].Denominator;
                if (!d.IsOne) lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, d) * d;
            }
            scales[i] = lcm;
            for (int j = 0; j < n; j++)
            {
                var x = a[i, j];
                entries[i * n + j] = lcm.IsOne ? x.Numerator : x.Numerator * (lcm / x.Denominator);
            }
        }
        return new IntegerRows(m, n, entries, scales);
    }

    /// <summary>∏ of the row scales: det(source) = det(integer matrix) / ScaleProduct.</summary>
    public BigInteger ScaleProduct()
    {
        var p = BigInteger.One;
        foreach (var s in RowScales) p *= s;
        return p;
    }
}

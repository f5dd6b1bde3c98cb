using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>Conversions between the layout's T[,] weight blocks and RationalMatrix.</summary>
internal static class RationalArrays
{
    public static RationalMatrix ToMatrix(Rational[,] m) => RationalMatrix.Create(m.GetLength(0), m.GetLength(1), (i, j) => m[i, j]);

    public static Rational[,] ToArray(RationalMatrix m)
    {
        var r = new Rational[m.RowCount, m.ColumnCount];
        for (int i = 0; i < m.RowCount; i++)
            for (int j = 0; j < m.ColumnCount; j++)
                r[i, j] = m[i, j];
        return r;
    }
}

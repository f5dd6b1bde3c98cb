using EosVerify.Algebra;

namespace EosVerify.Derivation;

/// <summary>Dense matrix helpers over an exact field, for local scratch matrices (T[rows, columns]).</summary>
internal static class DenseOps
{
    public static T[,] Identity<T, TField>(TField f, int n) where TField : struct, IFieldOperations<T>
    {
        var m = new T[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                m[i, j] = i == j ? f.One : f.Zero;
        return m;
    }

    public static T[,] Multiply<T, TField>(TField f, T[,] a, T[,] b) where TField : struct, IFieldOperations<T>
    {
        int n = a.GetLength(0), inner = a.GetLength(1), m = b.GetLength(1);
        if (b.GetLength(0) != inner) throw new ArgumentException($"Cannot multiply {n}×{inner} by {b.GetLength(0)}×{m}.");
        var c = new T[n, m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
            {
                var s = f.Zero;
                for (int k = 0; k < inner; k++) s = f.Add(s, f.Multiply(a[i, k], b[k, j]));
                c[i, j] = s;
            }
        return c;
    }

    public static T[,] Transpose<T>(T[,] a)
    {
        var t = new T[a.GetLength(1), a.GetLength(0)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                t[j, i] = a[i, j];
        return t;
    }
}

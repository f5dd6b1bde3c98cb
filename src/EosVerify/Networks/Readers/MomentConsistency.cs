using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// Moments typed in by hand must be those of some data set: the joint second-moment matrix
/// [[Sxx, Syxᵀ], [Syx, Syy]] = (1/n)·[X; Y][X; Y]ᵀ is positive semidefinite. Otherwise the loss can be unbounded
/// below or its optimum negative, and no theorem applies. Checked exactly by symmetric elimination (Schur
/// complements); for d0 + dL above <see cref="MaxDimension"/> the check is skipped (its cost grows as (d0 + dL)³).
/// </summary>
internal static class MomentConsistency
{
    public const int MaxDimension = 100;

    /// <summary>True when checked and found positive semidefinite, or when too large to check.</summary>
    public static bool IsConsistent(Moments moments, out string problem)
    {
        problem = "";
        int d0 = moments.InputDimension, dL = moments.OutputDimension, size = d0 + dL;
        if (size > MaxDimension) return true;
        var a = new Rational[size, size];
        for (int i = 0; i < size; i++)
            for (int j = 0; j < size; j++)
                a[i, j] = Joint(moments, d0, i, j);
        for (int k = 0; k < size; k++)
        {
            var pivot = a[k, k];
            if (pivot.Sign < 0)
            {
                problem = $"are not the moments of any data set: [[Sxx, Syxᵀ], [Syx, Syy]] is not positive semidefinite (negative Schur pivot at {Name(k, d0)})";
                return false;
            }
            if (pivot.IsZero)
            {
                for (int j = k + 1; j < size; j++)
                    if (!a[k, j].IsZero)
                    {
                        problem = $"are not the moments of any data set: [[Sxx, Syxᵀ], [Syx, Syy]] is not positive semidefinite (zero pivot at {Name(k, d0)} with a nonzero off-diagonal entry)";
                        return false;
                    }
                continue;
            }
            for (int i = k + 1; i < size; i++)
            {
                if (a[i, k].IsZero) continue;
                var factor = a[i, k] / pivot;
                for (int j = k + 1; j < size; j++)
                    if (!a[k, j].IsZero) a[i, j] -= factor * a[k, j];
            }
        }
        return true;
    }

    private static Rational Joint(Moments m, int d0, int i, int j) => (i < d0, j < d0) switch
    {
        (true, true) => m.Sxx[i, j],
        (false, true) => m.Syx[i - d0, j],
        (true, false) => m.Syx[j - d0, i],
        _ => m.Syy[i - d0, j - d0],
    };

    private static string Name(int k, int d0) => k < d0 ? $"Sxx row {k}" : $"Syy row {k - d0}";
}

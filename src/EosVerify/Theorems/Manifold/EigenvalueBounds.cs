using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>
/// Certified rational bounds on extreme eigenvalues of a symmetric rational matrix S, from a floating-point estimate
/// that is only a guess: each candidate bound is kept only after an exact definiteness test (S − ℓI ⪰ 0 proves
/// ℓ ≤ λ_min; uI − S ⪰ 0 proves λ_max ≤ u), and a Rayleigh quotient of a rational vector is an exact lower bound on λ_max.
/// </summary>
internal static class EigenvalueBounds
{
    private static readonly double[] Slacks = [1e-12, 1e-9, 1e-6, 1e-3, 1e-1, 0.5];

    /// <summary>
    /// The one certified lower bound on λ_min(S) of the checks (T3's ℓ ≤ λ_min(Sxx) and σ_min(W*)², T4's Theorem A):
    /// for a diagonal S, min_i S_ii, which is λ_min itself; otherwise <see cref="LowerBoundOfSmallest"/> at the
    /// floating-point λ_min (MathNet). Null when S is not positive semidefinite (or its estimate is not finite and
    /// S is not PSD).
    /// </summary>
    public static Rational? LowerBoundOfSmallest(RationalMatrix s)
    {
        if (IsDiagonal(s))
        {
            var smallest = Enumerable.Range(0, s.RowCount).Select(i => s[i, i]).Aggregate(Rational.Min);
            return smallest.Sign >= 0 ? smallest : null;
        }
        double estimate = s.ToDouble().Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Min(z => z.Real);
        return LowerBoundOfSmallest(s, estimate);
    }

    private static bool IsDiagonal(RationalMatrix s)
    {
        for (int i = 0; i < s.RowCount; i++)
            for (int j = 0; j < s.ColumnCount; j++)
                if (i != j && !s[i, j].IsZero) return false;
        return true;
    }

    /// <summary>A rational ℓ ≤ λ_min(S), close to the estimate when it is right; 0 for a PSD S when nothing better verifies; null if S is not PSD.</summary>
    public static Rational? LowerBoundOfSmallest(RationalMatrix s, double estimate)
    {
        var identity = RationalMatrix.Identity(s.RowCount);
        if (double.IsFinite(estimate) && estimate > 0)
            foreach (double slack in Slacks)
            {
                var candidate = ExactProjection.Rationalize(estimate * (1 - slack));
                if (candidate.Sign > 0 && ExactLinearAlgebra.IsPositiveSemidefinite(s - candidate * identity)) return candidate;
            }
        return ExactLinearAlgebra.IsPositiveSemidefinite(s) ? Rational.Zero : null;
    }

    /// <summary>A rational u ≥ λ_max(S), close to the estimate when it is right; falls back to the exact bound max_i Σ_j |S_ij| (Gershgorin).</summary>
    public static Rational UpperBoundOfLargest(RationalMatrix s, double estimate)
    {
        var identity = RationalMatrix.Identity(s.RowCount);
        if (double.IsFinite(estimate))
            foreach (double slack in Slacks)
            {
                var candidate = ExactProjection.Rationalize(estimate + Math.Abs(estimate) * slack);
                if (ExactLinearAlgebra.IsPositiveSemidefinite(candidate * identity - s)) return candidate;
            }
        var gershgorin = Rational.Zero;
        for (int i = 0; i < s.RowCount; i++)
        {
            var row = Rational.Zero;
            for (int j = 0; j < s.ColumnCount; j++) row += s[i, j].Abs();
            gershgorin = Rational.Max(gershgorin, row);
        }
        return gershgorin;
    }

    /// <summary>vᵀSv / vᵀv for a nonzero rational v: exactly at most λ_max(S).</summary>
    public static Rational RayleighQuotient(RationalMatrix s, IReadOnlyList<Rational> v)
    {
        var numerator = Rational.Zero;
        var denominator = Rational.Zero;
        for (int i = 0; i < v.Count; i++)
        {
            denominator += v[i] * v[i];
            for (int j = 0; j < v.Count; j++) numerator += v[i] * s[i, j] * v[j];
        }
        if (denominator.IsZero) throw new ArgumentException("The Rayleigh quotient needs a nonzero vector.", nameof(v));
        return numerator / denominator;
    }
}

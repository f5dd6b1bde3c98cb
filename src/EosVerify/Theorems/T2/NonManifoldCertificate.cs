using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// A certificate that the set of global minimizers is not a smooth manifold at θ = 0, for a zero optimal product
/// (Syx = 0, L ≥ 2; then the minimizers are {θ : W(θ)·Sxx = 0}). The linear subspaces V_1 = {W_1 = 0} and
/// V_2 = {W_2 = 0} lie in that set and together span R^P; a smooth submanifold through 0 containing both would have
/// T_0 ⊇ V_1 + V_2 = R^P, so it would contain a ball around 0. But εθ₁ is not a minimizer for any ε ≠ 0, where θ₁ is
/// an exact point with W(θ₁)·Sxx ≠ 0 (W(εθ₁) = ε^L W(θ₁)).
/// </summary>
internal static class NonManifoldCertificate
{
    public static NonManifoldPointCounterexample? AtOrigin(Problem problem)
    {
        var arch = problem.Architecture;
        var sxx = problem.Moments.Sxx;
        if (arch.Depth < 2 || !problem.Moments.Syx.IsZero) return null;
        int row = Enumerable.Range(0, sxx.RowCount).FirstOrDefault(i => Enumerable.Range(0, sxx.ColumnCount).Any(j => !sxx[i, j].IsZero), -1);
        if (row < 0) return null;
        // T = e_1·r, r a nonzero row of Sxx: T·Sxx = e_1·(e_rowᵀSxx²) ≠ 0 since Sxx² has the null space of Sxx (checked below).
        var target = RationalMatrix.Create(arch.OutputDimension, arch.InputDimension, (i, j) => i == 0 ? sxx[row, j] : Rational.Zero);
        var theta1 = ExactManifoldPoints.Canonical(arch, target);
        var product = new ExactLayers(arch, theta1).Product;
        if ((product * sxx).IsZero) return null;
        return new NonManifoldPointCounterexample
        {
            Theta = RationalPoints.Zero(problem.ParameterCount),
            Branches =
            [
                $"V_1 = {{W_1 = 0}}, dimension {problem.ParameterCount - arch.Width(1) * arch.Width(0)}",
                $"V_2 = {{W_2 = 0}}, dimension {problem.ParameterCount - arch.Width(2) * arch.Width(1)}",
            ],
            OffManifoldDirection = theta1,
            OffManifoldProduct = product,
            Argument = "V_1 and V_2 lie in the minimizer set (the product vanishes) and V_1 + V_2 = R^P; a smooth manifold through 0 containing both would be P-dimensional, i.e. contain a ball around 0; but W(εθ₁)·Sxx = ε^L·W(θ₁)·Sxx ≠ 0 = Syx for every ε ≠ 0, so εθ₁ is not a minimizer",
            Recheck = "W(θ) = 0 whenever W_1 = 0 or W_2 = 0; V_1 + V_2 = R^P; W(θ₁)·Sxx ≠ 0 exactly",
        };
    }
}

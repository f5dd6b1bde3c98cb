using EosVerify.Algebra;
using EosVerify.Derivation.Latex;
using static EosVerify.Tests.Derivation.Latex.Terms;

namespace EosVerify.Tests.Derivation.Latex;

/// <summary>
/// Settings and expanded polynomials derived by hand. 1-1-1 with Sxx = 2, Syx = 3/2, Syy = 5/4 (half-mean), w1 = θ0,
/// w2 = θ1, η = variable 2:
///   L = ½(2 w1²w2² − 3 w1w2 + 5/4) = w1²w2² − 3/2 w1w2 + 5/8,
///   ∂L/∂w1 = 2 w1 w2² − 3/2 w2,  ∂L/∂w2 = 2 w1² w2 − 3/2 w1,
///   H = [[2 w2², 4 w1w2 − 3/2], [4 w1w2 − 3/2, 2 w1²]],
///   det(I − ηH) = (1 − 2ηw2²)(1 − 2ηw1²) − η²(4w1w2 − 3/2)²
///               = 1 − 2η w1² − 2η w2² − 12η² w1²w2² + 12η² w1w2 − 9/4 η²  (at θ = 0: (1 − 3η/2)(1 + 3η/2), eigenvalues ±σ(Syx)).
/// </summary>
internal static class SmallProblems
{
    public static DerivationSetting ScalarChain(string lossName = "half-mean", Rational? factor = null) =>
        new([1, 1, 1], lossName, factor ?? Q(1, 2), M(2), M(Q(3, 2)), M(Q(5, 4)), 2) { SampleCount = 4 };

    public static ExpandedPolynomials ScalarChainExpanded() => new()
    {
        Loss = [T(1, (0, 2), (1, 2)), T(Q(-3, 2), (0, 1), (1, 1)), T(Q(5, 8))],
        Gradient = [[T(2, (0, 1), (1, 2)), T(Q(-3, 2), (1, 1))], [T(2, (0, 2), (1, 1)), T(Q(-3, 2), (0, 1))]],
        Hessian =
        [
            [[T(2, (1, 2))], [T(4, (0, 1), (1, 1)), T(Q(-3, 2))]],
            [[T(4, (0, 1), (1, 1)), T(Q(-3, 2))], [T(2, (0, 2))]],
        ],
        GdJacobianDeterminant = [T(1), T(-2, (0, 2), (2, 1)), T(-2, (1, 2), (2, 1)), T(-12, (0, 2), (1, 2), (2, 2)), T(12, (0, 1), (1, 1), (2, 2)), T(Q(-9, 4), (2, 2))],
    };

    public static RationalMatrix M(Rational single) => RationalMatrix.FromRows([[single]]);

    public static RationalMatrix Matrix(int rows, int columns, Func<int, int, Rational> entry) => RationalMatrix.Create(rows, columns, entry);

    /// <summary>A setting for any widths with simple exact moments (Sxx = I + ones/3, Syx, Syy from small rationals).</summary>
    public static DerivationSetting For(int[] widths, Func<int, int, Rational>? sxx = null)
    {
        int d0 = widths[0], dL = widths[^1];
        int p = 0;
        for (int k = 1; k < widths.Length; k++) p += widths[k] * widths[k - 1];
        return new DerivationSetting(widths, "half-mean", Q(1, 2),
            Matrix(d0, d0, sxx ?? ((i, j) => (i == j ? 1 : 0) + Q(1, 3))),
            Matrix(dL, d0, (i, j) => Q(i - 2 * j + 1, 4)),
            Matrix(dL, dL, (i, j) => i == j ? Q(5, 2) : Q(1, 7)),
            p) { SampleCount = 10 };
    }
}

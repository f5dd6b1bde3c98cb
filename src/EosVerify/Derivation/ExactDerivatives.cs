using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Derivation;

/// <summary>
/// Loss, gradient, Hessian and product-map Jacobian at a rational point, exactly, for any architecture: matrix
/// calculus with prefix/suffix products (MATH.md §2), no polynomials. Cost O(P²) entries for the Hessian.
/// </summary>
internal static class ExactDerivatives
{
    public static Rational Loss(Problem problem, IReadOnlyList<Rational> theta) => Calculus(problem, theta).Loss();

    /// <summary>∇L(θ) in the layout of θ.</summary>
    public static Rational[] Gradient(Problem problem, IReadOnlyList<Rational> theta) => Calculus(problem, theta).Gradient();

    /// <summary>H(θ) = ∇²L(θ), P×P, rows and columns in the layout of θ.</summary>
    public static RationalMatrix Hessian(Problem problem, IReadOnlyList<Rational> theta) => ToMatrix(Calculus(problem, theta).Hessian());

    /// <summary>The GD-map Jacobian I − ηH(θ).</summary>
    public static RationalMatrix GdJacobian(Problem problem, IReadOnlyList<Rational> theta, Rational eta)
    {
        var h = Hessian(problem, theta);
        return RationalMatrix.Identity(h.RowCount) - eta * h;
    }

    /// <summary>W(θ) = W_L⋯W_1 (dL × d0).</summary>
    public static RationalMatrix Product(Problem problem, IReadOnlyList<Rational> theta) => ToMatrix(Calculus(problem, theta).Product);

    /// <summary>Dμ(θ), (dL·d0) × P: row r·d0 + s is ∂W[r,s]/∂θ (rows in row-major order of W).</summary>
    public static RationalMatrix ProductJacobian(Problem problem, IReadOnlyList<Rational> theta) =>
        ToMatrix(Calculus(problem, theta).ProductJacobian());

    private static NetworkCalculus<Rational, RationalField> Calculus(Problem problem, IReadOnlyList<Rational> theta) =>
        new(new RationalField(), problem, theta);

    private static RationalMatrix ToMatrix(Rational[,] m) => RationalMatrix.Create(m.GetLength(0), m.GetLength(1), (i, j) => m[i, j]);
}

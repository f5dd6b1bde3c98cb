using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// Exact facts about one rational point: S(θ) ≤ s iff sI − H(θ) ⪰ 0 and S(θ) &lt; s iff sI − H(θ) ≻ 0, decided by
/// exact (LDLᵀ) definiteness tests, so no eigenvalue (an irrational number in general) is ever computed.
/// </summary>
public static class ExactStability
{
    public static bool SharpnessAtMost(Problem problem, IReadOnlyList<Rational> theta, Rational s) =>
        ExactLinearAlgebra.IsPositiveSemidefinite(Shifted(problem, theta, s));

    public static bool SharpnessBelow(Problem problem, IReadOnlyList<Rational> theta, Rational s) =>
        ExactLinearAlgebra.IsPositiveDefinite(Shifted(problem, theta, s));

    public static Rational NormSquared(IReadOnlyList<Rational> theta) => theta.Aggregate(Rational.Zero, (acc, t) => acc + t * t);

    private static RationalMatrix Shifted(Problem problem, IReadOnlyList<Rational> theta, Rational s) =>
        s * RationalMatrix.Identity(problem.ParameterCount) - ExactDerivatives.Hessian(problem, theta);
}

/// <summary>
/// Turns a floating-point point near M into an exact rational point ON M = μ⁻¹(W*): every entry is made rational, then
/// W_1 is corrected by W_1 += Aᵀ(AAᵀ)⁻¹(W* − A W_1) with A = W_L⋯W_2, so that W_L⋯W_1 = W* exactly. Needs A of full
/// row rank (true near a minimizer when no hidden width is below dL); returns null otherwise.
/// </summary>
public static class ExactProjection
{
    public static Rational[]? OntoManifold(Problem problem, IReadOnlyList<double> theta, RationalMatrix wStar)
    {
        var arch = problem.Architecture;
        var layout = problem.Layout;
        var exact = theta.Select(Rationalize).ToArray();
        var weights = layout.Split(exact).Select(RationalArrays.ToMatrix).ToArray();
        var a = RationalMatrix.Identity(arch.OutputDimension);
        for (int k = arch.Depth; k >= 2; k--) a = a * weights[k - 1];
        var gram = a * a.Transpose();
        if (ExactLinearAlgebra.Rank(gram) < gram.RowCount) return null;
        var correction = a.Transpose() * ExactLinearAlgebra.Solve(gram, wStar - a * weights[0]);
        weights[0] = weights[0] + correction;
        return layout.Join(weights.Select(RationalArrays.ToArray).ToArray());
    }

    /// <summary>A short rational close to x (12 significant digits), so exact arithmetic on the point stays cheap.</summary>
    public static Rational Rationalize(double x)
    {
        if (!double.IsFinite(x)) throw new ArgumentException($"Cannot make {x} exact.", nameof(x));
        if (x == 0) return Rational.Zero;
        int exponent = (int)Math.Floor(Math.Log10(Math.Abs(x)));
        int digits = 12 - exponent;
        var scale = System.Numerics.BigInteger.Pow(10, Math.Max(0, digits));
        var down = System.Numerics.BigInteger.Pow(10, Math.Max(0, -digits));
        var mantissa = new System.Numerics.BigInteger(Math.Round(x * Math.Pow(10, digits)));
        return digits >= 0 ? new Rational(mantissa, scale) : new Rational(mantissa * down);
    }
}

using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// Exact facts about one rational point: S(θ) ≤ s iff sI − H(θ) ⪰ 0 and S(θ) &lt; s iff sI − H(θ) ≻ 0, decided by
/// exact (LDLᵀ) definiteness tests, so no eigenvalue (an irrational number in general) is ever computed.
/// </summary>
internal static class ExactStability
{
    public static bool SharpnessAtMost(Problem problem, IReadOnlyList<Rational> theta, Rational s) =>
        ExactLinearAlgebra.IsPositiveSemidefinite(Shifted(problem, theta, s));

    public static bool SharpnessBelow(Problem problem, IReadOnlyList<Rational> theta, Rational s) =>
        ExactLinearAlgebra.IsPositiveDefinite(Shifted(problem, theta, s));

    public static Rational NormSquared(IReadOnlyList<Rational> theta) => theta.Aggregate(Rational.Zero, (acc, t) => acc + t * t);

    private static RationalMatrix Shifted(Problem problem, IReadOnlyList<Rational> theta, Rational s) =>
        s * RationalMatrix.Identity(problem.ParameterCount) - ExactDerivatives.Hessian(problem, theta);
}

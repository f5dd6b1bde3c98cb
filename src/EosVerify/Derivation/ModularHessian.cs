using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Derivation;

/// <summary>
/// H(θ) reduced modulo a prime p, computed directly in Z/pZ by the same matrix calculus as
/// <see cref="ExactDerivatives.Hessian"/>: equal to the exact Hessian's entries mod p whenever p divides no
/// denominator of the moments, θ or the loss-scale factor (otherwise it throws).
/// </summary>
public static class ModularHessian
{
    /// <summary>Entries in [0, p). Throws <see cref="ArgumentException"/> if p is not prime or divides a denominator.</summary>
    public static ulong[,] At(Problem problem, IReadOnlyList<Rational> theta, ulong prime) =>
        new NetworkCalculus<ulong, PrimeField>(new PrimeField(prime), problem, theta).Hessian();
}

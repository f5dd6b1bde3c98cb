using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Derivation;

/// <summary>
/// H(θ) reduced modulo a prime p, computed directly in Z/pZ by the same matrix calculus as
/// <see cref="ExactDerivatives.Hessian"/>: equal to the exact Hessian's entries mod p whenever p divides no
/// denominator of the moments, θ or the loss-scale factor (otherwise it throws).
/// </summary>
internal static class ModularHessian
{
    /// <summary>Entries in [0, p). Throws <see cref="ArgumentException"/> if p is not prime or divides a denominator.</summary>
    public static ulong[,] At(Problem problem, IReadOnlyList<Rational> theta, ulong prime) =>
        new NetworkCalculus<ulong, PrimeField>(new PrimeField(prime), problem, theta).Hessian();

    /// <summary>The GD-map Jacobian I − ηH(θ) mod p, entries in [0, p); p must not divide η's denominator either.</summary>
    public static ulong[,] GdJacobianAt(Problem problem, IReadOnlyList<Rational> theta, Rational eta, ulong prime)
    {
        var field = new PrimeField(prime);
        var h = new NetworkCalculus<ulong, PrimeField>(field, problem, theta).Hessian();
        var e = field.FromRational(eta);
        int n = h.GetLength(0);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                h[i, j] = field.Subtract(i == j ? 1UL : 0UL, field.Multiply(e, h[i, j]));
        return h;
    }
}

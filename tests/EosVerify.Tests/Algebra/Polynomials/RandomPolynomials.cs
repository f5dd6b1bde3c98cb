using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Algebra.Polynomials;

/// <summary>Seeded random polynomials, matrices and points with small rational coefficients.</summary>
internal sealed class RandomPolynomials(ulong seed)
{
    private readonly SeededRandom _random = new(seed);

    /// <summary>p/q with p in [−range, range], q in [1, 4].</summary>
    public Rational SmallRational(int range = 9) => new(_random.NextInt(2 * range + 1) - range, 1 + _random.NextInt(4));

    /// <summary>Up to maxTerms terms over the first <paramref name="activeVariables"/> variables (all if 0), each exponent ≤ maxExponent.</summary>
    public Polynomial Next(PolynomialRing ring, int maxTerms = 5, int maxExponent = 2, int activeVariables = 0)
    {
        int n = ring.VariableCount;
        int active = activeVariables <= 0 ? n : Math.Min(activeVariables, n);
        var builder = ring.CreateBuilder();
        int terms = _random.NextInt(maxTerms + 1);
        for (int t = 0; t < terms; t++)
        {
            var exponents = new int[n];
            // Touch a few variables, spread over the whole ring so multi-word monomials are exercised.
            int factors = _random.NextInt(3);
            for (int f = 0; f < factors; f++) exponents[VariableIndex(n, active)] = 1 + _random.NextInt(maxExponent);
            builder.Add(ring.Monomial(SmallRational(), exponents));
        }
        return builder.ToPolynomial();
    }

    private int VariableIndex(int n, int active) =>
        active == n ? _random.NextInt(n) : (_random.NextInt(active) * (n / active)) % n;

    public Rational[] Point(int length) => Enumerable.Range(0, length).Select(_ => SmallRational(5)).ToArray();

    public PolynomialMatrix Matrix(PolynomialRing ring, int rows, int columns, int maxTerms = 3) =>
        PolynomialMatrix.Create(ring, rows, columns, (_, _) => Next(ring, maxTerms, 2));
}

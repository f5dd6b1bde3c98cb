using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// det(I − ηH(θ)) at one rational point: exactly (fraction-free Bareiss) for moderate P, else modulo a 61-bit prime
/// p that divides no denominator — a nonzero residue proves a nonzero determinant over Q; a zero residue proves
/// nothing, and is reported as zero only when the exact value was computed.
/// </summary>
internal sealed record WitnessDeterminant(Rational? Exact, ulong? Residue, ulong Prime)
{
    public bool IsZero => Exact is { } e ? e.IsZero : Residue == 0;

    public string MethodName => Exact is not null ? "exact determinant over Q" : $"determinant modulo the prime {Prime}";

    public static WitnessDeterminant Compute(Problem problem, IReadOnlyList<Rational> theta, Rational eta, int maxExactParameters)
    {
        int n = problem.ParameterCount;
        if (n <= maxExactParameters)
        {
            var jacobian = RationalMatrix.Identity(n) - eta * ExactDerivatives.Hessian(problem, theta);
            return new WitnessDeterminant(ExactLinearAlgebra.Determinant(jacobian), null, 0);
        }
        var denominators = Denominators(problem, theta, eta).ToList();
        foreach (var prime in CandidatePrimes())
        {
            // A prime dividing a denominator of the data, θ or η gives residues that mean nothing: take the next one.
            if (denominators.Any(d => d % prime == 0)) continue;
            var h = ModularHessian.At(problem, theta, prime);
            ulong etaModP = ModularArithmetic.Reduce(eta, prime);
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                {
                    ulong scaled = ModularArithmetic.Multiply(etaModP, h[i, j], prime);
                    h[i, j] = ModularArithmetic.Subtract(i == j ? 1UL : 0UL, scaled, prime);
                }
            return new WitnessDeterminant(null, ModularArithmetic.Determinant(h, prime), prime);
        }
        throw new InvalidOperationException("Every candidate prime divides a denominator of the problem.");
    }

    public WitnessDeterminantEvidence ToEvidence(string label, IReadOnlyList<Rational>? theta)
    {
        if (Exact is { } e)
        {
            string digits = e.ToString();
            return new WitnessDeterminantEvidence
            {
                Point = label, Theta = theta, Method = "exact",
                Determinant = digits.Length <= 200 ? digits : $"{(e.Sign < 0 ? "-" : "")}<{digits.Length} characters>",
                DeterminantApprox = e.ToDouble(), Nonzero = !IsZero,
            };
        }
        return new WitnessDeterminantEvidence
        {
            Point = label, Theta = theta, Method = "modular",
            Prime = Prime.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Residue = Residue!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Nonzero = !IsZero,
        };
    }

    private static IEnumerable<ulong> CandidatePrimes()
    {
        yield return ModularArithmetic.MersennePrime61;
        yield return 2305843009213693921UL; // the next prime below 2^61 − 1
        yield return 2305843009213693907UL;
    }

    private static IEnumerable<System.Numerics.BigInteger> Denominators(Problem problem, IReadOnlyList<Rational> theta, Rational eta)
    {
        var m = problem.Moments;
        foreach (var matrix in new[] { m.Sxx, m.Syx, m.Syy })
            for (int i = 0; i < matrix.RowCount; i++)
                for (int j = 0; j < matrix.ColumnCount; j++)
                    yield return matrix[i, j].Denominator;
        foreach (var t in theta) yield return t.Denominator;
        yield return eta.Denominator;
        yield return problem.LossScale.Factor().Denominator;
    }
}

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

    /// <summary>
    /// det(I − ηH(0)) for L ≥ 2, exactly, from the structure of H at the origin instead of a P×P elimination. For L ≥ 3
    /// every second derivative of the loss vanishes at θ = 0 (the product is multilinear of degree L in the layers, and
    /// J(0) = 0), so the determinant is 1. For L = 2 only the bilinear term −2c⟨Syx, W_2W_1⟩ survives: H(0) pairs W_1's
    /// row k with W_2's column k through −2c·Syx, for each hidden unit k separately, so by the Schur complement
    /// det(I − ηH(0)) = det(I_{dL} − (2cη)²·Syx·Syxᵀ)^{d1} — a dL×dL determinant.
    /// </summary>
    public static WitnessDeterminant AtOrigin(Problem problem, Rational eta)
    {
        var arch = problem.Architecture;
        if (arch.Depth < 2) throw new ArgumentException("The origin formula needs L ≥ 2 (for L = 1, H is constant).", nameof(problem));
        if (arch.Depth >= 3) return new WitnessDeterminant(Rational.One, null, 0);
        var syx = problem.Moments.Syx;
        var scale = 2 * problem.LossScale.Factor() * eta;
        var block = RationalMatrix.Identity(syx.RowCount) - scale * scale * (syx * syx.Transpose());
        return new WitnessDeterminant(ExactLinearAlgebra.Determinant(block).Pow(arch.Width(1)), null, 0);
    }

    /// <summary>
    /// Nominal cost of <see cref="AtOrigin"/>: for L = 2 the product Syx·Syxᵀ (dL²·d0 multiply-adds of entries of b
    /// bits, (b/64)² word operations each) and a multimodular dL×dL determinant (dL³/3 modular operations for each
    /// of about dL·2b/61 primes); nothing for L ≥ 3.
    /// </summary>
    public static double OriginCost(Problem problem)
    {
        if (problem.Architecture.Depth != 2) return 0;
        double dOut = problem.Architecture.OutputDimension, dIn = problem.Architecture.InputDimension;
        double bits = MinimizerTargetFacts.EntryBits(problem.Moments), words = Math.Max(1, bits / 64);
        double product = dOut * dOut * dIn * Math.Max(Numerics.WorkBudget.RationalOperation, words * words);
        double primes = Math.Max(1, dOut * 2 * bits / 61);
        return product + primes * Numerics.WorkBudget.Elimination(dOut, Numerics.WorkBudget.ModularOperation);
    }

    /// <summary>
    /// Nominal cost of <see cref="Compute"/> at a general point (see <see cref="Numerics.WorkBudget"/>): the P×P Hessian
    /// (P² entries of about three multiply-adds each) and its elimination, rational up to <paramref name="maxExactParameters"/>, else modular.
    /// </summary>
    public static double Cost(Problem problem, int maxExactParameters)
    {
        double n = problem.ParameterCount;
        double entry = problem.ParameterCount <= maxExactParameters ? Numerics.WorkBudget.RationalOperation : Numerics.WorkBudget.ModularOperation;
        return 3 * n * n * entry + Numerics.WorkBudget.Elimination(n, entry);
    }

    /// <summary>Bytes of the P×P matrix <see cref="Compute"/> holds (8 per modular entry; a small rational takes about 64).</summary>
    public static double Memory(Problem problem, int maxExactParameters) =>
        (double)problem.ParameterCount * problem.ParameterCount * (problem.ParameterCount <= maxExactParameters ? 64 : 8);

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
            var jacobian = ModularHessian.GdJacobianAt(problem, theta, eta, prime);
            return new WitnessDeterminant(null, ModularArithmetic.Determinant(jacobian, prime), prime);
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

    /// <summary>2⁶¹ − 1 and the next two primes below it (the certificate states which one was used).</summary>
    private static IEnumerable<ulong> CandidatePrimes() => Primes.Descending(Primes.Mersenne61, 1UL << 60).Take(3);

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

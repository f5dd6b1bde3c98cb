using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// E = {η : det(I − ηH(θ)) ≡ 0 in θ} (MATH.md T1). With u = 1/η, det(I − ηH(θ)) = η^P χ_θ(u) for the characteristic
/// polynomial χ_θ of H(θ), so E ⊆ {1/u : u &gt; 0 a root of g}, g = gcd of χ_θ over a few points with the factor u^m
/// removed. The superset is exact: when g(u) ≠ 0 some χ_θ(u) ≠ 0, so η = 1/u is not exceptional.
/// </summary>
internal sealed record ExceptionalStepSizes(
    UnivariatePolynomial? Polynomial,
    IReadOnlyList<RationalInterval> InverseEtaRoots,
    ExceptionalStatus Status,
    string Basis)
{
    public static ExceptionalStepSizes Compute(CheckContext context)
    {
        var problem = context.Problem;
        int depth = problem.Architecture.Depth, parameters = problem.ParameterCount;
        if (depth >= 3)
            return new(UnivariatePolynomial.One("u"), [], ExceptionalStatus.Empty,
                "H(0) = 0 for L ≥ 3, so det(I − ηH(0)) = 1 for every η: E is empty");
        if (depth == 1)
        {
            // H = I_{d1} ⊗ (2c·Sxx) does not depend on θ: every root of its characteristic polynomial is exceptional.
            var block = 2 * problem.LossScale.Factor() * problem.Moments.Sxx;
            var g = StripZeroRoots(ExactLinearAlgebra.CharacteristicPolynomial(block, "u")).SquarefreePart().Monic();
            return new(g, PositiveRoots(g), ExceptionalStatus.Exact,
                "L = 1: H = I ⊗ 2c·Sxx is constant, so E = {1/λ : λ > 0 an eigenvalue of 2c·Sxx}");
        }
        if (parameters > context.Options.MaxExceptionalSetParameters)
            return new(null, [], ExceptionalStatus.NotComputed,
                $"P = {parameters} exceeds the limit {context.Options.MaxExceptionalSetParameters} for exact characteristic polynomials");

        var random = context.RandomFor("T1-exceptional");
        var points = new List<Rational[]> { RationalPoints.Zero(parameters) };
        UnivariatePolynomial? gcd = null;
        // Two random points usually make g constant; more are added while g keeps shrinking, up to six.
        for (int round = 0; round < 6; round++)
        {
            if (round > 0) points.Add(RationalPoints.Random(random, parameters));
            var chi = ExactLinearAlgebra.CharacteristicPolynomial(ExactDerivatives.Hessian(problem, points[^1]), "u");
            var next = gcd is null ? chi : UnivariatePolynomial.Gcd(gcd, chi);
            next = StripZeroRoots(next).Monic();
            bool settled = gcd is not null && round >= 2 && next.Degree == gcd.Degree;
            gcd = next;
            if (gcd.IsConstant || settled) break;
        }
        var squarefree = gcd!.IsConstant ? UnivariatePolynomial.One("u") : gcd.SquarefreePart().Monic();
        var roots = PositiveRoots(squarefree);
        return new(squarefree, roots, roots.Count == 0 ? ExceptionalStatus.Empty : ExceptionalStatus.Candidates,
            $"gcd of the characteristic polynomials of H at θ = 0 and {points.Count - 1} random rational point(s)");
    }

    /// <summary>True when η is certainly not in E (g(1/η) ≠ 0); false when it may be.</summary>
    public bool Excludes(Rational eta) => Polynomial is not null && !Polynomial.Evaluate(eta.Reciprocal()).IsZero;

    public ExceptionalStepSizesEvidence ToEvidence() => new()
    {
        Status = Status.Name(),
        Basis = Basis,
        PolynomialInInverseEta = Polynomial?.ToString(),
        Variable = Polynomial is null ? null : "u = 1/η",
        PositiveRoots = Polynomial is null ? null : InverseEtaRoots.Select(r => new ExceptionalRootEvidence
        {
            InverseEta = [r.Lower, r.Upper],
            Eta = [r.Upper.Reciprocal(), r.Lower.Reciprocal()],
            EtaApprox = 1 / r.Midpoint.ToDouble(),
        }).ToList(),
    };

    private static UnivariatePolynomial StripZeroRoots(UnivariatePolynomial p)
    {
        int shift = 0;
        while (shift < p.Coefficients.Count && p.Coefficients[shift].IsZero) shift++;
        return shift == 0 ? p : UnivariatePolynomial.FromCoefficients(p.Coefficients.Skip(shift), p.Variable);
    }

    private static IReadOnlyList<RationalInterval> PositiveRoots(UnivariatePolynomial g)
    {
        if (g.IsConstant) return [];
        var result = new List<RationalInterval>();
        foreach (var isolated in g.IsolateRealRoots(new Rational(1, 1L << 40)))
        {
            var interval = isolated;
            // 0 is not a root (stripped above), so refining an interval that straddles 0 ends on one side of it.
            while (interval.Lower.Sign <= 0 && interval.Upper.Sign > 0)
                interval = g.RefineRoot(interval, interval.Width / 4);
            if (interval.Lower.Sign > 0) result.Add(interval);
        }
        return result;
    }
}

internal enum ExceptionalStatus
{
    /// <summary>E = ∅, proven.</summary>
    Empty,

    /// <summary>Every positive root is exceptional (L = 1), proven.</summary>
    Exact,

    /// <summary>E ⊆ the listed roots; whether each is exceptional is not decided.</summary>
    Candidates,

    NotComputed,
}

internal static class ExceptionalStatusExtensions
{
    public static string Name(this ExceptionalStatus s) => s switch
    {
        ExceptionalStatus.Empty => "empty",
        ExceptionalStatus.Exact => "exact",
        ExceptionalStatus.Candidates => "superset",
        _ => "not-computed",
    };
}

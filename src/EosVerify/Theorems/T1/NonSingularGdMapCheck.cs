using System.Diagnostics;
using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// T1: G_η is non-singular iff det(I − ηH(θ)) is not identically zero in θ (MATH.md T1). Certified by one rational
/// witness θ₀ with a nonzero determinant: first θ₀ = 0, where the determinant has a closed form
/// (<see cref="WitnessDeterminant.AtOrigin"/>), then random rational points, computed exactly (Bareiss) or modulo a
/// 61-bit prime that divides no denominator (nonzero mod p ⇒ nonzero over Q), as far as the budget's cost model allows. Violated when η is exceptional: for L = 1, H is constant, so a zero
/// determinant at one point is zero everywhere.
/// </summary>
internal sealed class NonSingularGdMapCheck : TheoremCheck
{
    private const int RandomWitnessAttempts = 4;

    public override string Id => "T1";

    public override string Claim => "The GD map G_η(θ) = θ − η∇L(θ) is non-singular: det(I − ηH(θ)) is not identically zero in θ.";

    protected override CheckResult Decide(CheckContext context, CancellationToken ct)
    {
        var exceptional = ExceptionalStepSizes.Compute(context);
        var evidence = new NonSingularGdMapEvidence { ExceptionalStepSizes = exceptional.ToEvidence() };
        return context.Problem.Eta is { } eta
            ? CheckStep(context, eta, exceptional, evidence, ct)
            : CheckAllSteps(exceptional, evidence);
    }

    private CheckResult CheckAllSteps(ExceptionalStepSizes exceptional, NonSingularGdMapEvidence evidence)
    {
        evidence.Premise = "no η given: the claim is checked for every η > 0 outside the exceptional set E";
        return exceptional.Status switch
        {
            ExceptionalStatus.NotComputed => Result(Verdict.Inconclusive, evidence.WithReason(exceptional.Basis + "; give --eta to check one step size"), null,
                "E not computed at this size; give --eta"),
            ExceptionalStatus.Empty => Result(Verdict.HoldsCertified, evidence, null, "non-singular for every η > 0 (E = ∅, exact)"),
            ExceptionalStatus.Exact => Result(Verdict.HoldsCertified, evidence, null,
                $"non-singular for every η > 0 except the {exceptional.InverseEtaRoots.Count} exceptional value(s) η = 1/λ_i(2c·Sxx), where it is singular"),
            _ => Result(Verdict.HoldsCertified, evidence, null,
                $"non-singular for every η > 0 outside {exceptional.InverseEtaRoots.Count} candidate value(s) (a certified superset of E)"),
        };
    }

    private CheckResult CheckStep(CheckContext context, Rational eta, ExceptionalStepSizes exceptional, NonSingularGdMapEvidence evidence, CancellationToken ct)
    {
        var problem = context.Problem;
        evidence.Eta = eta;
        if (exceptional.Polynomial is not null) evidence.EtaOutsideExceptionalSuperset = exceptional.Excludes(eta);
        return problem.Architecture.Depth == 1
            ? CheckLinearRegression(problem, eta, evidence)
            : CheckByWitness(context, eta, exceptional, evidence, ct);
    }

    /// <summary>L = 1: H = I_{d1} ⊗ 2c·Sxx, so det(I − ηH(θ)) = det(I − η·2c·Sxx)^{d1} for every θ, exactly.</summary>
    private CheckResult CheckLinearRegression(Problem problem, Rational eta, NonSingularGdMapEvidence evidence)
    {
        var block = 2 * problem.LossScale.Factor() * problem.Moments.Sxx;
        var blockDeterminant = ExactLinearAlgebra.Determinant(RationalMatrix.Identity(block.RowCount) - eta * block);
        evidence.Hessian = "I ⊗ 2c·Sxx (L = 1: constant in θ)";
        evidence.BlockDeterminant = blockDeterminant;
        evidence.OutputWidth = problem.Architecture.OutputDimension;
        if (!blockDeterminant.IsZero)
            return Result(Verdict.HoldsCertified, evidence, null,
                $"det(I − ηH) = det(I − η·2c·Sxx)^{problem.Architecture.OutputDimension} = ({blockDeterminant})^{problem.Architecture.OutputDimension} ≠ 0 for every θ (exact)");
        var counterexample = new SingularStepCounterexample
        {
            Eta = eta,
            Theta = "every θ (the Hessian does not depend on θ when L = 1)",
            HessianEigenvalue = eta.Reciprocal(),
            Recheck = "det(I − η·2c·Sxx) = 0 exactly; det(I − ηH(θ)) is its d1-th power",
        };
        return Result(Verdict.Violated, evidence, counterexample,
            $"η = {eta} = 1/λ for the eigenvalue λ = {eta.Reciprocal()} of 2c·Sxx: det(I − ηH(θ)) = 0 for every θ, G_η is singular");
    }

    private CheckResult CheckByWitness(CheckContext context, Rational eta, ExceptionalStepSizes exceptional, NonSingularGdMapEvidence evidence, CancellationToken ct)
    {
        var problem = context.Problem;
        int parameters = problem.ParameterCount;
        var random = context.RandomFor("T1-witness");
        var candidates = new List<(string Label, Rational[] Theta)> { ("0", RationalPoints.Zero(parameters)) };
        for (int i = 0; i < RandomWitnessAttempts; i++)
            candidates.Add(($"random point {i + 1}", RationalPoints.Random(random, parameters)));

        var tried = new List<WitnessDeterminantEvidence>();
        int maxExact = context.Options.MaxExactDeterminantParameters;
        double cost = WitnessDeterminant.Cost(problem, maxExact), memory = WitnessDeterminant.Memory(problem, maxExact), spent = 0;
        string? sizeLimit = null;
        foreach (var (label, theta) in candidates)
        {
            ct.ThrowIfCancellationRequested();
            bool origin = theta.All(t => t.IsZero);
            if (origin && !context.Budget.Allows(WitnessDeterminant.OriginCost(problem)))
            {
                sizeLimit = context.Budget.SizeLimit($"det(I − ηH(0)) (a {problem.Architecture.OutputDimension}×{problem.Architecture.OutputDimension} determinant of big rationals)", WitnessDeterminant.OriginCost(problem));
                break;
            }
            if (!origin && !context.Budget.Allows(spent + cost, memory, 1))
            {
                sizeLimit = context.Budget.SizeLimit($"det(I − ηH(θ)) at a random point (P = {parameters})", spent + cost, memory, 1);
                break;
            }
            if (!origin) spent += cost;
            var det = origin ? WitnessDeterminant.AtOrigin(problem, eta) : WitnessDeterminant.Compute(problem, theta, eta, maxExact);
            tried.Add(det.ToEvidence(label, origin ? null : theta));
            if (!det.IsZero)
            {
                evidence.Witness = tried[^1];
                evidence.PointsTried = tried.Count;
                return Result(Verdict.HoldsCertified, evidence, null,
                    $"det(I − ηH(θ₀)) ≠ 0 at θ₀ = {label} ({det.MethodName})");
            }
        }
        evidence.PointsTried = tried.Count;
        evidence.VanishedAt = tried;

        if (sizeLimit is not null)
            return SizeLimitReached(evidence, sizeLimit, "size limit: no witness point decided (raise with --budget)",
                tried.Count > 0 ? $"det(I − ηH(0)) = 0; {sizeLimit}" : null);

        if (parameters <= SymbolicExpansionLimit)
        {
            var model = SymbolicModel.Build(problem);
            var atEta = model.GdJacobianDeterminant().Substitute(model.EtaIndex, eta);
            evidence.SymbolicDeterminantTerms = atEta.Count;
            if (atEta.IsZero)
                return Result(Verdict.Violated, evidence, new ZeroDeterminantCounterexample
                {
                    Eta = eta,
                    DeterminantPolynomial = "0 (expanded exactly in θ)",
                }, $"det(I − ηH(θ)) expands to the zero polynomial at η = {eta}: G_η is singular");
            return Result(Verdict.HoldsCertified, evidence, null,
                $"det(I − ηH(θ)) at η = {eta} expands to a nonzero polynomial with {atEta.Count} terms (exact)");
        }

        return Result(Verdict.Inconclusive, evidence.WithReason(
                $"det(I − ηH(θ)) vanished at θ = 0 and {RandomWitnessAttempts} random rational points; P = {parameters} is too large to expand it"),
            null, "determinant vanished at every point tried; η may be exceptional");
    }

    /// <summary>Expanding det(I − ηH(θ)) is feasible for very small P only (2-2-1: P = 6 takes ~50 ms; 2-2-2: P = 8 takes ~9 s).</summary>
    private const int SymbolicExpansionLimit = 6;

    private CheckResult Result(Verdict verdict, CheckEvidence evidence, CheckCounterexample? counterexample, string summary) =>
        Result(verdict, evidence, counterexample, [], summary);
}

using EosVerify.Algebra;
using EosVerify.Derivation;

namespace EosVerify.Theorems;

/// <summary>
/// T3 where neither a ray nor a radius theorem applies (deep networks with no room for a ray that are not square
/// invertible): for small P an SMT query ∃θ ∈ M: ‖θ‖² ≥ R² ∧ (necessary conditions for S ≤ 2/η) whose `unsat` proves
/// the radius R — the user's claimed radius when one is given, else radii growing from the farthest point found —
/// and numerical evidence otherwise, saying why no certificate exists.
/// </summary>
internal static class StableMinimaSmt
{
    private const int RadiusDoublings = 4;

    public static CheckResult Decide(BoundedStableMinimaCheck check, CheckContext context, RationalMatrix wStar, Rational eta,
        BoundedStableMinimaEvidence evidence, StableMinimaSearch search, CancellationToken ct)
    {
        var problem = context.Problem;
        evidence.Search = search.ToEvidence();
        var claim = context.Options.ClaimedRadius;
        if (claim is { } c && search.WitnessBeyond(problem, wStar, c, eta) is { } witness)
            return check.ClaimViolation(witness, c, evidence, "a stable minimum found by the search lies outside the claimed radius");

        string why = $"no radius theorem covers {problem.Architecture} (depth ≥ 3, no hidden-to-hidden layer with room for a ray, not square invertible)";
        if (problem.ParameterCount > context.Options.MaxSmtParameters)
            return Numerical(check, evidence, search, claim, $"{why}; the SMT radius query is attempted only for P ≤ {context.Options.MaxSmtParameters}");

        var radiusSquared = claim is { } given ? given * given
            : ExactProjection.Rationalize(Math.Max(1, 2 * search.LargestNorm * search.LargestNorm));
        var attempts = new List<SmtAttemptEvidence>();
        evidence.Smt = attempts;
        for (int i = 0; i < (claim is null ? RadiusDoublings : 1); i++, radiusSquared *= 4)
        {
            var query = StabilitySmt.StableMinimumQuery(problem, wStar, eta, radiusSquared,
                $"T3 for {problem.Architecture} at η = {eta}: is there a global minimizer θ with ‖θ‖² ≥ {radiusSquared} satisfying the necessary conditions for S(θ) ≤ 2/η (principal minors of order ≤ 2 of (2/η)I − H(θ) nonnegative)? unsat = every stable minimum has ‖θ‖² < {radiusSquared}.",
                context.Options.SecondOrderStabilityMinors);
            var attempt = SmtAttempt.Run(context, query, check.Id, $"radius-{i + 1}", ct, decides: Smt.ExpectedAnswer.Unsat);
            var entry = attempt.ToEvidence();
            entry.RadiusSquared = radiusSquared;
            attempts.Add(entry);
            if (attempt.IsUnsat)
            {
                evidence.RadiusSquared = RationalRange.Exactly(radiusSquared);
                return check.Decided(Verdict.HoldsCertified, evidence, null, [attempt.CertificateFile!], claim is null
                    ? $"every stable minimum has ‖θ‖² < {radiusSquared} (SMT unsat, {attempt.Result.Solver}); farthest found ‖θ‖ ≈ {search.LargestNorm:G6}"
                    : $"the claim holds: no stable minimum has ‖θ‖² ≥ {radiusSquared} (SMT unsat, {attempt.Result.Solver})");
            }
            if (attempt.IsSat && attempt.Result.Model is { } model && model.TryGetPoint(query.Variables, out var point)
                && ExactDerivatives.Product(problem, point).Equals(wStar) && ExactStability.NormSquared(point) >= radiusSquared
                && ExactStability.SharpnessAtMost(problem, point, 2 / eta))
            {
                // The solver's model is itself a stable minimum that far out (re-checked exactly, not taken on its word).
                entry.VerifiedStableModel = point;
                if (claim is { } r && ExactStability.NormSquared(point) > r * r)
                    return check.ClaimViolation(point, r, evidence, $"the model of {attempt.Result.Solver}'s sat answer is a stable minimum beyond the claimed radius");
            }
            if (attempt.Failed)
                return check.Decided(Verdict.Inconclusive, evidence.WithReason(attempt.FailureReason), null, [],
                    $"solver gave no answer ({Smt.SolverResult.OutcomeText(attempt.Result.Outcome)}); farthest stable minimum found has ‖θ‖ ≈ {search.LargestNorm:G6}");
        }
        return Numerical(check, evidence, search, claim, $"{why}; the solver found points satisfying the necessary stability conditions at every radius tried (sat proves nothing: the conditions are only necessary)");
    }

    private static CheckResult Numerical(BoundedStableMinimaCheck check, BoundedStableMinimaEvidence evidence, StableMinimaSearch search, Rational? claim, string why)
    {
        evidence.NoCertificate = why;
        if (claim is { } c)
            return check.Decided(Verdict.Inconclusive, evidence.WithReason($"{why}; no stable minimum beyond the claimed radius {c} was found"), null, [],
                $"claim not decided: farthest stable minimum found has ‖θ‖ ≈ {search.LargestNorm:G6}");
        return check.Decided(Verdict.HoldsNumerical, evidence, null, [],
            $"farthest stable minimum found has ‖θ‖ ≈ {search.LargestNorm:G6}; not certified: {why}");
    }
}

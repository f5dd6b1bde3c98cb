using System.Diagnostics;
using System.Text.Json.Nodes;
using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Reports;

namespace EosVerify.Theorems;

/// <summary>
/// T3 (MATH.md T3): the stable minima {θ ∈ M : S(θ) ≤ 2/η} lie in a ball of radius R(η). Exact for L = 1 (M is a point)
/// and scalar chains (closed-form radius bracketed with exact signs); for small P an SMT `unsat` of
/// ∃θ ∈ M: ‖θ‖² ≥ R² ∧ (necessary conditions for S ≤ 2/η) certifies a radius; otherwise a seeded exploration of
/// the stable minima gives numerical evidence. A claimed radius is tested: an exactly verified stable minimum beyond
/// it is a counterexample.
/// </summary>
public sealed class BoundedStableMinimaCheck : TheoremCheck
{
    private const double DefaultMultipleOfCriticalEta = 0.5;
    private const int RadiusDoublings = 4;

    public override string Id => "T3";

    public override string Claim => "The stable minima form a bounded set: every global minimizer θ with S(θ) ≤ 2/η has ‖θ‖ ≤ R(η).";

    protected override CheckResult Decide(CheckContext context, CancellationToken ct)
    {
        var problem = context.Problem;
        var (facts, evidence, eta) = StepSizeChoice.Begin(context, DefaultMultipleOfCriticalEta);
        if (context.Options.ClaimedRadius is { } claimed) evidence["claimedRadius"] = ExactJson.Value(claimed);

        if (!facts.IsFullRank)
            return Result(Verdict.Inconclusive, evidence.With("reason",
                    $"{facts.Case} case: the radius arguments cover M = μ⁻¹(W*) with Sxx ≻ 0 and rank W* ≤ r only"),
                null, [], $"{facts.Case} case: not decided");
        if (problem.Architecture.Depth == 1) return LinearRegression(context, facts.WStar!, eta, evidence);
        if (ScalarChain.TryCreate(problem) is { } chain) return Chain(context, chain, eta, evidence);
        return General(context, facts.WStar!, eta, evidence, ct);
    }

    private CheckResult LinearRegression(CheckContext context, RationalMatrix wStar, Rational eta, JsonObject evidence)
    {
        var theta = Enumerable.Range(0, wStar.RowCount * wStar.ColumnCount).Select(p => wStar[p / wStar.ColumnCount, p % wStar.ColumnCount]).ToArray();
        var r2 = ExactStability.NormSquared(theta);
        evidence["radiusSquared"] = ExactJson.Value(r2);
        evidence["method"] = "L = 1: M = {W*}, so every minimum has ‖θ‖² = ‖W*‖²_F";
        if (context.Options.ClaimedRadius is { } c && c * c < r2 && ExactStability.SharpnessAtMost(context.Problem, theta, 2 / eta))
            return Violation(theta, c, evidence, "the only minimum W* is stable and lies outside the claimed radius");
        return Result(Verdict.HoldsCertified, evidence, null, [], $"M = {{W*}}: R² = ‖W*‖² = {r2} (exact)");
    }

    private CheckResult Chain(CheckContext context, ScalarChain chain, Rational eta, JsonObject evidence)
    {
        evidence["method"] = "scalar chain: the farthest stable minimum has L−1 equal weights b^{1/2}, b the smallest positive root of b^L − (2/(ησ'))b + (L−1)w*² = 0; R² = w*²/b^{L−1} + (L−1)b, bracketed by exact bisection";
        var bracket = chain.StableRadiusSquared(eta);
        if (bracket is null)
        {
            bool atCritical = chain.CompareMinSharpnessWith(2 / eta) == 0;
            evidence["stableMinimaExist"] = atCritical;
            return Result(Verdict.HoldsCertified, evidence, null, [], atCritical
                ? "η = η* exactly: the stable minima are the balanced points, a finite set (exact)"
                : $"η = {eta} > η*: there are no stable minima, the empty set is bounded (exact)");
        }
        var (lower, upper, rootLow, rootHigh) = bracket.Value;
        evidence["radiusSquared"] = new JsonArray(ExactJson.Value(lower), ExactJson.Value(upper));
        evidence["radiusApprox"] = ExactJson.Number(Math.Sqrt(upper.ToDouble()));
        if (context.Options.ClaimedRadius is { } claim)
        {
            if (claim * claim < lower)
            {
                // Points with w_1 = … = w_{L−1} = v (v² just above the root) are stable and lie just inside R: search v exactly.
                foreach (var point in CandidatePoints(chain, rootLow, rootHigh))
                    if (ExactStability.NormSquared(point) > claim * claim && ExactStability.SharpnessAtMost(context.Problem, point, 2 / eta))
                        return Violation(point, claim, evidence, "a stable scalar-chain minimum lies outside the claimed radius");
                return Result(Verdict.Inconclusive, evidence.With("reason", "the claimed radius is below the exact bracket but no rational witness point was found"),
                    null, [], "claimed radius too small, no witness found");
            }
            if (claim * claim < upper)
                return Result(Verdict.Inconclusive, evidence.With("reason", "the claimed radius falls inside the exact bracket of R"), null, [],
                    "claimed radius within the bracket's width of R");
        }
        return Result(Verdict.HoldsCertified, evidence, null, [],
            $"every stable minimum has ‖θ‖ ≤ R ≈ {Math.Sqrt(upper.ToDouble()):G8} (exact bracket of R²)");
    }

    private static IEnumerable<Rational[]> CandidatePoints(ScalarChain chain, Rational rootLow, Rational rootHigh)
    {
        double b = rootHigh.ToDouble();
        foreach (double factor in new[] { 1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 1e-3, 1e-2 })
        {
            var v = ExactProjection.Rationalize(Math.Sqrt(b * (1 + factor)));
            yield return chain.PointWithEqualLeadingWeights(v).ToArray();
        }
    }

    private CheckResult General(CheckContext context, RationalMatrix wStar, Rational eta, JsonObject evidence, CancellationToken ct)
    {
        var problem = context.Problem;
        var numeric = new NumericProblem(problem);
        var flattest = context.MinSharpness;
        evidence["minSharpness"] = ExactJson.Number(flattest.Value);
        if (flattest.Value > 2 / eta.ToDouble())
        {
            evidence["stableMinimaFound"] = false;
            return Result(Verdict.HoldsNumerical, evidence, null, [],
                $"numeric S_min ≈ {flattest.Value:G6} > 2/η: no stable minimum found; the set is empty up to numerical error");
        }
        var exploration = StableMinimaExplorer.Explore(numeric, flattest.Point, eta.ToDouble(), context.RandomFor("T3-explore"));
        evidence["exploration"] = new JsonObject
        {
            ["largestNorm"] = ExactJson.Number(exploration.LargestNorm),
            ["acceptedMoves"] = exploration.Accepted,
            ["proposedMoves"] = exploration.Proposed,
        };

        if (context.Options.ClaimedRadius is { } claim && exploration.LargestNorm > claim.ToDouble()
            && ExactProjection.OntoManifold(problem, exploration.Farthest, wStar) is { } exact
            && ExactStability.NormSquared(exact) > claim * claim && ExactStability.SharpnessAtMost(problem, exact, 2 / eta))
            return Violation(exact, claim, evidence, "a stable minimum found by exploration lies outside the claimed radius");

        var certificates = new List<string>();
        if (problem.ParameterCount <= context.Options.MaxSmtParameters)
        {
            var radiusSquared = ExactProjection.Rationalize(Math.Max(1, 2 * exploration.LargestNorm * exploration.LargestNorm));
            var attempts = new JsonArray();
            for (int i = 0; i < RadiusDoublings; i++, radiusSquared *= 4)
            {
                var query = StabilitySmt.StableMinimumQuery(problem, wStar, eta, radiusSquared,
                    $"T3 for {problem.Architecture} at η = {eta}: is there a global minimizer θ with ‖θ‖² ≥ {radiusSquared} satisfying the necessary conditions for S(θ) ≤ 2/η (principal minors of order ≤ 2 of (2/η)I − H(θ) nonnegative)? unsat = every stable minimum has ‖θ‖² < {radiusSquared}.", context.Options.SecondOrderStabilityMinors);
                var attempt = SmtAttempt.Run(context, query, Id, $"radius-{i + 1}", ct);
                var entry = attempt.ToJson();
                entry["radiusSquared"] = ExactJson.Value(radiusSquared);
                attempts.Add(entry);
                if (attempt.IsUnsat)
                {
                    evidence["smt"] = attempts;
                    evidence["radiusSquared"] = ExactJson.Value(radiusSquared);
                    return Result(Verdict.HoldsCertified, evidence, null, [attempt.CertificateFile!],
                        $"every stable minimum has ‖θ‖² < {radiusSquared} (SMT unsat); farthest found ‖θ‖ ≈ {exploration.LargestNorm:G6}");
                }
                if (attempt.Failed)
                {
                    evidence["smt"] = attempts;
                    return Result(Verdict.Inconclusive, evidence.With("reason", attempt.FailureReason), null, [],
                        $"solver gave no answer ({attempt.Result.Outcome.ToString().ToLowerInvariant()}); farthest stable minimum found has ‖θ‖ ≈ {exploration.LargestNorm:G6}");
                }
            }
            evidence["smt"] = attempts;
        }
        return Result(Verdict.HoldsNumerical, evidence, null, certificates,
            $"farthest stable minimum found has ‖θ‖ ≈ {exploration.LargestNorm:G6} ({exploration.Accepted} of {exploration.Proposed} moves stable)");
    }

    private CheckResult Violation(IReadOnlyList<Rational> theta, Rational claim, JsonObject evidence, string what)
    {
        var counterexample = new JsonObject
        {
            ["theta"] = ExactJson.Vector(theta),
            ["normSquared"] = ExactJson.Value(ExactStability.NormSquared(theta)),
            ["claimedRadius"] = ExactJson.Value(claim),
            ["recheck"] = "W_L⋯W_1 = W* exactly at θ, (2/η)I − H(θ) ⪰ 0 (exact), and ‖θ‖² > R²",
        };
        return Result(Verdict.Violated, evidence, counterexample, [], $"claimed radius {claim} is too small: {what} (exact)");
    }

}

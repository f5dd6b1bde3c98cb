using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Theorems;

/// <summary>
/// T3 (MATH.md T3, docs/theorems.md): is {θ ∈ M : S(θ) ≤ 2/η} bounded? Decided in this order: first try to break the
/// claim — an exact ray of stable minima along which H is constant (<see cref="StableRay"/>: hidden-layer kernels, or the
/// null space of a singular Sxx) makes it violated; then prove it — a certified radius (L = 1, scalar chains, L = 2 with
/// any widths, square invertible deep networks), or for small P an SMT `unsat`; what is left gets numerical evidence
/// only, saying why. A claimed radius is answered separately: violated by an exact stable minimum beyond it, certified
/// when a proven radius implies it, otherwise not certified.
/// </summary>
internal sealed class BoundedStableMinimaCheck : TheoremCheck
{
    private const double DefaultMultipleOfCriticalEta = 0.5;

    public override string Id => "T3";

    public override string Claim => "The stable minima form a bounded set: every global minimizer θ with S(θ) ≤ 2/η has ‖θ‖ ≤ R(η).";

    protected override CheckResult Decide(CheckContext context, CancellationToken ct)
    {
        var problem = context.Problem;
        if (StepSizeChoice.SizeLimit(context) is { } noStep)
            return SizeLimitReached(new BoundedStableMinimaEvidence(), noStep, "size limit: not decided (raise with --budget)");
        var (facts, evidence, eta) = StepSizeChoice.Begin<BoundedStableMinimaEvidence>(context, DefaultMultipleOfCriticalEta);
        var claim = context.Options.ClaimedRadius;
        evidence.Statement = claim is { } c
            ? $"the user's claim: every stable minimum has ‖θ‖ ≤ {c}"
            : "the theorem: the stable minima form a bounded set (with a radius where one is proved)";
        if (claim is { } given) evidence.ClaimedRadius = given;

        if (facts.Case == "singular-inputs") return SingularInputs(context, eta, evidence);
        if (!facts.IsFullRank)
            return Result(Verdict.Inconclusive, evidence.WithReason(
                    "reduced-rank case: the global minimizers are μ⁻¹(W_r) with G ≠ 0, so H has a residual term; the ray argument and the radius theorems need G = 0 on M"),
                null, [], "reduced-rank case: the ray and radius arguments need G = 0; not decided");
        var wStar = facts.WStar!;
        int rho = facts.RankWStar!.Value;
        var arch = problem.Architecture;
        if (arch.Depth == 1) return LinearRegression(context, wStar, eta, evidence);

        if (ScalarChain.TryCreate(problem) is null && rho > 0 && ProductSharpnessLowerBound.For(problem, wStar) is var lower && lower.Exceeds(2 / eta))
        {
            evidence.StableMinimaExist = false;
            evidence.MinSharpnessLowerBound = lower.Rational;
            evidence.Method = ProductSharpnessLowerBound.NoStableMinimumArgument;
            return Result(Verdict.HoldsCertified, evidence, null, [], $"η = {eta} > 2/S_lo: there are no stable minima, the empty set is bounded (exact)");
        }
        var rayLayers = StableRay.CandidateLayers(arch, rho).ToList();
        if (rayLayers.Count > 0)
        {
            evidence.RayLayers = rayLayers;
            if (StableRayFinder.SizeLimit(arch, context.Budget) is { } tooLarge)
                return SizeLimitReached(evidence, tooLarge, "size limit: ray base points not tested (raise with --budget)",
                    $"hidden-to-hidden layers {string.Join(", ", rayLayers)} carry rays of constant H, but deciding a ray's base point stable is beyond the budget: {tooLarge}");
            if (StableRayFinder.Find(problem, wStar, rho, eta, context.Options.Seed, context.Budget, ct) is { } ray)
                return RayViolation(context, ray, eta, evidence);
            return Result(Verdict.Inconclusive, evidence.WithReason(
                    $"hidden-to-hidden layers {string.Join(", ", rayLayers)} have min(d_j, d_(j−1)) > rank W* = {rho}, so the rank-{rho} points of M carry rays along which H is constant; none of the constructed base points is stable at this η, and boundedness is not proved for this architecture"),
                null, [], "rays of constant H exist on M, but no stable base point was found; not decided");
        }
        if (ScalarChain.TryCreate(problem) is { } chain) return Chain(context, chain, eta, evidence);
        var radius = CertifiedRadius.DepthTwo(problem, eta) ?? CertifiedRadius.SquareInvertible(problem, wStar, eta);
        if (radius is not null) return FromCertifiedRadius(context, wStar, radius, eta, evidence);
        return StableMinimaSmt.Decide(this, context, wStar, eta, evidence, Search(context, wStar, eta), ct);
    }

    private CheckResult LinearRegression(CheckContext context, RationalMatrix wStar, Rational eta, BoundedStableMinimaEvidence evidence)
    {
        var theta = RationalArrays.ToArray(wStar).Cast<Rational>().ToArray();
        var r2 = ExactStability.NormSquared(theta);
        evidence.RadiusSquared = RationalRange.Exactly(r2);
        evidence.Method = "L = 1: M = {W*}, so every minimum has ‖θ‖² = ‖W*‖²_F";
        if (context.Options.ClaimedRadius is { } c && c * c < r2 && ExactManifoldSharpness.At(context.Problem, theta) is { } test && test.ProvedAtMost(2 / eta))
            return ClaimViolation(theta, c, evidence, "the only minimum W* is stable and lies outside the claimed radius");
        return Result(Verdict.HoldsCertified, evidence, null, [], $"M = {{W*}}: R² = ‖W*‖² = {r2} (exact)");
    }

    private CheckResult SingularInputs(CheckContext context, Rational eta, BoundedStableMinimaEvidence evidence)
    {
        var problem = context.Problem;
        var candidates = new[] { SingularInputsRayFinder.BalancedCandidate(problem), context.MinSharpness.Point };
        if (SingularInputsRayFinder.Find(problem, eta, candidates) is { } ray) return RayViolation(context, ray, eta, evidence);
        return Result(Verdict.Inconclusive, evidence.WithReason(
                "singular Sxx: every stable minimum starts a ray W_1 + t·e nᵀ (Sxx n = 0) of stable minima, but no exactly stable global minimizer was constructed at this η (none may exist)"),
            null, [], "singular Sxx: no stable minimizer constructed; not decided");
    }

    private CheckResult RayViolation(CheckContext context, StableRay ray, Rational eta, BoundedStableMinimaEvidence evidence)
    {
        var problem = context.Problem;
        var claim = context.Options.ClaimedRadius;
        var beyond = Rational.Max(claim is { } c ? c * c : Rational.Zero, new Rational(1_000_000) * Rational.Max(Rational.One, ExactStability.NormSquared(ray.Base)));
        var t = ray.StepBeyond(beyond);
        var far = ray.PointAt(t);
        // Re-derive at the far point what the theorem promises: still on the minimizer set and still stable (exact).
        var farTest = ExactManifoldSharpness.At(problem, far);
        if (farTest is null || !farTest.ProvedAtMost(2 / eta))
            throw new InvalidOperationException("Internal error: a constructed ray point is not a stable global minimizer.");
        evidence.Method = ray.Kind == RayKind.HiddenLayerKernel
            ? $"a rational θ₀ ∈ M with S(θ₀) ≤ 2/η (exact) and N in W_{ray.Layer} with A_{ray.Layer}N = 0 and N·B_{ray.Layer} = 0 (exact): every A_k, B_k and so H is the same at θ₀ + tN for all t"
            : "a rational global minimizer θ₀ with S(θ₀) ≤ 2/η (exact) and N = e nᵀ in W_1 with Sxx n = 0 (exact): the loss is invariant under θ ↦ θ + tN, so H is the same at θ₀ + tN for all t";
        var counterexample = new StableRayCounterexample
        {
            Kind = ray.Kind == RayKind.HiddenLayerKernel ? "ray-hidden-layer-kernel" : "ray-input-null-space",
            Layer = ray.Layer,
            Construction = ray.Construction,
            Base = ray.Base,
            Direction = ray.Direction,
            T = t,
            Theta = far,
            NormSquared = ExactStability.NormSquared(far),
            ClaimedRadius = claim,
            Recheck = ray.Kind == RayKind.HiddenLayerKernel
                ? $"at θ₀: W_L⋯W_1 = W* and (2/η)I − H(θ₀) ⪰ 0; A_{ray.Layer}·N = 0 and N·B_{ray.Layer} = 0; then at θ = θ₀ + tN: W_L⋯W_1 = W* and (2/η)I − H(θ) ⪰ 0, for every t"
                : "at θ₀: W·Sxx = Syx and (2/η)I − H(θ₀) ⪰ 0; N·Sxx = 0 (N in W_1); then at θ = θ₀ + tN the same, for every t",
        };
        string where = ray.Kind == RayKind.HiddenLayerKernel ? $"layer W_{ray.Layer}" : "the null space of Sxx (in W_1)";
        return Result(Verdict.Violated, evidence, counterexample, [],
            claim is { } cr
                ? $"unbounded: a ray of stable minima along {where}; θ₀ + tN at t = {t} is a stable minimum with ‖θ‖ > claimed {cr} (exact)"
                : $"unbounded: a ray of stable minima along {where} with constant H (exact); ‖θ‖² = {ExactStability.NormSquared(far).ToDouble():G4} at t = {t}");
    }

    private CheckResult Chain(CheckContext context, ScalarChain chain, Rational eta, BoundedStableMinimaEvidence evidence)
    {
        evidence.Method = "scalar chain: the farthest stable minimum has L−1 equal weights b^{1/2}, b the smallest positive root of b^L − (2/(ησ'))b + (L−1)w*² = 0; R² = w*²/b^{L−1} + (L−1)b, bracketed by exact bisection";
        int comparison = chain.CompareMinSharpnessWith(2 / eta);
        evidence.StableMinimaExist = comparison <= 0;
        if (comparison > 0)
            return Result(Verdict.HoldsCertified, evidence, null, [], $"η = {eta} > η*: there are no stable minima, the empty set is bounded (exact)");
        if (comparison == 0)
            return Result(Verdict.HoldsCertified, evidence, null, [], "η = η* exactly: the stable minima are the balanced points, a finite set (exact)");
        var claim = context.Options.ClaimedRadius;
        if (chain.StableRadiusSquared(eta, claim is { } c ? c * c : null) is not { } bracket)
            return Result(Verdict.Inconclusive, evidence.WithReason("stable minima exist (exact), but no rational bracket of the radius root was found within the bisection budget"),
                null, [], "radius not bracketed; not decided");
        var (lower, upper, rootLow, rootHigh) = bracket;
        evidence.RadiusSquared = new RationalRange(lower, upper);
        evidence.RadiusApprox = Math.Sqrt(upper.ToDouble());
        if (claim is { } claimed)
        {
            var c2 = claimed * claimed;
            if (c2 < lower)
            {
                if (chain.StablePointBeyond(eta, rootHigh, c2) is { } point && chain.SharpnessOnManifold(point) <= 2 / eta)
                    return ClaimViolation(point, claimed, evidence, "a stable scalar-chain minimum lies outside the claimed radius");
                return Result(Verdict.Inconclusive, evidence.WithReason("the claimed radius is below the exact bracket of R but no rational witness point was verified"),
                    null, [], "claimed radius too small, no witness verified");
            }
            if (c2 < upper)
                return Result(Verdict.Inconclusive, evidence.WithReason("the claimed radius falls inside the exact bracket of R (bisection budget exhausted)"), null, [],
                    "claimed radius within the bracket's width of R");
            return Result(Verdict.HoldsCertified, evidence, null, [], $"the claim holds: every stable minimum has ‖θ‖² ≤ {upper.ToDouble():G8} ≤ {claimed}² (exact bracket of R²)");
        }
        return Result(Verdict.HoldsCertified, evidence, null, [],
            $"every stable minimum has ‖θ‖ ≤ R ≈ {Math.Sqrt(upper.ToDouble()):G8} (exact bracket of R²)");
    }

    private CheckResult FromCertifiedRadius(CheckContext context, RationalMatrix wStar, CertifiedRadius radius, Rational eta, BoundedStableMinimaEvidence evidence)
    {
        evidence.Theorem = radius.Theorem;
        evidence.Method = radius.Argument;
        evidence.RadiusSquared = RationalRange.Exactly(radius.RadiusSquared);
        evidence.RadiusApprox = Math.Sqrt(radius.RadiusSquared.ToDouble());
        var search = Search(context, wStar, eta);
        evidence.Search = search.ToEvidence();
        if (search.LargestNorm * search.LargestNorm > radius.RadiusSquared.ToDouble() * (1 + 1e-9))
            return Result(Verdict.Inconclusive, evidence.WithReason("a numerically stable minimum lies beyond the proven radius: the proof or the search is wrong; please report this"),
                null, [], "proven radius contradicted numerically");
        if (context.Options.ClaimedRadius is not { } claim)
            return Result(Verdict.HoldsCertified, evidence, null, [],
                $"every stable minimum has ‖θ‖² ≤ R² = {radius.RadiusSquared.ToDouble():G6} ({radius.Theorem} theorem, exact); farthest found ‖θ‖ ≈ {search.LargestNorm:G6}");
        if (claim * claim >= radius.RadiusSquared)
            return Result(Verdict.HoldsCertified, evidence, null, [],
                $"the claim holds: the proven R² = {radius.RadiusSquared.ToDouble():G6} ≤ {claim}² ({radius.Theorem} theorem, exact)");
        if (search.WitnessBeyond(context.Problem, wStar, claim, eta) is { } witness)
            return ClaimViolation(witness, claim, evidence, "a stable minimum found by the search lies outside the claimed radius");
        return Result(Verdict.Inconclusive, evidence.WithReason(
                $"the claimed radius {claim} is below the proven bound R ≈ {Math.Sqrt(radius.RadiusSquared.ToDouble()):G6} and no stable minimum beyond it was found (farthest ‖θ‖ ≈ {search.LargestNorm:G6}): the claim is not decided"),
            null, [], "claim below the proven radius, no witness found; not decided");
    }

    internal StableMinimaSearch Search(CheckContext context, RationalMatrix wStar, Rational eta) =>
        StableMinimaSearch.Run(context, wStar, eta);

    internal CheckResult Decided(Verdict verdict, CheckEvidence evidence, CheckCounterexample? counterexample, IReadOnlyList<string> certificates, string summary) =>
        Result(verdict, evidence, counterexample, certificates, summary);

    internal CheckResult ClaimViolation(IReadOnlyList<Rational> theta, Rational claim, BoundedStableMinimaEvidence evidence, string what)
    {
        var counterexample = new StableMinimumBeyondClaimCounterexample
        {
            Theta = theta,
            NormSquared = ExactStability.NormSquared(theta),
            ClaimedRadius = claim,
            Recheck = "W_L⋯W_1 = W* exactly at θ, (2/η)I − H(θ) ⪰ 0 (exact), and ‖θ‖² > R²",
        };
        return Result(Verdict.Violated, evidence, counterexample, [], $"claimed radius {claim} is too small: {what} (exact)");
    }
}

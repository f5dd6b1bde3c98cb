using System.Diagnostics;
using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Theorems;

/// <summary>
/// T4 (MATH.md T4): η* = 2/S_min; for η &gt; η* every global minimum is linearly unstable (S &gt; 2/η), and with T1 the
/// centre-stable manifold theorem makes convergence to a global minimum a null-set event. For every full-rank problem a
/// certified bracket S_lo ≤ S_min ≤ S_hi (docs/t4-bracket.md) decides it exactly outside the band (2/S_hi, 2/S_lo]:
/// η &gt; 2/S_lo proves every minimum unstable; an exact rational minimum stable at η proves the premise false. Inside
/// the band: SMT for small P, else numerical, saying so. A claimed lower bound on S_min is proved, refuted with an
/// exact point, or reported undecided — never certified from floating point.
/// </summary>
internal sealed class LargeStepInstabilityCheck : TheoremCheck
{
    private const double DefaultMultipleOfCriticalEta = 1.1;

    private readonly Func<CheckContext, MinSharpnessResult>? _numericMinimum;

    public LargeStepInstabilityCheck()
    {
    }

    /// <summary>A check that takes the numeric S_min from <paramref name="numericMinimum"/> instead of the context (tests inject a wrong one).</summary>
    public LargeStepInstabilityCheck(Func<CheckContext, MinSharpnessResult> numericMinimum) => _numericMinimum = numericMinimum;
    private const double BorderlineRelative = 1e-6;

    public override string Id => "T4";

    public override string Claim => "For η > η* = 2/S_min every global minimum is linearly unstable (S(θ) > 2/η on M), so GD converges to a global minimum only from a null set of initializations.";

    protected override CheckResult Decide(CheckContext context, CancellationToken ct)
    {
        var problem = context.Problem;
        if (StepSizeChoice.SizeLimit(context) is { } noStep)
            return SizeLimitReached(new LargeStepInstabilityEvidence(), noStep, "size limit: not decided (raise with --budget)");
        var (facts, evidence, eta) = StepSizeChoice.Begin<LargeStepInstabilityEvidence>(context, DefaultMultipleOfCriticalEta);
        evidence.Covers = "global minima (linearly unstable for η > η*) and, where T1 holds, strict saddles (avoided from almost every start: Lee et al. 2016, Panageas & Piliouras 2017)";
        evidence.NotCovered = problem.Architecture.Depth >= 3
            ? "non-strict saddles such as θ = 0 (H(0) = 0, DG = I): no linear-instability argument applies there; GD can linger near them (see the sweep's 'saddle' class)"
            : "none for L ≤ 2 beyond the strict saddles";

        var numeric = _numericMinimum?.Invoke(context) ?? context.MinSharpness;
        evidence.MinSharpness = numeric.Value;
        evidence.MinSharpnessMethod = numeric.Method;
        evidence.MinSharpnessRestarts = numeric.RestartValues.ToArray();
        evidence.MinSharpnessSpread = numeric.Spread;
        evidence.BalancedSharpness = numeric.BalancedSharpness;
        if (numeric.ClosedForm is { } cf)
        {
            evidence.ClosedForm = cf;
            evidence.ClosedFormName = numeric.ClosedFormName;
        }
        evidence.CriticalEta = numeric.CriticalEta;

        evidence.MinSharpnessSearchBudget = numeric.Budget;
        if (SizeLimit(context, numeric) is { } sizeLimit) return SizeLimited(problem, facts, eta, sizeLimit, evidence);
        if (!facts.IsFullRank)
            return NotFullRank(facts, eta, numeric.Value, evidence);

        var bracket = MinSharpnessBracket.For(problem, facts.WStar!, numeric.Point);
        evidence.MinSharpnessBracket = bracket.ToEvidence();
        evidence.CriticalEtaBracket = bracket.CriticalEtaEvidence();
        if (bracket.IsZero)
        {
            evidence.MinSharpness = 0.0; // exactly: the search's ≈ 1e-24 is rounding near θ = 0
            evidence.CriticalEta = null;
        }
        var chain = ScalarChain.TryCreate(problem);

        var claim = ClaimOutcome.Proved;
        if (context.Options.ClaimedMinSharpness is { } claimed)
        {
            (claim, var counterexample) = ClaimedMinSharpnessTest.Run(claimed, bracket, chain, evidence);
            if (claim == ClaimOutcome.Refuted)
                return Result(Verdict.Violated, evidence, counterexample, [],
                    $"the claimed bound S ≥ {claimed} fails: a rational global minimizer has S < {claimed} (exact)");
        }

        double curvatureScale = (2 * problem.LossScale.Factor()).ToDouble() * Enumerable.Range(0, problem.Architecture.InputDimension).Max(i => problem.Moments.Sxx[i, i].ToDouble());
        if (!bracket.Admits(numeric.Value, curvatureScale))
            return Result(Verdict.Inconclusive, evidence.WithReason(
                    $"bug: the numeric S_min ≈ {numeric.Value:G12} lies below the certified lower bound {bracket.Lower.ToDouble():G12}"),
                null, [], "numeric S_min outside the certified bracket: not decided");
        double bestKnown = bracket.Upper is { } upper ? Math.Min(numeric.Value, upper.ToDouble()) : numeric.Value; // S_hi is S at an exact point: it may beat the search

        var result = problem.Architecture.Depth == 1 ? LinearRegression(problem, eta, evidence)
            : chain is not null ? Chain(chain, eta, evidence)
            : Bracketed(context, facts, bracket, eta, bestKnown, evidence, ct);
        return claim == ClaimOutcome.Undecided ? WithUndecidedClaim(result, context.Options.ClaimedMinSharpness!.Value, numeric.Value) : result;
    }

    /// <summary>An undecided claim keeps the verdict from being certified: numerical if the search agrees with it, else inconclusive.</summary>
    private CheckResult WithUndecidedClaim(CheckResult result, Rational claim, double numericMinimum)
    {
        var evidence = result.EvidenceAs<LargeStepInstabilityEvidence>();
        bool agrees = numericMinimum >= claim.ToDouble();
        string why = $"the claimed S_min ≥ {claim} lies inside the certified bracket and is not decided exactly; the numeric S_min ≈ {numericMinimum:G10} {(agrees ? "agrees with it" : "is below it, but no exact point below the claim verified")}";
        evidence.ClaimReason = why;
        if (result.Verdict == Verdict.Violated) return result;
        var verdict = agrees && result.Verdict.Holds() ? Verdict.HoldsNumerical : Verdict.Inconclusive;
        if (verdict == Verdict.Inconclusive) evidence.Reason = why;
        return result with { Verdict = verdict, Summary = $"{result.Summary}; claim not decided exactly" };
    }

    private CheckResult LinearRegression(Problem problem, Rational eta, LargeStepInstabilityEvidence evidence)
    {
        var curvature = 2 * problem.LossScale.Factor() * problem.Moments.Sxx;
        bool stable = ExactLinearAlgebra.IsPositiveSemidefinite(2 / eta * RationalMatrix.Identity(curvature.RowCount) - curvature);
        evidence.Premise = !stable;
        evidence.Method = "L = 1: M = {W*} and S = λ_max(2c·Sxx); stability decided by an exact definiteness test of (2/η)I − 2c·Sxx";
        return stable
            ? Result(Verdict.HoldsCertified, evidence, null, [], $"premise false: η = {eta} ≤ η*, the minimum W* is stable (exact); holds vacuously")
            : Result(Verdict.HoldsCertified, evidence, null, [], $"η = {eta} > η*: the only minimum W* has S > 2/η (exact)");
    }

    private CheckResult Chain(ScalarChain chain, Rational eta, LargeStepInstabilityEvidence evidence)
    {
        bool unstable = chain.EveryMinimumUnstableAt(eta);
        evidence.Premise = unstable;
        if (!unstable && ChainWitness.Below(chain, 2 / eta) is { } stable) evidence.StableMinimum = stable;
        evidence.Method = "scalar chain: S_min = L·σ'·|w*|^{2(L−1)/L}; η > η* decided exactly as (η·L·σ')^L·|w*|^{2(L−1)} > 2^L";
        return unstable
            ? Result(Verdict.HoldsCertified, evidence, null, [], $"η = {eta} > η* ≈ {2 / chain.MinSharpnessApprox:G6}: every global minimum has S > 2/η (exact)")
            : Result(Verdict.HoldsCertified, evidence, null, [], $"premise false: η = {eta} ≤ η* ≈ {2 / chain.MinSharpnessApprox:G6} (exact); holds vacuously");
    }

    private CheckResult Bracketed(CheckContext context, MinimizerTargetFacts facts, MinSharpnessBracket bracket, Rational eta, double minSharpness,
        LargeStepInstabilityEvidence evidence, CancellationToken ct)
    {
        var problem = context.Problem;
        var threshold = 2 / eta;
        if (bracket.LowerExceeds(threshold))
        {
            evidence.Premise = true;
            evidence.Method = "certified bracket: S_lo > 2/η exactly, so every global minimum has S ≥ S_min ≥ S_lo > 2/η (docs/t4-bracket.md, Theorems A/B)";
            return Result(Verdict.HoldsCertified, evidence, null, [],
                $"η = {eta.ToDouble():G6} > 2/S_lo ≈ {2 / bracket.Lower.ToDouble():G6}: every global minimum has S > 2/η (exact)");
        }
        if (bracket.Flat is { } flat && (flat.Tests.ProvedBelow(threshold) || (flat.Tests.Dimension <= ExactManifoldSharpness.MaxEliminationDimension && flat.Tests.AtMost(threshold))))
        {
            evidence.Premise = false;
            evidence.Method = "an exact rational global minimizer θ_hi with S(θ_hi) ≤ 2/η (exact definiteness test of (2/η)(2c·D)⁻¹ − Γ in product space), so η ≤ 2/S_min = η* (docs/t4-bracket.md, Theorem C)";
            evidence.StableMinimum = flat.Theta;
            return Result(Verdict.HoldsCertified, evidence, null, [],
                bracket.IsZero ? "premise false: S_min = 0 (W* = 0, θ = 0 is a stable minimum for every η); holds vacuously"
                    : $"premise false: η = {eta.ToDouble():G6} ≤ 2/S(θ_hi), an exact stable minimum is exhibited; holds vacuously");
        }
        return InsideBand(context, facts, bracket, eta, minSharpness, evidence, ct);
    }

    /// <summary>η in (2/S_hi, 2/S_lo]: the bracket does not decide; SMT for small P, else the numeric S_min, saying so.</summary>
    private CheckResult InsideBand(CheckContext context, MinimizerTargetFacts facts, MinSharpnessBracket bracket, Rational eta, double minSharpness,
        LargeStepInstabilityEvidence evidence, CancellationToken ct)
    {
        var problem = context.Problem;
        double ratio = eta.ToDouble() * minSharpness / 2;
        evidence.EtaOverCriticalEta = ratio;
        string band = $"η lies in the band (2/S_hi, 2/S_lo] ≈ ({(bracket.Upper is { } u ? 2 / u.ToDouble() : 0):G8}, {2 / bracket.Lower.ToDouble():G8}] where the certified bracket does not decide";
        evidence.Band = band;
        if (Math.Abs(ratio - 1) < BorderlineRelative)
            return Result(Verdict.Inconclusive, evidence.WithReason($"{band}, and η is within {BorderlineRelative:G1} (relative) of the numeric η*: too close to decide numerically"),
                null, [], "η ≈ η*: undecided");
        bool premise = ratio > 1;
        evidence.Premise = premise;
        if (!premise)
            return Result(Verdict.HoldsNumerical, evidence, null, [],
                $"premise false numerically: η ≈ {ratio:G4}·η* (numeric S_min ≈ {minSharpness:G6}) but {band}; holds vacuously");

        if (problem.ParameterCount <= context.Options.MaxSmtParameters)
        {
            var query = StabilitySmt.StableMinimumQuery(problem, facts.WStar!, eta, null,
                $"T4 for {problem.Architecture} at η = {eta}: is there a global minimizer θ (W_L⋯W_1 = W*) whose (2/η)I − H(θ) has nonnegative principal minors of order ≤ 2? unsat = every global minimum is linearly unstable.", context.Options.SecondOrderStabilityMinors);
            var attempt = SmtAttempt.Run(context, query, Id, "no-stable-minimum", ct, decides: Smt.ExpectedAnswer.Unsat);
            evidence.Smt = attempt.ToEvidence();
            if (attempt.IsUnsat)
                return Result(Verdict.HoldsCertified, evidence, null, [attempt.CertificateFile!],
                    $"η ≈ {ratio:G4}·η*: no global minimum satisfies the necessary conditions for stability (SMT unsat)");
            if (attempt.Failed)
                return Result(Verdict.Inconclusive, evidence.WithReason($"{band}; {attempt.FailureReason}"), null, [],
                    $"solver gave no answer ({Smt.SolverResult.OutcomeText(attempt.Result.Outcome)}); numeric S_min ≈ {minSharpness:G6} suggests every minimum is unstable");
        }
        return Result(Verdict.HoldsNumerical, evidence, null, [],
            $"η ≈ {ratio:G4}·η* (numeric S_min ≈ {minSharpness:G6}, restart spread {context.MinSharpness.Spread:G3}): every minimum found is unstable; {band}");
    }

    /// <summary>The part of the check budget the exact product-space tests of the bracket may use.</summary>
    private const double ExactTestShare = 0.5;

    /// <summary>Why the numeric S_min or the bracket's exact product-space tests do not fit the budget; null when both do.</summary>
    private static string? SizeLimit(CheckContext context, MinSharpnessResult numeric)
    {
        if (numeric.SizeLimit is { } searched) return searched;
        var arch = context.Problem.Architecture;
        if (arch.Depth == 1 || ScalarChain.TryCreate(context.Problem) is not null) return null;
        double cost = ExactManifoldSharpness.Cost(arch), memory = ExactManifoldSharpness.Memory(arch);
        return context.Budget.Allows(cost, memory, ExactTestShare) ? null
            : context.Budget.SizeLimit($"the exact sharpness test in product space (dimension dL·d0 = {ExactManifoldSharpness.ProductSpaceDimension(arch)})", cost, memory, ExactTestShare);
    }

    /// <summary>Beyond the budget only Theorem A is left (cheap: d0×d0 and dL×d0 exact work); it decides η &gt; 2/S_lo, nothing else.</summary>
    private CheckResult SizeLimited(Problem problem, MinimizerTargetFacts facts, Rational eta, string sizeLimit, LargeStepInstabilityEvidence evidence)
    {
        if (facts.IsFullRank && problem.Architecture.Depth > 1 && facts.RankWStar > 0
            && ProductSharpnessLowerBound.For(problem, facts.WStar!) is var lower && lower.Exceeds(2 / eta))
        {
            evidence.Premise = true;
            evidence.MinSharpnessLowerBound = lower.Rational;
            evidence.SizeLimit = sizeLimit;
            evidence.Method = ProductSharpnessLowerBound.NoStableMinimumArgument;
            return Result(Verdict.HoldsCertified, evidence, null, [], $"η = {eta.ToDouble():G6} > 2/S_lo: every global minimum has S > 2/η (exact)");
        }
        return SizeLimitReached(evidence, sizeLimit, "size limit: not decided (raise with --budget)");
    }

    private CheckResult NotFullRank(MinimizerTargetFacts facts, Rational eta, double minSharpness, LargeStepInstabilityEvidence evidence)
    {
        double ratio = eta.ToDouble() * minSharpness / 2;
        evidence.EtaOverCriticalEta = ratio;
        evidence.Premise = ratio > 1;
        evidence.Reason = facts.Case == "reduced-rank"
            ? $"reduced-rank case (rank W* = {facts.RankWStar} > bottleneck {facts.Bottleneck}): the minimizers are μ⁻¹(W_r), W_r the best rank-r solution, where the residual G ≠ 0, so H is not the Gauss–Newton term and Theorems A–C (docs/t4-bracket.md) do not apply; missing: a lower bound on S over μ⁻¹(W_r) including the residual term, and an exact point of μ⁻¹(W_r) (W_r is irrational in general)"
            : "singular Sxx: the minimizers are μ⁻¹(W₀ + E·Nᵀ) (W₀ = Syx·Sxx⁺, N spanning ker Sxx) with G = 0 and H Gauss–Newton, and H is invariant under W_1 ← W_1 + e·nᵀ (Sxx·n = 0); Theorem A gives only S_lo = 0 (λ_min(Sxx) = 0); missing: Theorem A on the range of Sxx minimised over the affine family W₀ + E·Nᵀ";
        return Result(Verdict.Inconclusive, evidence, null, [],
            $"{facts.Case} case: numeric S_min ≈ {minSharpness:G6}, η ≈ {ratio:G4}·η*; not certified");
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Reports;

namespace EosVerify.Theorems;

/// <summary>
/// T4 (MATH.md T4): η* = 2/S_min; for η &gt; η* every global minimum is linearly unstable (S &gt; 2/η), and with T1 the
/// centre-stable manifold theorem makes convergence to a global minimum a null-set event. Exact where S_min is known
/// in closed form (L = 1, scalar chains: comparisons on powers), SMT-certified for small P (no point of M satisfies
/// the necessary conditions for stability), numerical otherwise. A claimed lower bound on S_min is tested too:
/// a rational point of M with S below the claim, verified exactly, is a counterexample.
/// </summary>
public sealed class LargeStepInstabilityCheck : TheoremCheck
{
    private const double DefaultMultipleOfCriticalEta = 1.1;
    private const double BorderlineRelative = 1e-6;

    public override string Id => "T4";

    public override string Claim => "For η > η* = 2/S_min every global minimum is linearly unstable (S(θ) > 2/η on M), so GD converges to a global minimum only from a null set of initializations.";

    protected override CheckResult Decide(CheckContext context, CancellationToken ct)
    {
        var problem = context.Problem;
        var (facts, evidence, eta) = StepSizeChoice.Begin(context, DefaultMultipleOfCriticalEta);
        evidence["covers"] = "global minima (linearly unstable for η > η*) and, where T1 holds, strict saddles (avoided from almost every start: Lee et al. 2016, Panageas & Piliouras 2017)";
        evidence["notCovered"] = problem.Architecture.Depth >= 3
            ? "non-strict saddles such as θ = 0 (H(0) = 0, DG = I): no linear-instability argument applies there; GD can linger near them (see the sweep's 'saddle' class)"
            : "none for L ≤ 2 beyond the strict saddles";

        var numeric = context.MinSharpness;
        evidence["minSharpness"] = ExactJson.Number(numeric.Value);
        evidence["minSharpnessMethod"] = numeric.Method;
        evidence["minSharpnessRestarts"] = ExactJson.Vector(numeric.RestartValues);
        evidence["minSharpnessSpread"] = ExactJson.Number(numeric.Spread);
        evidence["balancedSharpness"] = ExactJson.Number(numeric.BalancedSharpness);
        if (numeric.ClosedForm is { } cf)
        {
            evidence["closedForm"] = ExactJson.Number(cf);
            evidence["closedFormName"] = numeric.ClosedFormName;
        }
        evidence["criticalEta"] = ExactJson.Number(numeric.CriticalEta);

        if (!facts.IsFullRank)
            return NumericOnly(facts, eta, numeric.Value, evidence);

        var claimed = CheckClaimedBound(context, facts, evidence);
        if (claimed is not null) return claimed;

        if (problem.Architecture.Depth == 1) return LinearRegression(problem, eta, evidence);
        if (ScalarChain.TryCreate(problem) is { } chain) return Chain(chain, eta, evidence);
        return General(context, facts, eta, numeric.Value, evidence, ct);
    }

    private CheckResult LinearRegression(Problem problem, Rational eta, JsonObject evidence)
    {
        var curvature = 2 * problem.LossScale.Factor() * problem.Moments.Sxx;
        bool stable = ExactLinearAlgebra.IsPositiveSemidefinite(2 / eta * RationalMatrix.Identity(curvature.RowCount) - curvature);
        evidence["premise"] = !stable;
        evidence["method"] = "L = 1: M = {W*} and S = λ_max(2c·Sxx); stability decided by an exact definiteness test of (2/η)I − 2c·Sxx";
        return stable
            ? Result(Verdict.HoldsCertified, evidence, null, [], $"premise false: η = {eta} ≤ η*, the minimum W* is stable (exact); holds vacuously")
            : Result(Verdict.HoldsCertified, evidence, null, [], $"η = {eta} > η*: the only minimum W* has S > 2/η (exact)");
    }

    private CheckResult Chain(ScalarChain chain, Rational eta, JsonObject evidence)
    {
        bool unstable = chain.EveryMinimumUnstableAt(eta);
        evidence["premise"] = unstable;
        evidence["method"] = "scalar chain: S_min = L·σ'·|w*|^{2(L−1)/L}; η > η* decided exactly as (η·L·σ')^L·|w*|^{2(L−1)} > 2^L";
        return unstable
            ? Result(Verdict.HoldsCertified, evidence, null, [], $"η = {eta} > η* ≈ {2 / chain.MinSharpnessApprox:G6}: every global minimum has S > 2/η (exact)")
            : Result(Verdict.HoldsCertified, evidence, null, [], $"premise false: η = {eta} ≤ η* ≈ {2 / chain.MinSharpnessApprox:G6} (exact); holds vacuously");
    }

    private CheckResult General(CheckContext context, MinimizerTargetFacts facts, Rational eta, double minSharpness, JsonObject evidence, CancellationToken ct)
    {
        var problem = context.Problem;
        double ratio = eta.ToDouble() * minSharpness / 2;
        evidence["etaOverCriticalEta"] = ExactJson.Number(ratio);
        if (Math.Abs(ratio - 1) < BorderlineRelative)
            return Result(Verdict.Inconclusive, evidence.With("reason", $"η is within {BorderlineRelative:G1} (relative) of the numeric η*: too close to decide numerically"),
                null, [], "η ≈ η*: undecided");
        bool premise = ratio > 1;
        evidence["premise"] = premise;
        if (!premise)
            return Result(Verdict.HoldsNumerical, evidence, null, [],
                $"premise false: η ≈ {ratio:G4}·η* (numeric S_min ≈ {minSharpness:G6}); stable minima exist; holds vacuously");

        if (problem.ParameterCount <= context.Options.MaxSmtParameters)
        {
            var query = StabilitySmt.StableMinimumQuery(problem, facts.WStar!, eta, null,
                $"T4 for {problem.Architecture} at η = {eta}: is there a global minimizer θ (W_L⋯W_1 = W*) whose (2/η)I − H(θ) has nonnegative principal minors of order ≤ 2? unsat = every global minimum is linearly unstable.", context.Options.SecondOrderStabilityMinors);
            var attempt = SmtAttempt.Run(context, query, Id, "no-stable-minimum", ct);
            evidence["smt"] = attempt.ToJson();
            if (attempt.IsUnsat)
                return Result(Verdict.HoldsCertified, evidence, null, [attempt.CertificateFile!],
                    $"η ≈ {ratio:G4}·η*: no global minimum satisfies the necessary conditions for stability (SMT unsat)");
            if (attempt.Failed)
                return Result(Verdict.Inconclusive, evidence.With("reason", attempt.FailureReason), null, [],
                    $"solver gave no answer ({attempt.Result.Outcome.ToString().ToLowerInvariant()}); numeric S_min ≈ {minSharpness:G6} suggests every minimum is unstable");
        }
        return Result(Verdict.HoldsNumerical, evidence, null, [],
            $"η ≈ {ratio:G4}·η* (numeric S_min ≈ {minSharpness:G6}, restart spread {context.MinSharpness.Spread:G3}): every minimum found is unstable");
    }

    private CheckResult NumericOnly(MinimizerTargetFacts facts, Rational eta, double minSharpness, JsonObject evidence)
    {
        double ratio = eta.ToDouble() * minSharpness / 2;
        evidence["etaOverCriticalEta"] = ExactJson.Number(ratio);
        evidence["premise"] = ratio > 1;
        evidence["reason"] = $"{facts.Case} case: the exact and SMT arguments cover M = μ⁻¹(W*) with Sxx ≻ 0 and rank W* ≤ r only";
        return Result(Verdict.Inconclusive, evidence, null, [],
            $"{facts.Case} case: numeric S_min ≈ {minSharpness:G6}, η ≈ {ratio:G4}·η*; not certified");
    }

    /// <summary>A claimed S_min lower bound: violated with an exact point of M whose sharpness is below the claim.</summary>
    private CheckResult? CheckClaimedBound(CheckContext context, MinimizerTargetFacts facts, JsonObject evidence)
    {
        if (context.Options.ClaimedMinSharpness is not { } claim) return null;
        var problem = context.Problem;
        evidence["claimedMinSharpness"] = ExactJson.Value(claim);
        Rational[]? point = null;
        if (ScalarChain.TryCreate(problem) is { } chain)
        {
            if (chain.CompareMinSharpnessWith(claim) >= 0) { evidence["claimHolds"] = "exact: S_min ≥ claim"; return null; }
            double v = Math.Pow(Math.Abs(chain.Target.ToDouble()), 1.0 / chain.Depth);
            point = chain.PointWithEqualLeadingWeights(ExactProjection.Rationalize(v)).ToArray();
        }
        else if (context.MinSharpness.Value < claim.ToDouble())
        {
            point = ExactProjection.OntoManifold(problem, context.MinSharpness.Point, facts.WStar!);
        }
        if (point is null || !ExactStability.SharpnessBelow(problem, point, claim))
        {
            evidence["claimHolds"] = "no point of M with S below the claim was found";
            return null;
        }
        var counterexample = new JsonObject
        {
            ["theta"] = ExactJson.Vector(point),
            ["claimedMinSharpness"] = ExactJson.Value(claim),
            ["recheck"] = "W_L⋯W_1 = W* exactly at θ, and claim·I − H(θ) is positive definite (exact LDLᵀ), so S(θ) < claim",
        };
        return Result(Verdict.Violated, evidence, counterexample, [],
            $"the claimed bound S ≥ {claim} fails: a rational global minimizer has S < {claim} (exact)");
    }

}

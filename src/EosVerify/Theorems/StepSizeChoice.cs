using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>The η a check works at: the problem's, or (when none is given) a stated multiple of the numeric η*.</summary>
internal static class StepSizeChoice
{
    public static (Rational Eta, string Source) Resolve(CheckContext context, double multipleOfCriticalEta)
    {
        if (context.Problem.Eta is { } eta) return (eta, "given");
        double etaStar = context.MinSharpness.CriticalEta;
        var chosen = ExactProjection.Rationalize(multipleOfCriticalEta * etaStar);
        return (chosen, $"not given: {multipleOfCriticalEta.ToString(System.Globalization.CultureInfo.InvariantCulture)}·η* (numeric η* ≈ {etaStar:G6}), rounded to 12 digits");
    }

    /// <summary>
    /// Why T3 and T4 cannot start: the exact facts (<see cref="MinimizerTargetFacts"/>) are beyond the budget, or η is
    /// not given and the numeric S_min (which η* comes from) was; null when neither.
    /// </summary>
    public static string? SizeLimit(CheckContext context) =>
        MinimizerTargetFacts.SizeLimit(context.Problem, context.Budget)
        ?? (context.Problem.Eta is null ? context.MinSharpness.SizeLimit : null);

    /// <summary>What T3 and T4 start from: the exact facts, evidence holding them, and the step size (described there).</summary>
    public static (MinimizerTargetFacts Facts, TEvidence Evidence, Rational Eta) Begin<TEvidence>(CheckContext context, double multipleOfCriticalEta)
        where TEvidence : StepSizeEvidence, new()
    {
        var facts = context.TargetFacts;
        var evidence = new TEvidence { Hypotheses = facts.ToEvidence() };
        var (eta, source) = Resolve(context, multipleOfCriticalEta);
        Describe(evidence, eta, source);
        return (facts, evidence, eta);
    }

    public static void Describe(StepSizeEvidence evidence, Rational eta, string source)
    {
        evidence.Eta = eta;
        evidence.EtaApprox = eta.ToDouble();
        evidence.EtaSource = source;
    }
}

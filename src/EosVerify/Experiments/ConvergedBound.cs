using MathNet.Numerics.Distributions;

namespace EosVerify.Experiments;

/// <summary>
/// The one upper bound the sweep reports on the converged fraction: the exact one-sided 95% Clopper–Pearson bound, the
/// p with P(Binomial(K, p) ≤ x) = 0.05, i.e. the 0.95 quantile of Beta(x + 1, K − x); 1 when x = K. With x = 0 it is
/// 1 − 0.05^{1/K} ≈ 3/K, the "rule of three" MATH.md T4 asks for, so one rule covers every row.
/// </summary>
internal static class ConvergedBound
{
    public const string Name = "one-sided 95% Clopper–Pearson";

    public static double Upper(int successes, int trials)
    {
        if (trials < 1) throw new ArgumentOutOfRangeException(nameof(trials), "At least one trial is needed.");
        if (successes < 0 || successes > trials) throw new ArgumentOutOfRangeException(nameof(successes), $"{successes} successes out of {trials} trials.");
        if (successes == trials) return 1;
        if (successes == 0) return 1 - Math.Pow(0.05, 1.0 / trials);
        return Beta.InvCDF(successes + 1, trials - successes, 0.95);
    }
}

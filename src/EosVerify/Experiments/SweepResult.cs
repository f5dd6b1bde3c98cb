using System.Text.Json.Serialization;

namespace EosVerify.Experiments;

/// <summary>Counts for one step size. Serialises as {"eta", "ratio", "runs", "converged", "diverged", "saddle", "neither"}.</summary>
public sealed record SweepRow(
    [property: JsonPropertyName("eta")] double Eta,
    [property: JsonPropertyName("ratio")] double Ratio,
    [property: JsonPropertyName("runs")] int Runs,
    [property: JsonPropertyName("converged")] int Converged,
    [property: JsonPropertyName("diverged")] int Diverged,
    [property: JsonPropertyName("saddle")] int Saddle,
    [property: JsonPropertyName("neither")] int Neither)
{
    [JsonIgnore] public double ConvergedFraction => (double)Converged / Runs;

    /// <summary>95% Wilson score interval for the converged fraction.</summary>
    [JsonIgnore] public (double Lower, double Upper) ConvergedInterval => Wilson.Interval(Converged, Runs);

    /// <summary>Upper 95% bound on the converged fraction: 3/K ("rule of three") when none converged, else Wilson's upper end.</summary>
    [JsonIgnore] public double ConvergedUpperBound => Converged == 0 ? Math.Min(1, 3.0 / Runs) : ConvergedInterval.Upper;
}

/// <summary>A sweep's result; serialises (System.Text.Json) as {"etaStar": …, "rows": [...]}.</summary>
public sealed record SweepResult(
    [property: JsonPropertyName("etaStar")] double EtaStar,
    [property: JsonPropertyName("rows")] IReadOnlyList<SweepRow> Rows);

/// <summary>The Wilson score interval for a binomial proportion.</summary>
public static class Wilson
{
    public const double Z95 = 1.959963984540054;

    public static (double Lower, double Upper) Interval(int successes, int trials, double z = Z95)
    {
        if (trials < 1) throw new ArgumentOutOfRangeException(nameof(trials), "At least one trial is needed.");
        if (successes < 0 || successes > trials) throw new ArgumentOutOfRangeException(nameof(successes), $"{successes} successes out of {trials} trials.");
        double p = (double)successes / trials, z2 = z * z;
        double denominator = 1 + z2 / trials;
        double center = (p + z2 / (2 * trials)) / denominator;
        double half = z / denominator * Math.Sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));
        return (Math.Max(0, center - half), Math.Min(1, center + half));
    }
}

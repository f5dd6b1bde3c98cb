using System.Text.Json.Serialization;

namespace EosVerify.Experiments;

/// <summary>
/// Counts for one step size, and the spread of where its runs ended. Serialises as {"eta", "ratio", "runs",
/// "converged", "diverged", "saddle", "neither", "gradientNorm", "excessLoss"}; the last two are
/// <see cref="QuantileSummary"/> objects over the runs that neither diverged nor ended at a saddle (those two classes
/// are counted apart, so that neither a blow-up nor a stall near θ = 0 hides in a median).
/// </summary>
internal sealed record SweepRow(
    [property: JsonPropertyName("eta")] double Eta,
    [property: JsonPropertyName("ratio")] double Ratio,
    [property: JsonPropertyName("runs")] int Runs,
    [property: JsonPropertyName("converged")] int Converged,
    [property: JsonPropertyName("diverged")] int Diverged,
    [property: JsonPropertyName("saddle")] int Saddle,
    [property: JsonPropertyName("neither")] int Neither,
    [property: JsonPropertyName("gradientNorm"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QuantileSummary? GradientNorm = null,
    [property: JsonPropertyName("excessLoss"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QuantileSummary? ExcessLoss = null)
{
    [JsonIgnore] public double ConvergedFraction => (double)Converged / Runs;

    /// <summary>95% Wilson score interval for the converged fraction.</summary>
    [JsonIgnore] public (double Lower, double Upper) ConvergedInterval => Wilson.Interval(Converged, Runs);

    /// <summary>The one-sided 95% upper bound on the converged fraction (<see cref="ConvergedBound"/>, ≈ 3/K when none converged).</summary>
    [JsonIgnore] public double ConvergedUpperBound => ConvergedBound.Upper(Converged, Runs);

    /// <summary>The row of one step size from its runs' records (in any order); optimalLoss gives the excess loss.</summary>
    public static SweepRow FromRecords(double eta, double ratio, IReadOnlyCollection<RunRecord> records, double optimalLoss)
    {
        ArgumentNullException.ThrowIfNull(records);
        int Count(RunOutcome o) => records.Count(r => r.Outcome == o);
        var bulk = records.Where(r => r.Outcome is RunOutcome.Converged or RunOutcome.Neither).ToArray();
        return new SweepRow(eta, ratio, records.Count, Count(RunOutcome.Converged), Count(RunOutcome.Diverged), Count(RunOutcome.Saddle),
            Count(RunOutcome.Neither), QuantileSummary.Of(bulk.Select(r => r.GradientNorm)),
            QuantileSummary.Of(bulk.Select(r => r.FinalLoss - optimalLoss)));
    }
}

/// <summary>A bracket lower ≤ η* ≤ upper (e.g. certified), shaded on the plots when given.</summary>
internal sealed record EtaBracket(
    [property: JsonPropertyName("lower")] double Lower,
    [property: JsonPropertyName("upper")] double Upper)
{
    public void Validate()
    {
        if (!(Lower > 0) || !double.IsFinite(Upper) || !(Lower <= Upper))
            throw new Networks.InputException("eta-star-bracket", $"is [{Lower}, {Upper}]; expected 0 < lower ≤ upper < ∞");
    }
}

/// <summary>
/// A sweep's result; serialises (System.Text.Json) as {"etaStar": …, "rows": [...], "etaStarExact", "minSharpness",
/// "minSharpnessExact", "etaStarBracket", "optimalLoss"} (the exact values are "p/q" strings or null). The per-run
/// <see cref="Records"/> (ordered by global index) are not part of the JSON; runs.csv has them.
/// </summary>
[JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)]
internal sealed record SweepResult(
    [property: JsonPropertyName("etaStar")] double EtaStar,
    [property: JsonPropertyName("rows")] IReadOnlyList<SweepRow> Rows)
{
    /// <summary>η* as an exact rational "p/q" where it is known exactly (<see cref="ExactCriticalEta"/>), else null.</summary>
    [JsonPropertyName("etaStarExact")] public string? EtaStarExact { get; init; }

    /// <summary>S_min = 2/η*.</summary>
    [JsonPropertyName("minSharpness")] public double MinSharpness => 2 / EtaStar;

    [JsonPropertyName("minSharpnessExact")] public string? MinSharpnessExact { get; init; }

    [JsonPropertyName("etaStarBracket")] public EtaBracket? Bracket { get; init; }

    [JsonPropertyName("optimalLoss")] public double OptimalLoss { get; init; } = double.NaN;

    [JsonIgnore] public IReadOnlyList<RunRecord> Records { get; init; } = [];
}

/// <summary>The Wilson score interval for a binomial proportion; its ends are exactly 0 at 0 successes and 1 at all.</summary>
internal static class Wilson
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
        // At 0 (or K) successes center and half agree mathematically; rounding would leave ±1e-18 instead of 0 (or 1).
        double lower = successes == 0 ? 0 : Math.Max(0, center - half);
        double upper = successes == trials ? 1 : Math.Min(1, center + half);
        return (lower, upper);
    }
}

using System.Text.Json.Serialization;

namespace EosVerify.Experiments;

/// <summary>
/// Median and 10%/90% quantiles of a sample, by linear interpolation between order statistics (Hyndman–Fan type 7,
/// numpy's and R's default): q(p) = x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)) with h = (n − 1)p, 0-based. Count is the
/// sample size; with no values every quantile is NaN (written "NaN" in JSON, "nan" in CSV).
/// </summary>
[JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)]
internal sealed record QuantileSummary(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("median")] double Median,
    [property: JsonPropertyName("q10")] double Q10,
    [property: JsonPropertyName("q90")] double Q90)
{
    public static QuantileSummary Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.ToArray();
        if (sorted.Any(double.IsNaN)) throw new ArgumentException("Quantiles of NaN are undefined; leave those runs out first.", nameof(values));
        Array.Sort(sorted);
        return new QuantileSummary(sorted.Length, Quantile(sorted, 0.5), Quantile(sorted, 0.1), Quantile(sorted, 0.9));
    }

    /// <summary>The type-7 quantile of an ascending array.</summary>
    public static double Quantile(double[] ascending, double p)
    {
        ArgumentNullException.ThrowIfNull(ascending);
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), $"p = {p}; expected 0 ≤ p ≤ 1.");
        if (ascending.Length == 0) return double.NaN;
        double h = (ascending.Length - 1) * p;
        int lower = (int)Math.Floor(h);
        if (lower >= ascending.Length - 1) return ascending[^1];
        double fraction = h - lower;
        return fraction == 0 ? ascending[lower] : ascending[lower] + fraction * (ascending[lower + 1] - ascending[lower]);
    }
}

using System.Globalization;

namespace EosVerify.Experiments;

/// <summary>
/// CSV of a trajectory: step,loss,gradient_norm,sharpness,distance_to_minimizers (invariant culture, round-trip "R"),
/// and lambda_1,…,lambda_K when the top K eigenvalues were recorded (K &gt; 1).
/// </summary>
internal static class TrajectoryCsv
{
    public const string Header = "step,loss,gradient_norm,sharpness,distance_to_minimizers";

    public static void Write(SimulationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        int k = result.Points.Select(p => p.TopEigenvalues?.Count ?? 0).DefaultIfEmpty(0).Max();
        writer.Write(Header);
        for (int i = 1; i <= k; i++) writer.Write(",lambda_" + i.ToString(CultureInfo.InvariantCulture));
        writer.Write('\n');
        foreach (var p in result.Points)
        {
            writer.Write(string.Join(",", p.Step.ToString(CultureInfo.InvariantCulture), Csv.Number(p.Loss), Csv.Number(p.GradientNorm),
                Csv.Number(p.Sharpness), Csv.Number(p.DistanceToMinimizers)));
            for (int i = 0; i < k; i++) writer.Write("," + Csv.Number(p.TopEigenvalues is { } top && i < top.Count ? top[i] : double.NaN));
            writer.Write('\n');
        }
    }

    public static string ToCsv(SimulationResult result)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(result, writer);
        return writer.ToString();
    }
}

internal static class Csv
{
    /// <summary>Round-trip text; NaN and infinities as "nan", "inf", "-inf" (what numpy and pandas read).</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "nan" : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf"
        : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}

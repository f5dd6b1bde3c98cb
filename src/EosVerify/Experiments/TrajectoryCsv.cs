using System.Globalization;

namespace EosVerify.Experiments;

/// <summary>CSV of a trajectory: step,loss,gradient_norm,sharpness,distance_to_minimizers (invariant culture, round-trip "R").</summary>
public static class TrajectoryCsv
{
    public const string Header = "step,loss,gradient_norm,sharpness,distance_to_minimizers";

    public static void Write(SimulationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var p in result.Points)
        {
            writer.Write(string.Join(",", p.Step.ToString(CultureInfo.InvariantCulture), Csv.Number(p.Loss), Csv.Number(p.GradientNorm),
                Csv.Number(p.Sharpness), Csv.Number(p.DistanceToMinimizers)));
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

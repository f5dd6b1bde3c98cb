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

/// <summary>CSV of a sweep: one row per η with counts, converged fraction, its 95% Wilson interval and upper bound.</summary>
public static class SweepCsv
{
    public const string Header = "eta,ratio,runs,converged,diverged,saddle,neither,converged_fraction,wilson_lower,wilson_upper,converged_upper_bound";

    public static void Write(SweepResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("# eta_star=" + Csv.Number(result.EtaStar) + "\n");
        writer.Write(Header);
        writer.Write('\n');
        foreach (var r in result.Rows)
        {
            var (lower, upper) = r.ConvergedInterval;
            writer.Write(string.Join(",", Csv.Number(r.Eta), Csv.Number(r.Ratio), Csv.Integer(r.Runs), Csv.Integer(r.Converged),
                Csv.Integer(r.Diverged), Csv.Integer(r.Saddle), Csv.Integer(r.Neither), Csv.Number(r.ConvergedFraction),
                Csv.Number(lower), Csv.Number(upper), Csv.Number(r.ConvergedUpperBound)));
            writer.Write('\n');
        }
    }

    public static string ToCsv(SweepResult result)
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

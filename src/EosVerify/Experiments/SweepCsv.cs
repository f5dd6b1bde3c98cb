using System.Globalization;

namespace EosVerify.Experiments;

/// <summary>
/// CSV of a sweep: comment lines with η* (and its exact value, S_min and the η* bracket when known), then one row per η
/// with the counts, the converged fraction, its 95% Wilson interval, the one-sided 95% Clopper–Pearson upper bound
/// (<see cref="ConvergedBound"/>), and the median and 10%/90% quantiles of the final gradient norm and excess loss over
/// the runs that neither diverged nor ended at a saddle (their number in quantile_runs).
/// </summary>
internal static class SweepCsv
{
    public const string Header = "eta,ratio,runs,converged,diverged,saddle,neither,converged_fraction,wilson_lower,wilson_upper,converged_upper_cp95,"
        + "quantile_runs,gradient_norm_median,gradient_norm_q10,gradient_norm_q90,excess_loss_median,excess_loss_q10,excess_loss_q90";

    public static void Write(SweepResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("# eta_star=" + Csv.Number(result.EtaStar) + "\n");
        if (result.EtaStarExact is { } exact) writer.Write("# eta_star_exact=" + exact + "\n");
        writer.Write("# min_sharpness=" + Csv.Number(result.MinSharpness) + "\n");
        if (result.MinSharpnessExact is { } exactS) writer.Write("# min_sharpness_exact=" + exactS + "\n");
        if (result.Bracket is { } b) writer.Write("# eta_star_bracket=" + Csv.Number(b.Lower) + "," + Csv.Number(b.Upper) + "\n");
        writer.Write(Header);
        writer.Write('\n');
        foreach (var r in result.Rows)
        {
            var (lower, upper) = r.ConvergedInterval;
            var g = r.GradientNorm ?? Empty;
            var x = r.ExcessLoss ?? Empty;
            writer.Write(string.Join(",", Csv.Number(r.Eta), Csv.Number(r.Ratio), Csv.Integer(r.Runs), Csv.Integer(r.Converged),
                Csv.Integer(r.Diverged), Csv.Integer(r.Saddle), Csv.Integer(r.Neither), Csv.Number(r.ConvergedFraction),
                Csv.Number(lower), Csv.Number(upper), Csv.Number(r.ConvergedUpperBound), Csv.Integer(g.Count),
                Csv.Number(g.Median), Csv.Number(g.Q10), Csv.Number(g.Q90), Csv.Number(x.Median), Csv.Number(x.Q10), Csv.Number(x.Q90)));
            writer.Write('\n');
        }
    }

    public static string ToCsv(SweepResult result)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(result, writer);
        return writer.ToString();
    }

    private static readonly QuantileSummary Empty = new(0, double.NaN, double.NaN, double.NaN);
}

/// <summary>CSV of every run of a sweep, by global index: index,eta,ratio,run,class,steps,final_loss,gradient_norm,sharpness,theta_norm.</summary>
internal static class SweepRunsCsv
{
    public const string Header = "index,eta,ratio,run,class,steps,final_loss,gradient_norm,sharpness,theta_norm";

    public static string ToCsv(SweepResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write(Header);
        writer.Write('\n');
        int runs = result.Rows.Count == 0 ? 1 : result.Rows[0].Runs;
        foreach (var r in result.Records)
        {
            var row = result.Rows[r.Index / runs];
            writer.Write(string.Join(",", Csv.Integer(r.Index), Csv.Number(row.Eta), Csv.Number(row.Ratio), Csv.Integer(r.Index % runs),
                r.Outcome.ToString().ToLowerInvariant(), Csv.Integer(r.Steps), Csv.Number(r.FinalLoss), Csv.Number(r.GradientNorm),
                Csv.Number(r.Sharpness), Csv.Number(r.ThetaNorm)));
            writer.Write('\n');
        }
        return writer.ToString();
    }
}

using System.Globalization;

namespace EosVerify.Experiments;

/// <summary>CSV of a saddle measurement, one line per run and checkpoint: run,class,near_origin,step,theta_norm,gradient_norm.</summary>
internal static class SaddleCsv
{
    public const string Header = "run,class,near_origin,step,theta_norm,gradient_norm";

    public static string ToCsv(SaddleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write("# eta=" + Csv.Number(report.Eta) + ", eta_star=" + Csv.Number(report.EtaStar) + ", depth=" + Csv.Integer(report.Depth)
            + ", origin_radius=" + Csv.Number(report.OriginRadius) + "\n");
        writer.Write(Header);
        writer.Write('\n');
        foreach (var run in report.Runs)
            for (int j = 0; j < run.Steps.Count; j++)
            {
                writer.Write(string.Join(",", Csv.Integer(run.Run), run.Outcome.ToString().ToLowerInvariant(), run.NearOrigin ? "1" : "0",
                    Csv.Integer(run.Steps[j]), Csv.Number(run.ThetaNorms[j]), Csv.Number(run.GradientNorms[j])));
                writer.Write('\n');
            }
        return writer.ToString();
    }
}

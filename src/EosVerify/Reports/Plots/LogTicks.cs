using System.Globalization;
using ScottPlot.TickGenerators;

namespace EosVerify.Reports.Plots;

/// <summary>
/// Ticks for an axis that shows log10 of positive values. Over at most three decades the labels are 1, 2 and 5 times
/// each power of ten; over more, every decade (every other one beyond twelve) with unlabelled minor ticks at 2…9.
/// Labels read as numbers: 0.02, 5, 200 between 1e-3 and 1e4, else 2e-6.
/// </summary>
internal static class LogTicks
{
    public static NumericManual For(double minLog10, double maxLog10)
    {
        if (!double.IsFinite(minLog10) || !double.IsFinite(maxLog10) || minLog10 > maxLog10) (minLog10, maxLog10) = (-1, 1);
        int low = (int)Math.Floor(minLog10), high = (int)Math.Ceiling(maxLog10);
        if (high == low) high++;
        var ticks = new NumericManual();
        int decades = high - low;
        int labelEvery = decades > 12 ? 2 : 1;
        for (int k = low; k <= high; k++)
        {
            foreach (int m in new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
            {
                if (m > 1 && k == high) break;
                double position = k + Math.Log10(m);
                bool major = m == 1 ? (k - low) % labelEvery == 0 : decades <= 3 && m is 2 or 5;
                if (major) ticks.AddMajor(position, Label(m, k));
                else ticks.AddMinor(position);
            }
        }
        return ticks;
    }

    /// <summary>m·10^k as text.</summary>
    public static string Label(int m, int k)
    {
        if (k >= -3 && k <= 3)
            return (m * Math.Pow(10, k)).ToString(k >= 0 ? "0" : "0." + new string('0', -k - 1) + "0", CultureInfo.InvariantCulture);
        return m.ToString(CultureInfo.InvariantCulture) + "e" + k.ToString(CultureInfo.InvariantCulture);
    }
}

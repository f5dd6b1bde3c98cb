using EosVerify.Networks;
using ScottPlot;

namespace EosVerify.Reports.Plots;

/// <summary>
/// Saves a ScottPlot plot as PNG or SVG, chosen by the file extension. Skia's SVG backend cannot draw dash patterns
/// (it prints "Unsupported path effect" for each), so the plot builders draw solid lines when the target is SVG.
/// </summary>
internal static partial class PlotFile
{
    public const int DefaultWidth = 960, DefaultHeight = 560;

    public static bool IsSvg(string path) => Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase);

    public static void Save(Plot plot, string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (string.IsNullOrWhiteSpace(path)) throw new InputException("plot", "no output path was given");
        if (width < 100 || height < 100) throw new InputException("plot", $"size {width}×{height} is too small; use at least 100×100 pixels");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".png": plot.SavePng(path, width, height); break;
            case ".svg": File.WriteAllText(path, StableSvgIds(plot.GetSvgXml(width, height))); break;
            default: throw new InputException("plot", $"'{path}' must end in .png or .svg");
        }
    }

    /// <summary>
    /// Skia numbers SVG clip paths from a process-wide counter (cl_c, cl_d, …), so the same plot rendered twice in one
    /// process gives different bytes. Renumbers them cl_0, cl_1, … in order of first appearance: same plot, same file.
    /// </summary>
    public static string StableSvgIds(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!numbers.TryGetValue(m.Groups[2].Value, out int n)) numbers[m.Groups[2].Value] = n = numbers.Count;
            return m.Groups[1].Value + "cl_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex("(id=\"|url\\(#)cl_([0-9a-f]+)")]
    private static partial System.Text.RegularExpressions.Regex ClipId();

    /// <summary>The encoded image for a file name ending in .png or .svg, for atomic writes by the caller.</summary>
    public static byte[] Encode(Plot plot, string fileName, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".png" => plot.GetImageBytes(width, height, ImageFormat.Png),
            ".svg" => System.Text.Encoding.UTF8.GetBytes(StableSvgIds(plot.GetSvgXml(width, height))),
            _ => throw new InputException("plot", $"'{fileName}' must end in .png or .svg"),
        };
    }
}

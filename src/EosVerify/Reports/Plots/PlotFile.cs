using EosVerify.Networks;
using ScottPlot;

namespace EosVerify.Reports.Plots;

/// <summary>
/// Saves a ScottPlot plot as PNG or SVG, chosen by the file extension. Skia's SVG backend cannot draw dash patterns
/// (it prints "Unsupported path effect" for each), so the plot builders draw solid lines when the target is SVG.
/// </summary>
public static class PlotFile
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
            case ".svg": plot.SaveSvg(path, width, height); break;
            default: throw new InputException("plot", $"'{path}' must end in .png or .svg");
        }
    }

    /// <summary>The encoded image for a file name ending in .png or .svg, for atomic writes by the caller.</summary>
    public static byte[] Encode(Plot plot, string fileName, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".png" => plot.GetImageBytes(width, height, ImageFormat.Png),
            ".svg" => System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height)),
            _ => throw new InputException("plot", $"'{fileName}' must end in .png or .svg"),
        };
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace EosVerify.Reports.Tex;

/// <summary>Reads what matters out of a pdflatex .log: the errors ("! …" with their line) and overfull \hbox warnings.</summary>
internal static partial class PdfLatexLog
{
    [GeneratedRegex(@"^Overfull \\hbox \((?<pt>[0-9]+(\.[0-9]+)?)pt too wide\) (?<where>.*)$")]
    private static partial Regex OverfullHbox();

    [GeneratedRegex(@"^l\.[0-9]+")]
    private static partial Regex LineReference();

    public static IReadOnlyList<string> Errors(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var lines = SplitLines(log);
        var errors = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("! ", StringComparison.Ordinal)) continue;
            string message = lines[i][2..].Trim();
            // The offending source line follows within a few lines as "l.42 <text>".
            for (int j = i + 1; j < Math.Min(lines.Length, i + 8); j++)
                if (LineReference().IsMatch(lines[j])) { message += " (" + lines[j].Trim() + ")"; break; }
            errors.Add(message);
        }
        return errors;
    }

    public static IReadOnlyList<OverfullBox> OverfullBoxes(string log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var boxes = new List<OverfullBox>();
        foreach (var line in SplitLines(log))
        {
            var m = OverfullHbox().Match(line);
            if (m.Success)
                boxes.Add(new OverfullBox(double.Parse(m.Groups["pt"].Value, CultureInfo.InvariantCulture), m.Groups["where"].Value.Trim()));
        }
        return boxes;
    }

    private static string[] SplitLines(string log) => log.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}

using System.Globalization;

namespace EosVerify.Networks;

/// <summary>
/// Names of θ's entries, shared by the symbolic engine, the LaTeX writer and SMT files. Indices shown to people are
/// 1-based: W_k[i,j] (0-based in the layout) is w{k}_{i+1}_{j+1} in plain text and W^{(k)}_{i+1,j+1} in LaTeX.
/// </summary>
internal static class ParameterNames
{
    public const string Eta = "eta";
    public const string EtaLatex = @"\eta";

    public static string Plain(ParameterLayout layout, int p)
    {
        var (k, i, j) = layout.Locate(p);
        return string.Create(CultureInfo.InvariantCulture, $"w{k}_{i + 1}_{j + 1}");
    }

    public static string Latex(ParameterLayout layout, int p)
    {
        var (k, i, j) = layout.Locate(p);
        bool compact = layout.Rows(k) < 10 && layout.Columns(k) < 10;
        string sub = compact ? $"{i + 1}{j + 1}" : $"{i + 1},{j + 1}";
        return string.Create(CultureInfo.InvariantCulture, $"W^{{({k})}}_{{{sub}}}");
    }

    public static IReadOnlyList<string> AllPlain(ParameterLayout layout) =>
        Enumerable.Range(0, layout.ParameterCount).Select(p => Plain(layout, p)).ToArray();
}

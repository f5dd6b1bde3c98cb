using System.Text;

namespace EosVerify.Derivation.Latex;

/// <summary>Escaping of prose for LaTeX text mode.</summary>
public static class LatexText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (char ch in text)
        {
            sb.Append(ch switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '$' => @"\$",
                '&' => @"\&",
                '%' => @"\%",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '<' => @"\textless{}",
                '>' => @"\textgreater{}",
                '\u2014' => "---",
                '\u2013' => "--",
                _ => ch.ToString(),
            });
        }
        return sb.ToString();
    }
}

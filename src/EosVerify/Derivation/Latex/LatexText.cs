using System.Text;

namespace EosVerify.Derivation.Latex;

/// <summary>
/// Escaping of prose for LaTeX text mode (T1 fonts, UTF-8 input). Special characters are escaped, dashes become
/// TeX ligatures, Latin letters with accents pass through; any other non-ASCII character (Greek, symbols, emoji) has
/// no glyph in the document's fonts and would stop pdflatex, so it becomes "?".
/// </summary>
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
                _ when ch < 0x80 || (ch >= 0xC0 && ch <= 0x17F && char.IsLetter(ch)) => ch.ToString(),
                _ when char.IsLowSurrogate(ch) => "",
                _ => "?",
            });
        }
        return sb.ToString();
    }
}

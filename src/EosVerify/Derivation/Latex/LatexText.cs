using System.Text;

namespace EosVerify.Derivation.Latex;

/// <summary>
/// Escaping of prose for LaTeX text mode (T1 fonts, UTF-8 input). Special characters are escaped, dashes become
/// TeX ligatures, Latin letters with accents pass through; any other non-ASCII character (Greek, symbols, emoji) has
/// no glyph in the document's fonts and would stop pdflatex, so it becomes "?".
/// </summary>
internal static class LatexText
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
                _ when MathSymbols.TryGetValue(ch, out var math) => @"\ensuremath{" + math + "}",
                _ when char.IsLowSurrogate(ch) => "",
                _ => "?",
            });
        }
        return sb.ToString();
    }

    // Symbols that reports and claims use in prose; each has a glyph in the math fonts.
    private static readonly Dictionary<char, string> MathSymbols = new()
    {
        ['α'] = @"\alpha", ['β'] = @"\beta", ['γ'] = @"\gamma", ['δ'] = @"\delta", ['ε'] = @"\varepsilon",
        ['η'] = @"\eta", ['θ'] = @"\theta", ['λ'] = @"\lambda", ['μ'] = @"\mu", ['ρ'] = @"\rho", ['σ'] = @"\sigma",
        ['Δ'] = @"\Delta", ['Σ'] = @"\Sigma", ['Θ'] = @"\Theta",
        ['≤'] = @"\le", ['≥'] = @"\ge", ['≠'] = @"\neq", ['≈'] = @"\approx", ['≡'] = @"\equiv",
        ['≻'] = @"\succ", ['⪰'] = @"\succeq", ['∈'] = @"\in", ['∅'] = @"\emptyset", ['∞'] = @"\infty",
        ['·'] = @"\cdot", ['⋯'] = @"\cdots", ['…'] = @"\ldots", ['×'] = @"\times", ['⊗'] = @"\otimes",
        ['→'] = @"\to", ['⇒'] = @"\Rightarrow", ['↦'] = @"\mapsto", ['‖'] = @"\|", ['∇'] = @"\nabla",
        ['⋀'] = @"\bigwedge", ['∧'] = @"\wedge", ['∃'] = @"\exists", ['∀'] = @"\forall", ['√'] = @"\surd",
        ['²'] = @"^{2}", ['³'] = @"^{3}", ['ᵀ'] = @"^{\mathsf{T}}", ['⁻'] = @"^{-}", ['¹'] = @"^{1}",
        ['₀'] = @"_{0}", ['₁'] = @"_{1}", ['₂'] = @"_{2}", ['⁺'] = @"^{+}", ['′'] = @"'",
    };
}

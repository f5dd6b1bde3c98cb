namespace EosVerify.Derivation.Latex;

/// <summary>Writes a <see cref="Document"/> as a complete LaTeX file (article, amsmath, lmodern, 2 cm margins).</summary>
internal sealed class LatexDocumentWriter
{
    private readonly LatexFormatter _formatter;

    public LatexDocumentWriter(PrinterOptions? options = null) => _formatter = new LatexFormatter(options);

    public string Write(Document document)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(document, writer);
        return writer.ToString();
    }

    public void Write(Document document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("""
            \documentclass[10pt]{article}
            \usepackage[T1]{fontenc}
            \usepackage{lmodern}
            \usepackage[a4paper,margin=2cm]{geometry}
            \usepackage{amsmath,amssymb}
            \allowdisplaybreaks
            \setlength{\emergencystretch}{3em}
            \setlength{\parindent}{0pt}
            \setlength{\parskip}{0.5\baselineskip}

            """);
        writer.Write($"\\title{{{LatexText.Escape(document.Title)}}}\n\\date{{}}\n\\begin{{document}}\n\\maketitle\n");
        foreach (var block in document.Blocks)
        {
            writer.Write('\n');
            WriteBlock(block, writer);
        }
        writer.Write("\n\\end{document}\n");
    }

    private void WriteBlock(Block block, TextWriter writer)
    {
        switch (block)
        {
            case Heading h:
                string command = h.Level <= 1 ? "section" : h.Level == 2 ? "subsection" : "subsubsection";
                writer.Write($"\\{command}{{{LatexText.Escape(h.Text)}}}\n");
                break;
            case Paragraph p:
                WriteInlines(p.Content, writer);
                writer.Write('\n');
                break;
            case BulletList list:
                writer.Write("\\begin{itemize}\n");
                foreach (var item in list.Items)
                {
                    writer.Write("\\item ");
                    WriteInlines(item, writer);
                    writer.Write('\n');
                }
                writer.Write("\\end{itemize}\n");
                break;
            case DisplayMath d:
                writer.Write("\\begin{align*}\n");
                AlignedEquations.WriteBody(d.Equations, _formatter, writer);
                writer.Write("\\end{align*}\n");
                break;
            default: throw new ArgumentException($"Unknown block type {block.GetType().Name}.", nameof(block));
        }
    }

    private void WriteInlines(IReadOnlyList<Inline> content, TextWriter writer)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextRun t: writer.Write(LatexText.Escape(t.Text)); break;
                case MathRun m: writer.Write('$'); _formatter.Write(m.Math, writer); writer.Write('$'); break;
                default: throw new ArgumentException($"Unknown inline type {inline.GetType().Name}.", nameof(content));
            }
        }
    }
}

using System.Text;

namespace EosVerify.Derivation.Latex;

/// <summary>
/// Writes a <see cref="Document"/> as GitHub Markdown: inline math as $…$, displays as $$ blocks holding an
/// aligned environment broken exactly like the LaTeX output.
/// </summary>
internal sealed class MarkdownDocumentWriter
{
    private readonly MarkdownFormatter _formatter;

    public MarkdownDocumentWriter(PrinterOptions? options = null) => _formatter = new MarkdownFormatter(options);

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
        writer.Write($"# {Escape(document.Title)}\n");
        foreach (var block in document.Blocks)
        {
            writer.Write('\n');
            WriteBlock(block, writer);
        }
    }

    private void WriteBlock(Block block, TextWriter writer)
    {
        switch (block)
        {
            case Heading h:
                writer.Write(new string('#', Math.Clamp(h.Level + 1, 2, 6)));
                writer.Write(' ');
                writer.Write(Escape(h.Text));
                writer.Write('\n');
                break;
            case Paragraph p:
                WriteInlines(p.Content, writer);
                writer.Write('\n');
                break;
            case BulletList list:
                foreach (var item in list.Items)
                {
                    writer.Write("- ");
                    WriteInlines(item, writer);
                    writer.Write('\n');
                }
                break;
            case DisplayMath d:
                _formatter.WriteDisplay(d.Equations, writer);
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
                case TextRun t: writer.Write(Escape(t.Text)); break;
                case MathRun m: writer.Write(_formatter.Inline(m.Math)); break;
                default: throw new ArgumentException($"Unknown inline type {inline.GetType().Name}.", nameof(content));
            }
        }
    }

    /// <summary>Backslash-escapes the ASCII punctuation that Markdown would otherwise interpret.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 4);
        foreach (char ch in text)
        {
            if (ch is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '$' or '#' or '|') sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }
}

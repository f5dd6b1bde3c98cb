namespace EosVerify.Derivation.Latex;

/// <summary>
/// Content of a derivation document, independent of its output format: <see cref="LatexDocumentWriter"/> and
/// <see cref="MarkdownDocumentWriter"/> render the same blocks.
/// </summary>
internal sealed record Document(string Title, IReadOnlyList<Block> Blocks);

internal abstract record Block;

/// <summary>Level 1 is a section, level 2 a subsection.</summary>
internal sealed record Heading(int Level, string Text) : Block;

internal sealed record Paragraph(IReadOnlyList<Inline> Content) : Block
{
    public static Paragraph Of(params Inline[] content) => new(content);
}

internal sealed record BulletList(IReadOnlyList<IReadOnlyList<Inline>> Items) : Block;

/// <summary>Displayed equations, aligned at their relation signs; long right-hand sums are broken across lines.</summary>
internal sealed record DisplayMath(IReadOnlyList<Equation> Equations) : Block
{
    public static DisplayMath Of(params Equation[] equations) => new(equations);
}

internal sealed record Equation(MathNode Left, RelationKind Kind, MathNode Right)
{
    public static Equation Eq(MathNode left, MathNode right) => new(left, RelationKind.Equal, right);
}

/// <summary>A run of prose or of inline math inside a paragraph or list item.</summary>
internal abstract record Inline
{
    public static implicit operator Inline(string text) => new TextRun(text);
    public static implicit operator Inline(MathNode math) => new MathRun(math);
}

internal sealed record TextRun(string Text) : Inline;

internal sealed record MathRun(MathNode Math) : Inline;

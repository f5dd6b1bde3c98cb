namespace EosVerify.Smt;

/// <summary>Thrown when text is not a sequence of well-formed S-expressions.</summary>
internal sealed class SExprFormatException(string message, int position) : FormatException(message)
{
    public int Position { get; } = position;
}

/// <summary>
/// Reads SMT-LIB2 S-expressions: parentheses, string literals ("" escapes a quote), |quoted symbols|, and
/// ; comments to the end of the line. Nothing else is interpreted.
/// </summary>
internal static class SExprReader
{
    /// <summary>All top-level expressions of <paramref name="text"/>.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="cancellationToken">Checked every few thousand tokens, so that a deadline holds while parsing.</param>
    /// <exception cref="SExprFormatException">Unbalanced parentheses or an unterminated literal.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<SExpr> ReadAll(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        int tokens = 0;
        var result = new List<SExpr>();
        var stack = new Stack<(int Start, List<SExpr> Items)>();
        int position = 0;
        while (true)
        {
            position = SkipBlank(text, position);
            if (position >= text.Length) break;
            if ((++tokens & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            char c = text[position];
            SExpr? completed = null;
            if (c == '(')
            {
                stack.Push((position, []));
                position++;
                continue;
            }
            if (c == ')')
            {
                if (stack.Count == 0) throw new SExprFormatException($"Unexpected ')' at offset {position}.", position);
                var (start, items) = stack.Pop();
                position++;
                completed = new SList(items, start, position);
            }
            else
            {
                int start = position;
                position = AtomEnd(text, position);
                completed = new SAtom(text[start..position], start, position);
            }
            if (stack.Count == 0) result.Add(completed);
            else stack.Peek().Items.Add(completed);
        }
        if (stack.Count > 0)
            throw new SExprFormatException($"Unclosed '(' opened at offset {stack.Peek().Start}.", stack.Peek().Start);
        return result;
    }

    private static int SkipBlank(string text, int position)
    {
        while (position < text.Length)
        {
            char c = text[position];
            if (char.IsWhiteSpace(c)) position++;
            else if (c == ';')
            {
                while (position < text.Length && text[position] != '\n') position++;
            }
            else break;
        }
        return position;
    }

    private static int AtomEnd(string text, int position)
    {
        int start = position;
        char c = text[position];
        if (c == '"')
        {
            position++;
            while (true)
            {
                if (position >= text.Length) throw new SExprFormatException($"Unterminated string literal at offset {start}.", start);
                if (text[position] == '"')
                {
                    if (position + 1 < text.Length && text[position + 1] == '"') { position += 2; continue; }
                    return position + 1;
                }
                position++;
            }
        }
        if (c == '|')
        {
            int close = text.IndexOf('|', position + 1);
            if (close < 0) throw new SExprFormatException($"Unterminated |quoted symbol| at offset {start}.", start);
            return close + 1;
        }
        while (position < text.Length)
        {
            c = text[position];
            if (char.IsWhiteSpace(c) || c is '(' or ')' or '"' or ';' or '|') break;
            position++;
        }
        return position;
    }
}

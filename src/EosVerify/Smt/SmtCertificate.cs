namespace EosVerify.Smt;

/// <summary>
/// A saved query read back: the expected answer from its <c>; expected: sat|unsat</c> header line, the
/// <c>; asserts:</c> text, and the commands up to its single <c>(check-sat)</c>.
/// </summary>
internal sealed record SmtCertificate(ExpectedAnswer Expected, string? Asserts, SmtScript Script)
{
    private const string ExpectedPrefix = "; expected:";
    private const string AssertsPrefix = "; asserts:";

    /// <exception cref="FormatException">No or several expected-answer lines, or commands that are not one query.</exception>
    public static SmtCertificate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ExpectedAnswer? expected = null;
        string? asserts = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.StartsWith(ExpectedPrefix, StringComparison.Ordinal))
            {
                if (expected is not null) throw new FormatException("The header states the expected answer twice.");
                var value = line[ExpectedPrefix.Length..].Trim();
                if (!ExpectedAnswerText.TryParse(value, out var answer))
                    throw new FormatException($"'; expected: {value}' is not 'sat' or 'unsat'.");
                expected = answer;
            }
            else if (asserts is null && line.StartsWith(AssertsPrefix, StringComparison.Ordinal))
            {
                asserts = line[AssertsPrefix.Length..].Trim();
            }
        }
        if (expected is null) throw new FormatException("The header has no '; expected: sat|unsat' line.");
        SmtScript script;
        try
        {
            script = SmtScript.ParseFile(text);
        }
        catch (SExprFormatException e)
        {
            throw new FormatException("Not well-formed SMT-LIB2: " + e.Message, e);
        }
        return new SmtCertificate(expected.Value, asserts, script);
    }

    public static SmtCertificate Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path));
    }
}

using System.Text;

namespace EosVerify.Smt;

/// <summary>
/// One SMT-LIB2 query under construction: the logic, declared real variables (with sanitised names and a map back),
/// assertions and comments in order, a description of what it asserts and the expected answer. Its text
/// (<see cref="ToSmtLib"/>) is deterministic byte for byte and is what gets saved as a certificate and re-run.
/// </summary>
internal sealed class SmtQuery
{
    private readonly SmtSymbolNames _names = new();
    private readonly List<SmtVariable> _variables = [];
    private readonly List<(string? Comment, SmtFormula? Assertion)> _items = [];

    public SmtQuery(string logic = "QF_NRA")
    {
        if (string.IsNullOrWhiteSpace(logic) || !logic.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw new ArgumentException($"'{logic}' is not an SMT-LIB2 logic name.", nameof(logic));
        Logic = logic;
    }

    public string Logic { get; }

    /// <summary>What the query asserts, in words; written to the header. May span lines.</summary>
    public string? Description { get; set; }

    /// <summary>The answer that decides the verdict (null for an exploratory query, which cannot be saved).</summary>
    public ExpectedAnswer? Expected { get; set; }

    public IReadOnlyList<SmtVariable> Variables => _variables;

    public int AssertionCount => _items.Count(item => item.Assertion is not null);

    /// <summary>Declares a real variable. The SMT name is sanitised and made unique; see <see cref="SmtVariable.SmtName"/>.</summary>
    public SmtVariable DeclareReal(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var variable = new SmtVariable(name, _names.Assign(name), this);
        _variables.Add(variable);
        return variable;
    }

    /// <summary>The variable whose SMT name is <paramref name="smtName"/>, or null.</summary>
    public SmtVariable? FindBySmtName(string smtName) => _variables.FirstOrDefault(v => v.SmtName == smtName);

    public void Assert(SmtFormula formula, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(formula);
        foreach (var variable in SmtPrinter.Variables(formula))
            if (!ReferenceEquals(variable.Owner, this))
                throw new ArgumentException($"Variable '{variable.Name}' was declared in another query.", nameof(formula));
        if (comment is not null) _items.Add((comment, null));
        _items.Add((null, formula));
    }

    public void Comment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _items.Add((text, null));
    }

    /// <summary>
    /// The full file text: header comments (what it asserts, expected answer, how to re-run, renamed variables),
    /// logic, declarations, assertions, and one <c>(check-sat)</c>.
    /// </summary>
    /// <param name="fileName">The name shown in the re-run lines (default FILE).</param>
    public string ToSmtLib(string fileName = "FILE")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var text = new StringBuilder();
        text.Append("; EosVerify SMT-LIB2 query\n");
        if (Description is not null) AppendComment(text, "asserts: " + Description);
        text.Append("; expected: ").Append(Expected?.ToSmtText() ?? "none (exploratory query)").Append('\n');
        text.Append("; re-run: z3 -smt2 ").Append(fileName).Append('\n');
        text.Append("; re-run: cvc5 ").Append(fileName).Append('\n');
        foreach (var variable in _variables.Where(v => v.SmtName != v.Name))
            AppendComment(text, $"variable {variable.SmtName} is {variable.Name}");
        text.Append(ToScript().Commands);
        text.Append("(check-sat)\n");
        return text.ToString();
    }

    /// <summary>The commands without header or <c>(check-sat)</c>: what a solver backend is given.</summary>
    public SmtScript ToScript()
    {
        var text = new StringBuilder();
        text.Append("(set-info :smt-lib-version 2.6)\n");
        text.Append("(set-logic ").Append(Logic).Append(")\n");
        foreach (var variable in _variables)
            text.Append("(declare-fun ").Append(variable.SmtName).Append(" () Real)\n");
        foreach (var (comment, assertion) in _items)
        {
            if (comment is not null) AppendComment(text, comment);
            if (assertion is not null) text.Append("(assert ").Append(SmtPrinter.Print(assertion)).Append(")\n");
        }
        return SmtScript.FromTrustedCommands(text.ToString());
    }

    /// <summary>
    /// Writes the certificate file (UTF-8, LF line ends) atomically: a reader, or an interrupted run, sees the whole
    /// certificate or none. Requires <see cref="Expected"/> and <see cref="Description"/>.
    /// </summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Expected is null) throw new InvalidOperationException("A saved query must state its expected answer (set Expected).");
        if (string.IsNullOrWhiteSpace(Description)) throw new InvalidOperationException("A saved query must say what it asserts (set Description).");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        IO.AtomicFile.WriteAllText(path, ToSmtLib(Path.GetFileName(path)));
    }

    private static void AppendComment(StringBuilder text, string comment)
    {
        foreach (var line in comment.Replace("\r\n", "\n").Split('\n', '\r'))
            text.Append(line.Length == 0 ? ";" : "; " + line).Append('\n');
    }
}

namespace EosVerify.Smt;

/// <summary>
/// SMT-LIB2 commands that set up one satisfiability question (logic, declarations, assertions) without the
/// <c>(check-sat)</c>: a backend appends its own check-sat and follow-up queries.
/// </summary>
internal sealed class SmtScript
{
    private static readonly HashSet<string> QuestionCommands = ["check-sat", "check-sat-assuming"];
    private static readonly HashSet<string> TrailingCommands = ["get-model", "get-value", "get-info", "get-assertions", "get-proof", "get-unsat-core", "echo", "exit"];
    private static readonly HashSet<string> ForbiddenCommands = ["push", "pop", "reset", "reset-assertions"];

    private SmtScript(string commands) { Commands = commands; }

    /// <summary>The commands, ending with a line break.</summary>
    public string Commands { get; }

    internal static SmtScript FromTrustedCommands(string commands) => new(commands);

    /// <summary>
    /// Reads a saved query file: commands, then exactly one <c>(check-sat)</c>, optionally followed by get-/exit
    /// commands (dropped). Comments are kept.
    /// </summary>
    /// <exception cref="FormatException">Not well-formed, no single trailing check-sat, or push/pop/reset.</exception>
    public static SmtScript ParseFile(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var commands = SExprReader.ReadAll(text);
        int checkSatIndex = -1;
        for (int i = 0; i < commands.Count; i++)
        {
            if (commands[i] is not SList { Count: > 0 } list || list[0] is not SAtom head)
                throw new FormatException($"'{Excerpt(commands[i])}' at offset {commands[i].Start} is not an SMT-LIB2 command.");
            var name = head.Raw;
            if (ForbiddenCommands.Contains(name))
                throw new FormatException($"({name}) is not supported in a saved query: it must ask exactly one question.");
            if (QuestionCommands.Contains(name))
            {
                if (checkSatIndex >= 0) throw new FormatException("The file asks more than one (check-sat); a saved query asks exactly one.");
                if (name != "check-sat") throw new FormatException($"({name}) is not supported; use (check-sat).");
                checkSatIndex = i;
            }
            else if (checkSatIndex >= 0 && !TrailingCommands.Contains(name))
                throw new FormatException($"({name}) after (check-sat) is not supported in a saved query.");
            else if (checkSatIndex < 0 && TrailingCommands.Contains(name))
                throw new FormatException($"({name}) before (check-sat) is not supported in a saved query: its reply would be taken for the answer.");
            else if (name == "set-option" && list.Count > 1 && list[1] is SAtom { Raw: ":print-success" })
                throw new FormatException("(set-option :print-success ...) is not supported: it changes what the solver replies.");
        }
        if (checkSatIndex < 0) throw new FormatException("The file has no (check-sat).");
        var body = text[..commands[checkSatIndex].Start].TrimEnd();
        return new SmtScript(body.Length == 0 ? "" : body + "\n");
    }

    private static string Excerpt(SExpr expression)
    {
        var text = expression.ToString();
        return text.Length <= 40 ? text : text[..40] + "...";
    }
}

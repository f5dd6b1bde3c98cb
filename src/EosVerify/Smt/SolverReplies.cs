namespace EosVerify.Smt;

/// <summary>
/// Interprets what a batch-mode solver printed after the script followed by <see cref="Protocol"/>: the answer to
/// (check-sat), then the reply to (get-info :reason-unknown), then the reply to (get-model). After sat/unsat the
/// reason query, and after unsat the model query, are errors for some solvers; those error replies are expected.
/// </summary>
internal static class SolverReplies
{
    public const string Protocol = "(check-sat)\n(get-info :reason-unknown)\n(get-model)\n";

    // Reasons for unknown that mean the wall-clock limit was hit (z3: "timeout"; cvc5: "timeout"), and that a limit
    // was hit without saying which: z3's nlsat answers "canceled" for its rlimit and for its -t: timer alike.
    private static readonly HashSet<string> TimeoutReasons = new(StringComparer.OrdinalIgnoreCase) { "timeout", "interrupted" };
    private static readonly HashSet<string> EitherLimitReasons = new(StringComparer.OrdinalIgnoreCase) { "canceled", "cancelled" };

    // Reasons for unknown that mean the resource limit was spent (z3's smt core; cvc5).
    private static readonly HashSet<string> ResourceReasons = new(StringComparer.OrdinalIgnoreCase)
    {
        "max. resource limit exceeded", "resource limits reached", "(resource limits reached)", "resourceout",
    };

    /// <summary>The outcome for a process that exited by itself (not killed) with this output.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="deadline"/> passed while parsing.</exception>
    public static (SolverOutcome Outcome, string Reason, SmtModel? Model) Interpret(string stdout, string stderr, int exitCode,
        CancellationToken deadline = default)
    {
        IReadOnlyList<SExpr> replies;
        try
        {
            replies = SExprReader.ReadAll(stdout, deadline);
        }
        catch (SExprFormatException e)
        {
            return (SolverOutcome.Error, $"unreadable solver output ({e.Message}): {Excerpt(stdout)}", null);
        }

        if (replies.Count == 0)
        {
            var detail = FirstLine(stderr);
            return (SolverOutcome.Crashed,
                $"exited with code {exitCode} without answering" + (detail.Length > 0 ? ": " + detail : ""), null);
        }

        var first = replies[0];
        if (first is SList error && error.HasHead("error"))
            return (SolverOutcome.Error, "solver rejected the query: " + ErrorMessage(error), null);
        if (first is not SAtom answer)
            return (SolverOutcome.Error, "unexpected reply to (check-sat): " + Excerpt(first.ToString()), null);

        switch (answer.Raw)
        {
            case "unsat":
                return (SolverOutcome.Unsat, "", null);
            case "sat":
                return (SolverOutcome.Sat, "", ReadModel(replies));
            case "unknown":
                var reason = ReasonUnknown(replies);
                var outcome = ResourceReasons.Contains(reason) ? SolverOutcome.ResourceLimit
                    : TimeoutReasons.Contains(reason) || EitherLimitReasons.Contains(reason) ? SolverOutcome.Timeout
                    : SolverOutcome.Unknown;
                return (outcome, reason.Length == 0 ? "no reason given" : reason, null);
            default:
                return (SolverOutcome.Error, "unexpected reply to (check-sat): " + Excerpt(stdout), null);
        }
    }

    /// <summary>
    /// Settles which limit stopped a solver that answered unknown, and words the reason. A "canceled" that came
    /// before the wall-clock safety net could have fired (the solver's timer starts after our stopwatch) was the
    /// resource limit; otherwise a limit reason is taken at its word, and an ambiguous one late is counted as the
    /// wall clock (the cautious side: it is then reported as machine-dependent).
    /// </summary>
    public static (SolverOutcome Outcome, string Reason) WhichLimit(SolverOutcome outcome, string reason, TimeSpan elapsed, SolverBudget budget)
    {
        if (outcome == SolverOutcome.Timeout && EitherLimitReasons.Contains(reason) && elapsed < budget.SafetyTimeout)
            outcome = SolverOutcome.ResourceLimit;
        return outcome switch
        {
            SolverOutcome.ResourceLimit => (outcome, $"resource limit of {budget.ResourceLimitText} units spent ({reason}); the same on any machine (raise it with --rlimit)"),
            SolverOutcome.Timeout => (outcome, $"wall-clock safety limit of {budget.SafetyTimeout.TotalMilliseconds:0} ms reached ({reason}) before the resource limit; not machine-independent (raise it with --timeout)"),
            _ => (outcome, reason),
        };
    }

    private static string ReasonUnknown(IReadOnlyList<SExpr> replies)
    {
        if (replies.Count < 2 || replies[1] is not SList { Count: 2 } info || !info.HasHead(":reason-unknown")) return "";
        return info[1] is SAtom atom ? atom.Value.Trim() : info[1].ToString();
    }

    private static SmtModel? ReadModel(IReadOnlyList<SExpr> replies)
    {
        // The model is the third reply; a solver that skipped the reason reply may put it second.
        foreach (var reply in replies.Skip(1))
        {
            if (reply is not SList list || list.HasHead("error") || list.HasHead(":reason-unknown")) continue;
            try
            {
                return ModelReader.Read(list);
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return null;
    }

    private static string ErrorMessage(SList error) =>
        error.Count > 1 && error[1] is SAtom message ? message.Value : error.ToString();

    internal static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        int end = trimmed.IndexOf('\n');
        var line = end < 0 ? trimmed : trimmed[..end].TrimEnd();
        return line.Length <= 200 ? line : line[..200] + "...";
    }

    internal static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= 120 ? flat : flat[..120] + "...";
    }
}

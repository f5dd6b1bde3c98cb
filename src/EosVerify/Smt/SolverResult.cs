namespace EosVerify.Smt;

/// <summary>
/// The outcome of one query on one solver, with a one-line reason (the solver's reason-unknown, the crash's
/// stderr, the fix for a missing solver), the model for <see cref="SolverOutcome.Sat"/> when the solver gave one,
/// the budget and solver version when the backend reports them, and the wall-clock time (for timings only; it is not part of any deterministic report).
/// </summary>
internal sealed record SolverResult(SolverOutcome Outcome, string Reason, SmtModel? Model, string Solver, TimeSpan Elapsed)
{
    /// <summary>
    /// For an answer, what it rests on, e.g. "z3 alone (Z3 version 4.8.12 - 64 bit; rlimit 1000000 per query (decides); wall-clock safety net 120 s)" or
    /// "z3 and cvc5 agree (…)"; null when the backend does not say (fakes, no answer). Deterministic: no timings.
    /// </summary>
    public string? TrustBase { get; init; }

    /// <summary>True when the answer rests on one solver's word only.</summary>
    public bool RestsOnOneSolver => IsAnswer && (TrustBase is null || !TrustBase.Contains(" agree", StringComparison.Ordinal));

    public bool IsAnswer => Outcome is SolverOutcome.Sat or SolverOutcome.Unsat;

    /// <summary>True when this result is the definite answer opposite to <paramref name="expected"/>.</summary>
    public bool Contradicts(ExpectedAnswer expected) =>
        (expected == ExpectedAnswer.Sat && Outcome == SolverOutcome.Unsat) ||
        (expected == ExpectedAnswer.Unsat && Outcome == SolverOutcome.Sat);

    public bool Confirms(ExpectedAnswer expected) =>
        (expected == ExpectedAnswer.Sat && Outcome == SolverOutcome.Sat) ||
        (expected == ExpectedAnswer.Unsat && Outcome == SolverOutcome.Unsat);

    public override string ToString() =>
        Reason.Length == 0 ? $"{Solver}: {OutcomeText(Outcome)}" : $"{Solver}: {OutcomeText(Outcome)} ({Reason})";

    /// <summary>The budget the query ran under, when the backend reports it (process solvers do; fakes need not).</summary>
    public SolverBudget? Budget { get; init; }

    /// <summary>The solver's version line (e.g. "Z3 version 4.8.12 - 64 bit"), when the backend knows it.</summary>
    public string? SolverVersion { get; init; }

    /// <summary>
    /// False when the outcome could differ on a machine of another speed: a wall-clock stop. Answers and
    /// resource-limit stops are machine-independent for the same solver version and budget.
    /// </summary>
    public bool IsMachineIndependent => Outcome != SolverOutcome.Timeout;

    public static string OutcomeText(SolverOutcome outcome) =>
        outcome == SolverOutcome.ResourceLimit ? "resource-limit" : outcome.ToString().ToLowerInvariant();
}

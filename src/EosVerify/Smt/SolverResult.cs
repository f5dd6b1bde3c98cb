namespace EosVerify.Smt;

/// <summary>
/// The outcome of one query on one solver, with a one-line reason (the solver's reason-unknown, the crash's
/// stderr, the fix for a missing solver), the model for <see cref="SolverOutcome.Sat"/> when the solver gave one,
/// and the wall-clock time (for timings only; it is not part of any deterministic report).
/// </summary>
internal sealed record SolverResult(SolverOutcome Outcome, string Reason, SmtModel? Model, string Solver, TimeSpan Elapsed)
{
    /// <summary>
    /// For an answer, what it rests on, e.g. "z3 alone (Z3 version 4.8.12 - 64 bit; per-query limit 10000 ms)" or
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

    public static string OutcomeText(SolverOutcome outcome) => outcome.ToString().ToLowerInvariant();
}

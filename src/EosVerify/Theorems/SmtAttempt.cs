using EosVerify.Smt;

namespace EosVerify.Theorems;

/// <summary>
/// One solver query made by a check. An answer that decides a verdict is saved as a certificate whose header states
/// that answer, so anyone can re-run it; any other outcome (including the answer that decides nothing, e.g. sat to
/// a query whose unsat would certify) is kept as evidence only, with the solver's reason.
/// </summary>
internal sealed record SmtAttempt(SolverResult Result, string? CertificateFile)
{
    public bool IsUnsat => Result.Outcome == SolverOutcome.Unsat;

    public bool IsSat => Result.Outcome == SolverOutcome.Sat;

    /// <summary>
    /// The solver was asked and gave no answer (timeout, crash, absence, error, unknown). A "none" backend chosen by
    /// the user is not a failure: the check then stands on its other evidence.
    /// </summary>
    public bool Failed => !Result.IsAnswer && !(Result.Outcome == SolverOutcome.Missing && Result.Solver == "none");

    public string FailureReason =>
        $"the SMT query that would certify this claim got no answer from {Result.Solver}: {SolverResult.OutcomeText(Result.Outcome)}"
        + (StableReason.Length > 0 ? $" ({StableReason})" : "")
        + Advice;

    private string Advice => Result.Outcome switch
    {
        SolverOutcome.ResourceLimit => "; raise --rlimit, choose another --solver, or use --solver none for numerical evidence only",
        SolverOutcome.Timeout => "; the wall-clock safety net stopped it, so this outcome depends on the machine's speed; raise --timeout, "
                                 + "choose another --solver, or use --solver none for numerical evidence only",
        _ => "; choose another --solver, or use --solver none for numerical evidence only",
    };

    /// <summary>
    /// The solver's reason as reports show it. A wall-clock stop's wording depends on whether the solver stopped
    /// itself or was killed after the grace period — a race — so it is left out and reports stay byte-identical.
    /// </summary>
    private string StableReason => Result.Outcome == SolverOutcome.Timeout ? "wall-clock safety limit" : Result.Reason;

    /// <param name="decides">The answer that decides the verdict (saved as a certificate); null when either answer does.</param>
    public static SmtAttempt Run(CheckContext context, SmtQuery query, string checkId, string purpose, CancellationToken ct,
        ExpectedAnswer? decides = null)
    {
        var result = context.Solver.Check(query, context.Options.SolverBudget, ct);
        string? file = null;
        if (result.IsAnswer && (decides is null || result.Confirms(decides.Value)))
        {
            query.Expected = result.Outcome == SolverOutcome.Unsat ? ExpectedAnswer.Unsat : ExpectedAnswer.Sat;
            file = context.Certificates.Save(query, checkId, purpose);
        }
        return new SmtAttempt(result, file);
    }

    public SmtAttemptEvidence ToEvidence() => new()
    {
        Solver = Result.Solver,
        Answer = SolverResult.OutcomeText(Result.Outcome),
        SolverVersion = Result.SolverVersion,
        Budget = Result.Budget is { } budget
            ? new SolverBudgetEvidence
            {
                Rlimit = budget.ResourceLimit,
                SafetyTimeoutSeconds = budget.SafetyTimeout.TotalSeconds,
                DecidedBy = Result.IsMachineIndependent ? "rlimit (machine-independent)" : "wall-clock safety limit (not machine-independent)",
            }
            : null,
        Trust = Result.IsAnswer ? Result.TrustBase : null, // whose word the answer is, and its budget
        Reason = StableReason.Length > 0 && !Result.IsAnswer ? StableReason : null,
        Certificate = CertificateFile,
    };
}

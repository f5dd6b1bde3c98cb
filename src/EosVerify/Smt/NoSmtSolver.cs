namespace EosVerify.Smt;

/// <summary>The backend for "--solver none": every query is <see cref="SolverOutcome.Missing"/> with the given reason.</summary>
internal sealed class NoSmtSolver(string reason = "no solver requested") : ISmtSolver
{
    public string Name => "none";
    public string Description => "none: " + Reason;
    public string Reason { get; } = string.IsNullOrWhiteSpace(reason) ? throw new ArgumentException("A reason is required.", nameof(reason)) : reason;
    public SolverBudget DefaultBudget => SolverBudget.Default;

    public Task<SolverResult> CheckAsync(SmtScript script, SolverBudget? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        SmtSolverExtensions.ValidBudget(budget, DefaultBudget);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new SolverResult(SolverOutcome.Missing, Reason, null, Name, TimeSpan.Zero));
    }
}

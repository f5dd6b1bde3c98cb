namespace EosVerify.Smt;

/// <summary>
/// Wraps a backend and reports its first fault — missing executable, crash, unreadable or rejected reply — once,
/// through <paramref name="warn"/> (the CLI prints it as one warning line). Results pass through unchanged, so the
/// claims that needed the solver stay inconclusive with the reason in the report.
/// </summary>
internal sealed class SolverFaultWatch(ISmtSolver backend, Action<string> warn) : ISmtSolver
{
    private int _warned;

    /// <summary>The backend watched.</summary>
    public ISmtSolver Inner { get; } = backend ?? throw new ArgumentNullException(nameof(backend));

    public string Name => Inner.Name;
    public string Description => Inner.Description;
    public SolverBudget DefaultBudget => Inner.DefaultBudget;

    /// <summary>Warns now if the backend is a process whose executable does not exist (before any query is made).</summary>
    public void ProbeExecutable()
    {
        ISmtSolver[] backends = Inner is AgreeingSmtSolver both ? [both.Primary, both.Secondary] : [Inner];
        foreach (var process in backends.OfType<ProcessSmtSolver>())
            if (process.Command.ResolveExecutable() is null)
                Warn($"{process.Command.Executable} not found: {process.Command.MissingAdvice}");
    }

    public async Task<SolverResult> CheckAsync(SmtScript script, SolverBudget? budget = null, CancellationToken cancellationToken = default)
    {
        var result = await Inner.CheckAsync(script, budget, cancellationToken).ConfigureAwait(false);
        if (IsFault(result)) Warn($"{SolverResult.OutcomeText(result.Outcome)}: {result.Reason}");
        return result;
    }

    private static bool IsFault(SolverResult result) =>
        result.Outcome is SolverOutcome.Crashed or SolverOutcome.Error || (result.Outcome == SolverOutcome.Missing && result.Solver != "none");

    private void Warn(string problem)
    {
        if (Interlocked.Exchange(ref _warned, 1) == 1) return;
        warn($"SMT solver {Inner.Name}: {problem}; the claims that need it are inconclusive or rest on numerical evidence only");
    }
}

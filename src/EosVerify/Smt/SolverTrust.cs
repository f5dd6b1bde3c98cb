namespace EosVerify.Smt;

/// <summary>
/// What an SMT answer of a backend rests on, in one line for reports: one solver's word (which solver, its version,
/// the budget: resource limit and wall-clock safety net) or two solvers that must agree. Deterministic for the same machine and options.
/// </summary>
internal static class SolverTrust
{
    /// <summary>The statement for <paramref name="solver"/>, or null when it gives no answers (--solver none).</summary>
    public static string? Statement(ISmtSolver solver)
    {
        ArgumentNullException.ThrowIfNull(solver);
        if (solver is SolverFaultWatch watch) solver = watch.Inner;
        return solver switch
        {
            NoSmtSolver => null,
            AgreeingSmtSolver both =>
                $"trust: an SMT answer counts only when {One(both.Primary)} and {One(both.Secondary)} both give it (--require-agreement)",
            _ => $"trust: every SMT answer rests on {One(solver)} alone, one solver's word; re-check the certificates with `eosverify recheck` or require two solvers with --require-agreement",
        };
    }

    private static string One(ISmtSolver solver) => solver switch
    {
        ProcessSmtSolver process => $"{process.Name} ({process.Version}; {process.DefaultBudget})",
        Z3ApiSolver api => $"{api.Name} (z3 {api.Version}; {api.DefaultBudget})",
        _ => $"{solver.Name} ({solver.DefaultBudget})",
    };
}

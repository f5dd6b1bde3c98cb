namespace EosVerify.Smt;

/// <summary>
/// What an SMT answer of a backend rests on, in one line for reports: one solver's word (which solver, its version,
/// the per-query limit) or two solvers that must agree. Deterministic for the same machine and options.
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
        ProcessSmtSolver process => $"{process.Name} ({process.Version}; per-query limit {process.DefaultTimeout.TotalMilliseconds:0} ms)",
        _ => $"{solver.Name} (per-query limit {solver.DefaultTimeout.TotalMilliseconds:0} ms)",
    };
}

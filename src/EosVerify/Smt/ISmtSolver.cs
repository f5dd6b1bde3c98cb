namespace EosVerify.Smt;

/// <summary>
/// One SMT backend. Implementations never throw for solver trouble (missing, crashed, hung, garbage): that is a
/// <see cref="SolverResult"/>. They throw <see cref="ArgumentException"/> for bad arguments and
/// <see cref="OperationCanceledException"/> when the caller cancels (after stopping any solver process).
/// </summary>
internal interface ISmtSolver
{
    /// <summary>Short name: z3, cvc5, z3-api, none, or a fake's name.</summary>
    string Name { get; }

    /// <summary>One line saying what runs and how (executable and flags, or why a fallback was chosen).</summary>
    string Description { get; }

    /// <summary>The per-query budget (resource limit that decides, wall-clock safety net) used when a call does not give one.</summary>
    SolverBudget DefaultBudget { get; }

    /// <summary>Asks whether the script's assertions are satisfiable, within <paramref name="budget"/> (default <see cref="DefaultBudget"/>).</summary>
    Task<SolverResult> CheckAsync(SmtScript script, SolverBudget? budget = null, CancellationToken cancellationToken = default);
}

internal static class SmtSolverExtensions
{
    public static Task<SolverResult> CheckAsync(this ISmtSolver solver, SmtQuery query, SolverBudget? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(query);
        return solver.CheckAsync(query.ToScript(), budget, cancellationToken);
    }

    /// <summary>Synchronous form of <see cref="ISmtSolver.CheckAsync"/>.</summary>
    public static SolverResult Check(this ISmtSolver solver, SmtScript script, SolverBudget? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(solver);
        return solver.CheckAsync(script, budget, cancellationToken).GetAwaiter().GetResult();
    }

    public static SolverResult Check(this ISmtSolver solver, SmtQuery query, SolverBudget? budget = null, CancellationToken cancellationToken = default) =>
        solver.CheckAsync(query, budget, cancellationToken).GetAwaiter().GetResult();

    /// <summary>The solver's resource limit with another wall-clock safety net.</summary>
    public static SolverResult Check(this ISmtSolver solver, SmtScript script, TimeSpan safetyTimeout, CancellationToken cancellationToken = default) =>
        solver.Check(script, WithSafety(solver, safetyTimeout), cancellationToken);

    /// <summary>The solver's resource limit with another wall-clock safety net.</summary>
    public static SolverResult Check(this ISmtSolver solver, SmtQuery query, TimeSpan safetyTimeout, CancellationToken cancellationToken = default) =>
        solver.Check(query, WithSafety(solver, safetyTimeout), cancellationToken);

    private static SolverBudget WithSafety(ISmtSolver solver, TimeSpan safetyTimeout)
    {
        ArgumentNullException.ThrowIfNull(solver);
        return solver.DefaultBudget with { SafetyTimeout = safetyTimeout };
    }

    internal static SolverBudget ValidBudget(SolverBudget? budget, SolverBudget fallback) => (budget ?? fallback).Validated();
}

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

    /// <summary>The per-query time limit used when a call does not give one.</summary>
    TimeSpan DefaultTimeout { get; }

    /// <summary>Asks whether the script's assertions are satisfiable, within <paramref name="timeout"/> (default <see cref="DefaultTimeout"/>).</summary>
    Task<SolverResult> CheckAsync(SmtScript script, TimeSpan? timeout = null, CancellationToken cancellationToken = default);
}

internal static class SmtSolverExtensions
{
    public static Task<SolverResult> CheckAsync(this ISmtSolver solver, SmtQuery query, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(query);
        return solver.CheckAsync(query.ToScript(), timeout, cancellationToken);
    }

    /// <summary>Synchronous form of <see cref="ISmtSolver.CheckAsync"/>.</summary>
    public static SolverResult Check(this ISmtSolver solver, SmtScript script, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(solver);
        return solver.CheckAsync(script, timeout, cancellationToken).GetAwaiter().GetResult();
    }

    public static SolverResult Check(this ISmtSolver solver, SmtQuery query, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        solver.CheckAsync(query, timeout, cancellationToken).GetAwaiter().GetResult();

    internal static TimeSpan ValidTimeout(TimeSpan? timeout, TimeSpan fallback)
    {
        var value = timeout ?? fallback;
        if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
            throw new ArgumentOutOfRangeException(nameof(timeout), value, "A solver timeout must be positive and at most one day.");
        return value;
    }
}

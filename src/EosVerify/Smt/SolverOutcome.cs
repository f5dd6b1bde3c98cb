namespace EosVerify.Smt;

/// <summary>How a solver run ended. Only <see cref="Unsat"/> and <see cref="Sat"/> are answers.</summary>
internal enum SolverOutcome
{
    /// <summary>The assertions are satisfiable (a model may be attached).</summary>
    Sat,
    /// <summary>The assertions are unsatisfiable: the solver's certified answer.</summary>
    Unsat,
    /// <summary>The solver gave up for a reason other than time (incomplete, memory, ...); see the reason.</summary>
    Unknown,
    /// <summary>
    /// The wall-clock safety net was reached (the solver's own time limit, or the process was killed): no answer, and
    /// one that depends on the machine's speed.
    /// </summary>
    Timeout,
    /// <summary>The solver spent its resource limit: no answer, the same on any machine (for the same solver version and limit).</summary>
    ResourceLimit,
    /// <summary>The solver process ended without answering.</summary>
    Crashed,
    /// <summary>No solver executable or library is available.</summary>
    Missing,
    /// <summary>The solver rejected the query or replied something unreadable.</summary>
    Error,
}

using System.Text.Json.Serialization;
using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>How one SMT query of a check went, as reports show it (<see cref="SmtAttempt.ToEvidence"/>).</summary>
public sealed record SmtAttemptEvidence
{
    /// <summary>The backend asked ("z3", "cvc5", "z3+cvc5", "none", …).</summary>
    public required string Solver { get; init; }

    /// <summary>sat, unsat, unknown, timeout, missing, crashed or error.</summary>
    public required string Answer { get; init; }

    /// <summary>The solver's own version line, when it could be read.</summary>
    public string? SolverVersion { get; init; }

    /// <summary>The budget the query ran under: the resource limit that decides, and the wall-clock safety net.</summary>
    public SolverBudgetEvidence? Budget { get; init; }

    /// <summary>For an answer, whose word it is and under which budget.</summary>
    public string? Trust { get; init; }

    /// <summary>For no answer, the solver's reason (left out for timeouts, whose wording races).</summary>
    public string? Reason { get; init; }

    /// <summary>The saved SMT-LIB2 file (relative to the report) for a definite answer.</summary>
    public string? Certificate { get; init; }

    /// <summary>T3's radius queries: the R² asked about (is there a stable minimum with ‖θ‖² ≥ R²?).</summary>
    [JsonPropertyOrder(1)]
    public Rational? RadiusSquared { get; internal set; }

    /// <summary>T3's radius queries: the solver's model, re-checked exactly to be a stable minimum that far out.</summary>
    [JsonPropertyOrder(2)]
    public IReadOnlyList<Rational>? VerifiedStableModel { get; internal set; }
}

/// <summary>What one SMT query could spend, and which limit ended it.</summary>
public sealed record SolverBudgetEvidence
{
    /// <summary>The solver's resource limit per query (z3 rlimit, cvc5 --rlimit-per): the budget that decides.</summary>
    public required long Rlimit { get; init; }

    /// <summary>The wall-clock safety net per query, in seconds.</summary>
    public required double SafetyTimeoutSeconds { get; init; }

    /// <summary>"rlimit (machine-independent)", or "wall-clock safety limit (not machine-independent)" when the clock stopped it.</summary>
    public required string DecidedBy { get; init; }
}

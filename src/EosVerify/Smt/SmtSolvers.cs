namespace EosVerify.Smt;

/// <summary>Where the solver executables are: a path, or a name looked up on PATH.</summary>
internal sealed record SolverPaths(string Z3 = "z3", string Cvc5 = "cvc5")
{
    public static SolverPaths Default { get; } = new();
}

/// <summary>Creates the backend a user asked for by name.</summary>
internal static class SmtSolvers
{
    public static IReadOnlyList<string> Names { get; } = ["z3", "cvc5", "z3-api", "none"];

    /// <summary>
    /// z3 | cvc5: the process backends. z3-api: Microsoft.Z3 in-process when its native library loads, otherwise the
    /// z3 process backend, with the probe's reason in its <see cref="ISmtSolver.Description"/>. none: answers Missing.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown name.</exception>
    public static ISmtSolver Create(string name, SolverPaths? paths, SolverBudget budget) => Create(name, paths, budget, out _);

    /// <summary>The default resource limit with the wall-clock safety net <paramref name="safetyTimeout"/>.</summary>
    public static ISmtSolver Create(string name, SolverPaths? paths, TimeSpan safetyTimeout) =>
        Create(name, paths, SolverBudget.WithSafetyTimeout(safetyTimeout), out _);

    /// <summary>As <see cref="Create(string, SolverPaths?, SolverBudget)"/>; <paramref name="notice"/> says why the requested backend was replaced, or is null.</summary>
    public static ISmtSolver Create(string name, SolverPaths? paths, SolverBudget budget, out string? notice)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(budget);
        paths ??= SolverPaths.Default;
        budget.Validated();
        notice = null;
        switch (name.Trim().ToLowerInvariant())
        {
            case "z3":
                return new ProcessSmtSolver(SolverCommand.Z3(paths.Z3), budget);
            case "cvc5":
                return new ProcessSmtSolver(SolverCommand.Cvc5(paths.Cvc5), budget);
            case "z3-api":
                var inProcess = Z3ApiSolver.TryCreate(budget, out var reason);
                if (inProcess is not null) return inProcess;
                notice = $"z3-api unavailable, using the z3 process instead: {reason}";
                return new FallbackSmtSolver(new ProcessSmtSolver(SolverCommand.Z3(paths.Z3), budget), notice);
            case "none":
                return new NoSmtSolver();
            default:
                throw new ArgumentException($"Unknown solver '{name}': expected one of {string.Join(", ", Names)}.", nameof(name));
        }
    }

    /// <summary>A backend standing in for the one requested; it says so in its description.</summary>
    private sealed class FallbackSmtSolver(ISmtSolver inner, string notice) : ISmtSolver
    {
        public string Name => inner.Name;
        public string Description => $"{inner.Description} [{notice}]";
        public SolverBudget DefaultBudget => inner.DefaultBudget;

        public Task<SolverResult> CheckAsync(SmtScript script, SolverBudget? budget = null, CancellationToken cancellationToken = default) =>
            inner.CheckAsync(script, budget, cancellationToken);
    }
}

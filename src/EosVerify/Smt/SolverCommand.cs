namespace EosVerify.Smt;

/// <summary>
/// How to start a solver process that reads SMT-LIB2 on stdin and answers on stdout: the executable (a path, or a
/// name looked up on PATH), its arguments for a given per-query budget, and the advice shown when it is missing.
/// </summary>
internal sealed class SolverCommand
{
    private readonly Func<SolverBudget, IReadOnlyList<string>> _arguments;

    private SolverCommand(string name, string executable, Func<SolverBudget, IReadOnlyList<string>> arguments, string missingAdvice)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        Name = name;
        Executable = executable;
        _arguments = arguments;
        MissingAdvice = missingAdvice;
    }

    public string Name { get; }
    public string Executable { get; }
    public string MissingAdvice { get; }

    public IReadOnlyList<string> ArgumentsFor(SolverBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return _arguments(budget);
    }

    /// <summary>
    /// z3 with the resource limit <c>rlimit=N</c> (per query: each process asks one check-sat) and the wall-clock
    /// safety net <c>-t:MS</c> (answers unknown on expiry; never <c>-T:</c>, which kills the whole run). The default
    /// QF_NRA strategy of z3 4.8 wraps its first two nlsat runs in wall-clock limits of 5 s and 10 s (try_for in
    /// qfnra_tactic.cpp), which would make answers depend on machine speed; <c>tactic.default_tactic=qfnra-nlsat</c>
    /// runs nlsat alone, which has none.
    /// </summary>
    public static SolverCommand Z3(string executable = "z3") =>
        new("z3", executable, budget => ["-in", "-smt2", "rlimit=" + budget.ResourceLimitText, "tactic.default_tactic=qfnra-nlsat", "-t:" + budget.SafetyMilliseconds],
            "install the Debian package z3, or pass --z3-path");

    /// <summary>cvc5 reading SMT-LIB2 from stdin with a per-query resource limit, the wall-clock safety net and models enabled.</summary>
    public static SolverCommand Cvc5(string executable = "cvc5") =>
        new("cvc5", executable, budget => ["--lang", "smt2", "--rlimit-per=" + budget.ResourceLimitText, "--tlimit-per=" + budget.SafetyMilliseconds, "--produce-models"],
            "install the Debian package cvc5, or pass --cvc5-path");

    /// <summary>Any executable with fixed arguments; "{timeout-ms}" and "{rlimit}" in an argument are replaced by the budget's limits.</summary>
    public static SolverCommand Custom(string name, string executable, params IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var copy = arguments.ToArray();
        return new(name, executable,
            budget => copy.Select(a => a.Replace("{timeout-ms}", budget.SafetyMilliseconds).Replace("{rlimit}", budget.ResourceLimitText)).ToArray(),
            $"check the path '{executable}'");
    }

    /// <summary>The full path of the executable, or null when there is no such file (on PATH, for a bare name).</summary>
    public string? ResolveExecutable()
    {
        if (Executable.Contains('/') || Executable.Contains(Path.DirectorySeparatorChar))
        {
            var full = Path.GetFullPath(Executable);
            return File.Exists(full) ? full : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, Executable);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Smt;

namespace EosVerify.Theorems;

/// <summary>What a check may use: the problem, the options, seeded randomness, the SMT solver and the certificate store.</summary>
internal sealed class CheckContext(Problem problem, CheckOptions options, ISmtSolver solver, CertificateStore certificates)
{
    /// <summary>A context with no solver (SMT steps are reported as skipped) and certificates in a temporary folder.</summary>
    public CheckContext(Problem problem, CheckOptions options)
        : this(problem, options, new NoSmtSolver(), CertificateStore.InTemporaryFolder(problem.Label))
    {
    }

    public Problem Problem { get; } = problem;

    public CheckOptions Options { get; } = options;

    public ISmtSolver Solver { get; } = solver;

    public CertificateStore Certificates { get; } = certificates;

    /// <summary>The cost-model budget of each check (<see cref="CheckOptions.StageBudget"/>): every expensive step asks it first.</summary>
    public WorkBudget Budget { get; } = new(options.StageBudget);

    private MinSharpnessResult? _minSharpness;
    private MinimizerTargetFacts? _targetFacts;

    /// <summary>The exact facts about Sxx and W* (MinimizerTargetFacts.Of), computed once and shared by T2, T3 and T4.</summary>
    public MinimizerTargetFacts TargetFacts => _targetFacts ??= MinimizerTargetFacts.Of(Problem);

    /// <summary>The numeric S_min over the minimizers (seeded restarts), computed once and shared by T3 and T4.</summary>
    public MinSharpnessResult MinSharpness =>
        _minSharpness ??= Numerics.MinSharpness.Find(new NumericProblem(Problem), MinSharpnessOptions.Within(Budget, Options.Seed));

    /// <summary>A random stream of its own for each check, so adding a check never changes another's points.</summary>
    public SeededRandom RandomFor(string checkId)
    {
        ulong h = 14695981039346656037UL; // FNV-1a: stable across runs, unlike string.GetHashCode
        foreach (char c in checkId) h = (h ^ c) * 1099511628211UL;
        return SeededRandom.ForStream(Options.Seed, h);
    }
}

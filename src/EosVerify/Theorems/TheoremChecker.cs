using System.Diagnostics;
using EosVerify.Networks;
using EosVerify.Smt;

namespace EosVerify.Theorems;

/// <summary>
/// Runs T1–T4 on a problem. Solver faults are results (inconclusive verdicts), not exceptions; an exception from a
/// check is a bug and propagates (the CLI reports it in one line with exit code 70), as does cancellation.
/// </summary>
/// <param name="options">Seed, time limits, SMT size limits and claimed bounds.</param>
/// <param name="solver">The SMT backend (a failing one makes the claims that need it inconclusive).</param>
/// <param name="certificateDirectory">Where certificates are saved.</param>
/// <param name="certificateFolderName">How reports cite the certificate folder relative to the report ("" = same folder).</param>
internal sealed class TheoremChecker(CheckOptions options, ISmtSolver solver, string certificateDirectory, string certificateFolderName = "")
{
    public static IReadOnlyList<ITheoremCheck> AllChecks { get; } =
    [
        new NonSingularGdMapCheck(),
        new MinimizerManifoldCheck(),
        new BoundedStableMinimaCheck(),
        new LargeStepInstabilityCheck(),
    ];

    /// <summary>The checks run, in order: <see cref="AllChecks"/> unless a test substitutes its own.</summary>
    internal IReadOnlyList<ITheoremCheck> Checks { get; init; } = AllChecks;

    /// <param name="problem">The problem to check.</param>
    /// <param name="progress">Receives the fraction of the checks done (0 to 1), after each check.</param>
    /// <param name="cancellationToken">Stops between checks and inside long ones.</param>
    public CheckReport Check(Problem problem, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var label = problem.Label;
        var context = new CheckContext(problem, options, solver, new CertificateStore(certificateDirectory, label, certificateFolderName));
        var results = new List<CheckResult>();
        foreach (var check in Checks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(check.Run(context, cancellationToken));
            progress?.Report((double)results.Count / Checks.Count);
        }
        return new CheckReport(problem, results, [solver.Description]);
    }
}

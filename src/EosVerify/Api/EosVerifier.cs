using EosVerify.Networks;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify;

/// <summary>
/// The library's entry point: runs T1–T4 on a problem as <c>eosverify check</c> does and returns the verdicts,
/// evidence and certificates. Build problems with <see cref="ProblemBuilder"/>.
/// </summary>
/// <example>
/// <code>
/// var problem = ProblemBuilder.ForArchitecture(2, 3, 1).WithGeneratedData(samples: 20, seed: 7).WithEta("0.1").Build();
/// var report = EosVerifier.Check(problem);
/// Console.WriteLine(report.T1.Verdict);
/// </code>
/// </example>
public static class EosVerifier
{
    /// <summary>Checks T1–T4 on <paramref name="problem"/>. Solver faults are inconclusive verdicts, not exceptions.</summary>
    /// <param name="problem">The problem (see <see cref="ProblemBuilder"/>).</param>
    /// <param name="options">Seed, solver and limits; null for the defaults of <see cref="VerifierOptions"/>.</param>
    /// <param name="cancellationToken">Stops between checks and inside long ones.</param>
    /// <exception cref="ArgumentException">An unknown solver name in <paramref name="options"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static VerificationReport Check(Problem problem, VerifierOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new VerifierOptions();
        var warnings = new List<string>();
        var solver = new SolverFaultWatch(CreateSolver(options, Z3OnPath), warnings.Add);
        solver.ProbeExecutable();
        string directory = Path.GetFullPath(options.CertificateDirectory
            ?? Path.Combine(Path.GetTempPath(), "eosverify-certificates", Guid.NewGuid().ToString("N")));
        var checker = new TheoremChecker(options.ToCheckOptions(), solver, directory);
        var checks = checker.Check(problem, null, cancellationToken).Checks;
        var claims = checks.Select(c => new ClaimReport(c, directory)).ToArray();
        return new VerificationReport(problem, claims, solver.Description, warnings, directory);
    }

    /// <summary>"auto": z3 when a z3 executable is on PATH, else none with that reason; any other name as the CLI's --solver.</summary>
    internal static ISmtSolver CreateSolver(VerifierOptions options, Func<bool> z3OnPath)
    {
        ArgumentNullException.ThrowIfNull(options.Solver, nameof(options.Solver));
        if (!string.Equals(options.Solver.Trim(), VerifierOptions.AutoSolver, StringComparison.OrdinalIgnoreCase))
            return SmtSolvers.Create(options.Solver, null, options.SolverBudget);
        return !z3OnPath()
            ? new NoSmtSolver("solver auto: no z3 executable on PATH, so no SMT certificates")
            : SmtSolvers.Create("z3", null, options.SolverBudget);
    }

    private static bool Z3OnPath() => SolverCommand.Z3(SolverPaths.Default.Z3).ResolveExecutable() is not null;
}

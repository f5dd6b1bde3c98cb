using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>What `check` produces for one problem: the problem as read, the checks, and the solvers consulted.</summary>
internal sealed record CheckReport(Problem Problem, IReadOnlyList<CheckResult> Checks, IReadOnlyList<string> Solvers)
{
    public int ExitCode => VerdictExtensions.ExitCode(Checks.Select(c => c.Verdict));
}

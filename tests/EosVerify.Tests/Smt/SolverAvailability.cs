using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

/// <summary>Real-solver tests skip, with the reason, only when the executable is absent (CI installs both).</summary>
internal static class SolverAvailability
{
    public static ProcessSmtSolver Z3(TimeSpan? timeout = null) => Require(SolverCommand.Z3(), timeout);
    public static ProcessSmtSolver Cvc5(TimeSpan? timeout = null) => Require(SolverCommand.Cvc5(), timeout);
    public static ProcessSmtSolver Z3(SolverBudget budget) => Require(SolverCommand.Z3(), budget);
    public static ProcessSmtSolver Cvc5(SolverBudget budget) => Require(SolverCommand.Cvc5(), budget);

    private static ProcessSmtSolver Require(SolverCommand command, TimeSpan? timeout) =>
        Require(command, SolverBudget.WithSafetyTimeout(timeout ?? TimeSpan.FromSeconds(20)));

    private static ProcessSmtSolver Require(SolverCommand command, SolverBudget budget)
    {
        if (command.ResolveExecutable() is null)
            Assert.Ignore($"{command.Executable} is not on PATH ({command.MissingAdvice}); scripts/install-deps.sh installs it.");
        return new ProcessSmtSolver(command, budget);
    }
}

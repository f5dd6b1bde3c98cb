using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

/// <summary>Real-solver tests skip, with the reason, only when the executable is absent (CI installs both).</summary>
internal static class SolverAvailability
{
    public static ProcessSmtSolver Z3(TimeSpan? timeout = null) => Require(SolverCommand.Z3(), timeout);
    public static ProcessSmtSolver Cvc5(TimeSpan? timeout = null) => Require(SolverCommand.Cvc5(), timeout);

    private static ProcessSmtSolver Require(SolverCommand command, TimeSpan? timeout)
    {
        if (command.ResolveExecutable() is null)
            Assert.Ignore($"{command.Executable} is not on PATH ({command.MissingAdvice}); scripts/install-deps.sh installs it.");
        return new ProcessSmtSolver(command, timeout ?? TimeSpan.FromSeconds(20));
    }
}

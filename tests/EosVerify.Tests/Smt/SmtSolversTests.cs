using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

public class SmtSolversTests
{
    [TestCase("z3", typeof(ProcessSmtSolver), "z3")]
    [TestCase("cvc5", typeof(ProcessSmtSolver), "cvc5")]
    [TestCase(" Z3 ", typeof(ProcessSmtSolver), "z3")]
    [TestCase("none", typeof(NoSmtSolver), "none")]
    public void CreatesTheNamedBackend(string name, Type type, string expectedName)
    {
        var solver = SmtSolvers.Create(name, null, TimeSpan.FromSeconds(3));
        Assert.Multiple(() =>
        {
            Assert.That(solver, Is.InstanceOf(type));
            Assert.That(solver.Name, Is.EqualTo(expectedName));
            if (solver is ProcessSmtSolver) Assert.That(solver.DefaultBudget, Is.EqualTo(new SolverBudget(SolverBudget.DefaultResourceLimit, TimeSpan.FromSeconds(3))));
        });
    }

    [Test]
    public void PathsAreUsedAndTheTimeoutReachesTheFlags()
    {
        var solver = (ProcessSmtSolver)SmtSolvers.Create("z3", new SolverPaths(Z3: "/opt/z3/bin/z3"), TimeSpan.FromMilliseconds(1500));
        Assert.Multiple(() =>
        {
            Assert.That(solver.Command.Executable, Is.EqualTo("/opt/z3/bin/z3"));
            Assert.That(solver.Description, Does.Contain("-t:1500").And.Contain("rlimit=1000000"));
        });
    }

    [Test]
    public void UnknownNamesAndBadTimeoutsAreRejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => SmtSolvers.Create("yices", null, TimeSpan.FromSeconds(1)),
                Throws.ArgumentException.With.Message.Contains("expected one of z3, cvc5, z3-api, none"));
            Assert.That(() => SmtSolvers.Create("z3", null, TimeSpan.Zero), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }
}

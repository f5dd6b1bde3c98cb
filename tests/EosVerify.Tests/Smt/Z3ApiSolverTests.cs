using EosVerify.Algebra;
using EosVerify.Smt;
using S = EosVerify.Smt.Smt;

namespace EosVerify.Tests.Smt;

public class Z3ApiSolverTests
{
    [Test]
    public void ProbeNeverThrowsAndExplainsAFailureInOneLine()
    {
        Z3ApiSolver? solver = null;
        string reason = "";
        Assert.That(() => solver = Z3ApiSolver.TryCreate(TimeSpan.FromSeconds(5), out reason), Throws.Nothing);
        if (solver is null)
        {
            Assert.Multiple(() =>
            {
                Assert.That(reason, Does.StartWith("Microsoft.Z3 native library unusable here"));
                Assert.That(reason, Does.Not.Contain("\n"));
            });
        }
        else
        {
            Assert.That(reason, Is.Empty);
        }
    }

    [Test]
    public void AFailedProbeLeavesNothingThatCrashesWhenFinalized()
    {
        // A Context whose constructor threw half-way is still finalized later; that must not take the process down.
        for (int i = 0; i < 3; i++) Z3ApiSolver.TryCreate(TimeSpan.FromSeconds(1), out _);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.Pass("the test host survived finalization");
    }

    [Test]
    public void FactoryFallsBackToTheZ3ProcessWhenTheNativeLibraryDoesNotLoad()
    {
        var probe = Z3ApiSolver.TryCreate(TimeSpan.FromSeconds(5), out var reason);
        var solver = SmtSolvers.Create("z3-api", null, TimeSpan.FromSeconds(5), out var notice);
        if (probe is not null)
        {
            Assert.Multiple(() =>
            {
                Assert.That(solver, Is.InstanceOf<Z3ApiSolver>());
                Assert.That(notice, Is.Null);
            });
            return;
        }
        Assert.Multiple(() =>
        {
            Assert.That(solver.Name, Is.EqualTo("z3"));
            Assert.That(notice, Does.Contain(reason));
            Assert.That(solver.Description, Does.Contain("z3-api unavailable"));
        });
    }

    [Test]
    public void InProcessAnswersWhereTheNativeLibraryLoads()
    {
        var solver = Z3ApiSolver.TryCreate(TimeSpan.FromSeconds(10), out var reason);
        if (solver is null) Assert.Ignore("Microsoft.Z3 does not load on this machine: " + reason);

        var negative = new SmtQuery();
        var x = negative.DeclareReal("x");
        negative.Assert(S.Lt(x * x, 0));

        var linear = new SmtQuery();
        var a = linear.DeclareReal("a");
        var b = linear.DeclareReal("b");
        var formula = S.Eq(a + 2 * b, new Rational(1, 3)) & S.Gt(a, b);
        linear.Assert(formula);

        var unsat = solver.Check(negative);
        var sat = solver.Check(linear);
        Assert.Multiple(() =>
        {
            Assert.That(unsat.Outcome, Is.EqualTo(SolverOutcome.Unsat), unsat.ToString());
            Assert.That(sat.Outcome, Is.EqualTo(SolverOutcome.Sat), sat.ToString());
        });
        Assert.That(ExactEvaluator.Holds(formula, ExactEvaluator.Point(linear, sat.Model!)), Is.True);
    }
}

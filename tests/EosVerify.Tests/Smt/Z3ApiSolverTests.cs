using System.Runtime.InteropServices;
using EosVerify.Algebra;
using EosVerify.Smt;
using S = EosVerify.Smt.Smt;

namespace EosVerify.Tests.Smt;

/// <summary>
/// The z3-api probe and its fallback, against an independent look at the native library: the Microsoft.Z3 4.12
/// wrapper needs a libz3 exporting <c>Z3_enable_concurrent_dec_ref</c> (new in z3 4.12; Debian's 4.8.12 lacks it).
/// Where the library loads, the in-process answers are compared with the z3 process's and the model re-checked exactly;
/// where it does not, the fallback must be the z3 process, saying why, and answer the same queries as z3 itself.
/// </summary>
public class Z3ApiSolverTests
{
    private static readonly SolverBudget Budget = SolverBudget.WithSafetyTimeout(TimeSpan.FromSeconds(20));

    /// <summary>Whether a libz3 the wrapper can use is on this machine, judged from the exports alone.</summary>
    private static bool NativeLibraryUsable()
    {
        string[] names = OperatingSystem.IsWindows() ? ["libz3.dll", "z3.dll"] : OperatingSystem.IsMacOS() ? ["libz3.dylib"] : ["libz3.so", "libz3.so.4"];
        var searchFrom = typeof(Microsoft.Z3.Context).Assembly;
        foreach (var name in names)
        {
            if (!NativeLibrary.TryLoad(name, searchFrom, null, out var handle)) continue;
            try
            {
                return NativeLibrary.TryGetExport(handle, "Z3_enable_concurrent_dec_ref", out _)
                       && NativeLibrary.TryGetExport(handle, "Z3_get_full_version", out _);
            }
            finally
            {
                NativeLibrary.Free(handle);
            }
        }
        return false;
    }

    private static SmtQuery SquareIsNegative()
    {
        var query = new SmtQuery();
        var x = query.DeclareReal("x");
        query.Assert(S.Lt(x * x, 0));
        return query;
    }

    private static SmtQuery Linear(out SmtFormula formula)
    {
        var query = new SmtQuery();
        var a = query.DeclareReal("a");
        var b = query.DeclareReal("b");
        formula = S.Eq(a + 2 * b, new Rational(1, 3)) & S.Gt(a, b);
        query.Assert(formula);
        return query;
    }

    [Test]
    public void TheProbeLoadsExactlyWhenTheNativeLibraryHasTheEntryPointsTheWrapperNeeds()
    {
        bool usable = NativeLibraryUsable();
        var solver = Z3ApiSolver.TryCreate(Budget, out var reason);
        Assert.Multiple(() =>
        {
            Assert.That(solver is not null, Is.EqualTo(usable), $"probe: {reason}");
            if (usable) Assert.That(reason, Is.Empty);
            else Assert.That(reason, Does.StartWith("Microsoft.Z3 native library unusable here (").And.Not.Contain("\n"));
        });
    }

    [Test]
    public void RepeatedFailedProbesSurviveFinalizationAndGiveTheSameReason()
    {
        // A Context whose constructor threw half-way is still finalized later; that must not take the process down.
        var reasons = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            Z3ApiSolver.TryCreate(Budget, out var reason);
            reasons.Add(reason);
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.That(reasons.Distinct().Count(), Is.EqualTo(1), string.Join(" | ", reasons));
        Z3ApiSolver.TryCreate(Budget, out var after);
        Assert.That(after, Is.EqualTo(reasons[0]), "the probe after finalization says the same");
    }

    [Test]
    public void TheFactoryGivesTheInProcessSolverOrTheZ3ProcessAndEitherAnswersAsTheZ3ProcessDoes()
    {
        var z3 = SolverAvailability.Z3();
        bool usable = NativeLibraryUsable();
        var solver = SmtSolvers.Create("z3-api", null, Budget, out var notice);
        var unsat = solver.Check(SquareIsNegative());
        var linearQuery = Linear(out var formula);
        var sat = solver.Check(linearQuery);
        Assert.Multiple(() =>
        {
            if (usable)
            {
                Assert.That(solver, Is.InstanceOf<Z3ApiSolver>());
                Assert.That(notice, Is.Null);
            }
            else
            {
                Assert.That(solver.Name, Is.EqualTo("z3"), "the fallback is the z3 process");
                Assert.That(notice, Does.StartWith("z3-api unavailable, using the z3 process instead: Microsoft.Z3 native library unusable here"));
                Assert.That(solver.Description, Does.Contain(notice!).And.Contain("rlimit=" + Budget.ResourceLimitText));
            }
            Assert.That(unsat.Outcome, Is.EqualTo(z3.Check(SquareIsNegative()).Outcome).And.EqualTo(SolverOutcome.Unsat), unsat.ToString());
            Assert.That(sat.Outcome, Is.EqualTo(SolverOutcome.Sat), sat.ToString());
            Assert.That(sat.Budget, Is.EqualTo(Budget), "the budget is reported with the answer");
        });
        Assert.That(ExactEvaluator.Holds(formula, ExactEvaluator.Point(linearQuery, sat.Model!)), Is.True, "the model satisfies the formula exactly");
    }
}

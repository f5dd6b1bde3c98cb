using System.Diagnostics;
using EosVerify.Algebra;
using EosVerify.Smt;
using S = EosVerify.Smt.Smt;

namespace EosVerify.Tests.Smt;

// Small queries whose answers are known by hand, on the installed z3 and cvc5.
public class RealSolverTests
{
    private static SmtQuery SquareIsNegative(out SmtVariable x)
    {
        var query = new SmtQuery { Description = "x^2 < 0", Expected = ExpectedAnswer.Unsat };
        x = query.DeclareReal("x");
        query.Assert(S.Lt(S.Pow(x, 2), 0));
        return query;
    }

    private static SmtQuery SquareIsTwo()
    {
        var query = new SmtQuery { Description = "x^2 = 2", Expected = ExpectedAnswer.Sat };
        var x = query.DeclareReal("x");
        query.Assert(S.Eq(x * x, 2));
        return query;
    }

    // 2x + 3y = 1, x - y > 1/2, y >= -7/3: sat (e.g. x = 1/2 + 3/10..., any y in [-7/3, 0)).
    private static SmtQuery LinearSystem(out SmtFormula formula)
    {
        var query = new SmtQuery { Description = "a small linear system", Expected = ExpectedAnswer.Sat };
        var x = query.DeclareReal("x");
        var y = query.DeclareReal("y[1]");
        formula = S.And(S.Eq(2 * x + 3 * y, 1), S.Gt(x - y, new Rational(1, 2)), S.Ge(y, new Rational(-7, 3)));
        query.Assert(formula);
        return query;
    }

    [Test]
    public void Z3SquareBelowZeroIsUnsat()
    {
        var result = SolverAvailability.Z3().Check(SquareIsNegative(out _));
        Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Unsat), result.ToString());
    }

    [Test]
    public void Cvc5SquareBelowZeroIsUnsat()
    {
        var result = SolverAvailability.Cvc5().Check(SquareIsNegative(out _));
        Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Unsat), result.ToString());
    }

    [Test]
    public void Z3SquareIsTwoIsSatWithAnAlgebraicModel()
    {
        var result = SolverAvailability.Z3().Check(SquareIsTwo());
        Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Sat), result.ToString());
        var x = result.Model!.Values["x"];
        Assert.Multiple(() =>
        {
            Assert.That(x.IsRational, Is.False, "sqrt 2 is irrational");
            Assert.That(x.IsAlgebraicNumber, Is.True, x.Text);
            Assert.That(result.Model.IsFullyRational, Is.False);
        });
    }

    [Test]
    public void Cvc5SquareIsTwoIsNeverUnsat()
    {
        // Debian's cvc5 lacks libpoly: unknown (no opinion) is expected here; a sat is fine too.
        var result = SolverAvailability.Cvc5(TimeSpan.FromSeconds(1)).Check(SquareIsTwo());
        Assert.That(result.Outcome, Is.AnyOf(SolverOutcome.Sat, SolverOutcome.Unknown, SolverOutcome.Timeout), result.ToString());
        if (result.Outcome != SolverOutcome.Sat) Assert.That(result.Model, Is.Null, "no model after unknown");
    }

    [Test]
    public void Z3AndCvc5LinearModelsAreExactAndSatisfyTheFormula()
    {
        foreach (var solver in new[] { SolverAvailability.Z3(), SolverAvailability.Cvc5() })
        {
            var query = LinearSystem(out var formula);
            var result = solver.Check(query);
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Sat), result.ToString());
            var point = ExactEvaluator.Point(query, result.Model!);
            Assert.That(ExactEvaluator.Holds(formula, point), Is.True, $"{solver.Name} model {string.Join(", ", point.Values)} violates the formula");
        }
    }

    [Test]
    public void Z3NonlinearRationalModelSatisfiesTheFormula()
    {
        var query = new SmtQuery();
        var x = query.DeclareReal("x");
        var y = query.DeclareReal("y");
        var formula = S.Eq(x * y, 1) & S.Gt(x, 0) & S.Lt(y, new Rational(1, 3));
        query.Assert(formula);
        var result = SolverAvailability.Z3().Check(query);
        Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Sat), result.ToString());
        Assert.That(ExactEvaluator.Holds(formula, ExactEvaluator.Point(query, result.Model!)), Is.True);
    }

    [Test]
    public void NonAsciiNamesAndCommentsAreAcceptedByBothSolvers()
    {
        var query = new SmtQuery { Description = "is there \u03B8 with W_L\u22EFW_1 = W* at which D\u03BC D\u03BC\u1D40 is singular?" };
        var theta = query.DeclareReal("\u03B8\u2081");
        query.Comment("\u03B8\u2081 squared is never negative");
        query.Assert(S.Lt(theta * theta, 0));
        foreach (var solver in new[] { SolverAvailability.Z3(), SolverAvailability.Cvc5() })
        {
            var result = solver.Check(query);
            Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Unsat), result.ToString());
        }
    }

    [Test]
    public void RejectedQueryIsAnErrorWithTheSolversMessage()
    {
        var script = SmtScript.ParseFile("(set-logic QF_NRA)\n(assert (> z 0))\n(check-sat)\n");
        var z3 = SolverAvailability.Z3().Check(script);
        var cvc5 = SolverAvailability.Cvc5().Check(script);
        Assert.Multiple(() =>
        {
            Assert.That(z3.Outcome, Is.EqualTo(SolverOutcome.Error), z3.ToString());
            Assert.That(z3.Reason, Does.Contain("z"));
            Assert.That(cvc5.Outcome, Is.EqualTo(SolverOutcome.Error), cvc5.ToString());
        });
    }

    [Test]
    public void HardNonlinearQueryWithA200MsLimitTimesOutAndIsNeverUnsat()
    {
        var (query, _) = PlantedCubicSystem();
        var solver = SolverAvailability.Z3();
        var timeout = TimeSpan.FromMilliseconds(200);
        var stopwatch = Stopwatch.StartNew();
        var result = solver.Check(query, timeout);
        stopwatch.Stop();
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.AnyOf(SolverOutcome.Timeout, SolverOutcome.Unknown), result.ToString());
            Assert.That(stopwatch.Elapsed, Is.LessThan(timeout + solver.Grace + TimeSpan.FromSeconds(2)));
        });
    }

    /// <summary>
    /// Six dense cubic equations in six unknowns whose right-hand sides are chosen so that (1, -1, 2, 1, -2, 3) is a
    /// solution: satisfiable by construction, and far beyond what z3's nlsat settles in 200 ms.
    /// </summary>
    internal static (SmtQuery Query, Dictionary<SmtVariable, Rational> Solution) PlantedCubicSystem()
    {
        int[] planted = [1, -1, 2, 1, -2, 3];
        const int n = 6;
        var query = new SmtQuery { Description = "a planted cubic system (satisfiable)", Expected = ExpectedAnswer.Sat };
        var x = Enumerable.Range(0, n).Select(i => query.DeclareReal($"x{i}")).ToArray();
        var solution = Enumerable.Range(0, n).ToDictionary(i => x[i], i => (Rational)planted[i]);
        for (int k = 0; k < n; k++)
        {
            var terms = new List<SmtTerm>();
            Rational rightHandSide = 0;
            for (int a = 0; a < n; a++)
            for (int b = a; b < n; b++)
            for (int c = b; c < n; c++)
            {
                int coefficient = (a * 7 + b * 13 + c * 31 + k * 17) % 11 - 5;
                if (coefficient == 0) continue;
                terms.Add(S.Product(coefficient, x[a], x[b], x[c]));
                rightHandSide += coefficient * planted[a] * planted[b] * planted[c];
            }
            var equation = S.Eq(S.Sum(terms), rightHandSide);
            Assert.That(ExactEvaluator.Holds(equation, solution), Is.True, "the planted point must solve the system");
            query.Assert(equation);
        }
        return (query, solution);
    }
}

using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Tests.Smt;

// Issue 9, item 1 (what the lead's T3 rework needs): when z3 answers sat to a stability query, its model is read and
// gives an exact point that can be re-checked. The problem is issue 9's: θ = (4, 0) is a stable global minimum far
// outside radius 1, so "a stable minimum with ‖θ‖² ≥ 16" is satisfiable.
public class StabilityModelTests
{
    [Test]
    public void Z3sModelOfAFarStableMinimumIsAnExactPointThatMeetsTheQuery()
    {
        var z3 = SolverAvailability.Z3(TimeSpan.FromSeconds(20));
        var moments = new Moments(4, RationalMatrix.Create(1, 1, (_, _) => 1), RationalMatrix.Create(1, 1, (_, _) => 0), RationalMatrix.Create(1, 1, (_, _) => 1));
        var problem = new Problem(Architecture.Parse("1-1-1"), moments, eta: new Rational(1, 10));
        var wStar = RationalMatrix.Create(1, 1, (_, _) => 0);
        var query = StabilitySmt.StableMinimumQuery(problem, wStar, new Rational(1, 10), 16, "a stable minimum with ‖θ‖² ≥ 16");

        var result = z3.Check(query);
        Assert.That(result.Outcome, Is.EqualTo(SolverOutcome.Sat), result.ToString());
        Assert.That(result.Model, Is.Not.Null, "z3 answered sat without a model");
        Assert.That(result.Model!.TryGetPoint(query.Variables, out var theta), Is.True, "the model is not rational");
        Assert.Multiple(() =>
        {
            Assert.That(theta, Has.Length.EqualTo(2));
            Assert.That(theta[0] * theta[1], Is.EqualTo(Rational.Zero), "W2·W1 = W* = 0");
            Assert.That(theta[0] * theta[0] + theta[1] * theta[1] >= 16, Is.True, "‖θ‖² ≥ 16");
        });
    }
}

using EosVerify.Algebra;
using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

/// <summary>Evaluates SMT expressions at a rational point, independently of the printer and the solvers.</summary>
internal static class ExactEvaluator
{
    public static Rational Value(SmtTerm term, IReadOnlyDictionary<SmtVariable, Rational> point) => term switch
    {
        SmtVariable v => point[v],
        SmtConstant c => c.Value,
        SmtSum s => s.Terms.Aggregate(Rational.Zero, (sum, t) => sum + Value(t, point)),
        SmtDifference d => Value(d.Left, point) - Value(d.Right, point),
        SmtNegation n => -Value(n.Operand, point),
        SmtProduct p => p.Factors.Aggregate(Rational.One, (product, f) => product * Value(f, point)),
        SmtPower p => Value(p.Base, point).Pow(p.Exponent),
        _ => throw new ArgumentException(term.GetType().Name),
    };

    public static bool Holds(SmtFormula formula, IReadOnlyDictionary<SmtVariable, Rational> point) => formula switch
    {
        SmtComparison c => c.Relation switch
        {
            SmtRelation.Equal => Value(c.Left, point) == Value(c.Right, point),
            SmtRelation.LessOrEqual => Value(c.Left, point) <= Value(c.Right, point),
            SmtRelation.Less => Value(c.Left, point) < Value(c.Right, point),
            SmtRelation.GreaterOrEqual => Value(c.Left, point) >= Value(c.Right, point),
            _ => Value(c.Left, point) > Value(c.Right, point),
        },
        SmtAnd a => a.Operands.All(f => Holds(f, point)),
        SmtOr o => o.Operands.Any(f => Holds(f, point)),
        SmtNot n => !Holds(n.Operand, point),
        SmtBoolean b => b.Value,
        _ => throw new ArgumentException(formula.GetType().Name),
    };

    /// <summary>The model's exact point for every variable of the query (fails the test if one is missing or irrational).</summary>
    public static Dictionary<SmtVariable, Rational> Point(SmtQuery query, SmtModel model)
    {
        var point = new Dictionary<SmtVariable, Rational>();
        foreach (var variable in query.Variables)
        {
            Assert.That(model.TryGetRational(variable, out var value), Is.True, $"model gives no rational value for {variable.Name}");
            point[variable] = value;
        }
        return point;
    }
}

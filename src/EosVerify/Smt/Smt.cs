using EosVerify.Algebra;

namespace EosVerify.Smt;

/// <summary>Constructors for SMT expressions: relations, connectives, n-ary sums and products, powers.</summary>
internal static class Smt
{
    public static SmtTerm Constant(Rational value) => new SmtConstant(value);

    public static SmtFormula Eq(SmtTerm left, SmtTerm right) => new SmtComparison(SmtRelation.Equal, left, right);
    public static SmtFormula Le(SmtTerm left, SmtTerm right) => new SmtComparison(SmtRelation.LessOrEqual, left, right);
    public static SmtFormula Lt(SmtTerm left, SmtTerm right) => new SmtComparison(SmtRelation.Less, left, right);
    public static SmtFormula Ge(SmtTerm left, SmtTerm right) => new SmtComparison(SmtRelation.GreaterOrEqual, left, right);
    public static SmtFormula Gt(SmtTerm left, SmtTerm right) => new SmtComparison(SmtRelation.Greater, left, right);

    public static SmtFormula And(params IReadOnlyList<SmtFormula> operands) => new SmtAnd(operands);
    public static SmtFormula Or(params IReadOnlyList<SmtFormula> operands) => new SmtOr(operands);
    public static SmtFormula Not(SmtFormula operand) => new SmtNot(operand);

    /// <summary>The sum of the terms: 0 for none, the term itself for one.</summary>
    public static SmtTerm Sum(params IReadOnlyList<SmtTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return terms.Count switch { 0 => new SmtConstant(Rational.Zero), 1 => CheckOperands(terms, 1, nameof(terms))[0], _ => new SmtSum(terms) };
    }

    /// <summary>The product of the factors: 1 for none, the factor itself for one.</summary>
    public static SmtTerm Product(params IReadOnlyList<SmtTerm> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        return factors.Count switch { 0 => new SmtConstant(Rational.One), 1 => CheckOperands(factors, 1, nameof(factors))[0], _ => new SmtProduct(factors) };
    }

    public static SmtTerm Pow(SmtTerm @base, int exponent) => new SmtPower(@base, exponent);

    internal static IReadOnlyList<T> CheckOperands<T>(IReadOnlyList<T> operands, int minimum, string parameter) where T : class
    {
        ArgumentNullException.ThrowIfNull(operands, parameter);
        if (operands.Count < minimum)
            throw new ArgumentException($"Expected at least {minimum} operands, got {operands.Count}.", parameter);
        var copy = new T[operands.Count];
        for (int i = 0; i < copy.Length; i++)
            copy[i] = operands[i] ?? throw new ArgumentException($"Operand {i} is null.", parameter);
        return copy;
    }
}

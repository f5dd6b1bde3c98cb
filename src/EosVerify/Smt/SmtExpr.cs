using EosVerify.Algebra;

namespace EosVerify.Smt;

/// <summary>
/// A node of an SMT-LIB2 QF_NRA expression: a real-valued <see cref="SmtTerm"/> or a Boolean <see cref="SmtFormula"/>.
/// Trees are immutable. Build them with the operators and with <see cref="Smt"/>; print them with <see cref="SmtPrinter"/>.
/// </summary>
internal abstract class SmtExpr
{
    private protected SmtExpr() { }

    /// <summary>The SMT-LIB2 text of this expression (one line).</summary>
    public override string ToString() => SmtPrinter.Print(this);
}

/// <summary>A real-valued term.</summary>
internal abstract class SmtTerm : SmtExpr
{
    private protected SmtTerm() { }

    public static implicit operator SmtTerm(Rational value) => new SmtConstant(value);
    public static implicit operator SmtTerm(int value) => new SmtConstant(value);

    public static SmtTerm operator +(SmtTerm left, SmtTerm right) => new SmtSum([left, right]);
    public static SmtTerm operator -(SmtTerm left, SmtTerm right) => new SmtDifference(left, right);
    public static SmtTerm operator -(SmtTerm operand) => new SmtNegation(operand);
    public static SmtTerm operator *(SmtTerm left, SmtTerm right) => new SmtProduct([left, right]);
}

/// <summary>A Boolean formula.</summary>
internal abstract class SmtFormula : SmtExpr
{
    private protected SmtFormula() { }

    public static SmtFormula operator &(SmtFormula left, SmtFormula right) => new SmtAnd([left, right]);
    public static SmtFormula operator |(SmtFormula left, SmtFormula right) => new SmtOr([left, right]);
    public static SmtFormula operator !(SmtFormula operand) => new SmtNot(operand);
}

/// <summary>An exact rational constant, printed as <c>n</c>, <c>(- n)</c> or <c>(/ p q)</c>.</summary>
internal sealed class SmtConstant(Rational value) : SmtTerm
{
    public Rational Value { get; } = value;
}

/// <summary>A sum of two or more terms.</summary>
internal sealed class SmtSum : SmtTerm
{
    public IReadOnlyList<SmtTerm> Terms { get; }

    public SmtSum(IReadOnlyList<SmtTerm> terms)
    {
        Terms = Smt.CheckOperands(terms, 2, nameof(terms));
    }
}

/// <summary>Left minus right.</summary>
internal sealed class SmtDifference(SmtTerm left, SmtTerm right) : SmtTerm
{
    public SmtTerm Left { get; } = left ?? throw new ArgumentNullException(nameof(left));
    public SmtTerm Right { get; } = right ?? throw new ArgumentNullException(nameof(right));
}

/// <summary>Minus the operand.</summary>
internal sealed class SmtNegation(SmtTerm operand) : SmtTerm
{
    public SmtTerm Operand { get; } = operand ?? throw new ArgumentNullException(nameof(operand));
}

/// <summary>A product of two or more factors.</summary>
internal sealed class SmtProduct : SmtTerm
{
    public IReadOnlyList<SmtTerm> Factors { get; }

    public SmtProduct(IReadOnlyList<SmtTerm> factors)
    {
        Factors = Smt.CheckOperands(factors, 2, nameof(factors));
    }
}

/// <summary>
/// Base^Exponent for a natural exponent, printed without <c>^</c> (which QF_NRA lacks) as a repeated product:
/// b^0 = 1, b^1 = b, b^3 = (* b b b).
/// </summary>
internal sealed class SmtPower : SmtTerm
{
    public SmtTerm Base { get; }
    public int Exponent { get; }

    public SmtPower(SmtTerm @base, int exponent)
    {
        ArgumentNullException.ThrowIfNull(@base);
        if (exponent < 0) throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "The exponent of an SMT power must be a natural number.");
        Base = @base;
        Exponent = exponent;
    }
}

/// <summary>The relation of a <see cref="SmtComparison"/>.</summary>
internal enum SmtRelation { Equal, LessOrEqual, Less, GreaterOrEqual, Greater }

/// <summary>Left relation Right.</summary>
internal sealed class SmtComparison(SmtRelation relation, SmtTerm left, SmtTerm right) : SmtFormula
{
    public SmtRelation Relation { get; } = Enum.IsDefined(relation) ? relation : throw new ArgumentOutOfRangeException(nameof(relation));
    public SmtTerm Left { get; } = left ?? throw new ArgumentNullException(nameof(left));
    public SmtTerm Right { get; } = right ?? throw new ArgumentNullException(nameof(right));
}

/// <summary>The conjunction of one or more formulas (of none: true).</summary>
internal sealed class SmtAnd : SmtFormula
{
    public IReadOnlyList<SmtFormula> Operands { get; }

    public SmtAnd(IReadOnlyList<SmtFormula> operands)
    {
        Operands = Smt.CheckOperands(operands, 0, nameof(operands));
    }
}

/// <summary>The disjunction of one or more formulas (of none: false).</summary>
internal sealed class SmtOr : SmtFormula
{
    public IReadOnlyList<SmtFormula> Operands { get; }

    public SmtOr(IReadOnlyList<SmtFormula> operands)
    {
        Operands = Smt.CheckOperands(operands, 0, nameof(operands));
    }
}

/// <summary>The negation of a formula.</summary>
internal sealed class SmtNot(SmtFormula operand) : SmtFormula
{
    public SmtFormula Operand { get; } = operand ?? throw new ArgumentNullException(nameof(operand));
}

/// <summary>The constant <c>true</c> or <c>false</c>.</summary>
internal sealed class SmtBoolean : SmtFormula
{
    public static readonly SmtBoolean True = new(true);
    public static readonly SmtBoolean False = new(false);

    public bool Value { get; }

    private SmtBoolean(bool value) { Value = value; }
}

namespace EosVerify.Algebra;

/// <summary>The exact fields generic code (the matrix calculus) runs over: Q, and Z/pZ (<see cref="PrimeField"/>).</summary>
internal interface IFieldOperations<T>
{
    T Zero { get; }
    T One { get; }
    T Add(T a, T b);
    T Subtract(T a, T b);
    T Multiply(T a, T b);
    T FromRational(Rational value);
}

internal readonly struct RationalField : IFieldOperations<Rational>
{
    public Rational Zero => Rational.Zero;
    public Rational One => Rational.One;
    public Rational Add(Rational a, Rational b) => a + b;
    public Rational Subtract(Rational a, Rational b) => a - b;
    public Rational Multiply(Rational a, Rational b) => a * b;
    public Rational FromRational(Rational value) => value;
}

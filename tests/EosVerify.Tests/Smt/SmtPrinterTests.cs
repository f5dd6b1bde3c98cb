using System.Numerics;
using EosVerify.Algebra;
using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

// Expected strings are written by hand from the SMT-LIB2 standard, not produced by the printer.
public class SmtPrinterTests
{
    private static (SmtQuery Query, SmtVariable X, SmtVariable Y) TwoVariables()
    {
        var query = new SmtQuery();
        return (query, query.DeclareReal("x"), query.DeclareReal("y"));
    }

    [TestCase("0", "0")]
    [TestCase("7", "7")]
    [TestCase("-7", "(- 7)")]
    [TestCase("1/3", "(/ 1 3)")]
    [TestCase("-2/3", "(/ (- 2) 3)")]
    [TestCase("0.125", "(/ 1 8)")]
    [TestCase("-1e-3", "(/ (- 1) 1000)")]
    [TestCase("1000000000000000000000000000001", "1000000000000000000000000000001")]
    public void ConstantsAreExact(string value, string expected)
    {
        Assert.That(SmtPrinter.Print(new SmtConstant(Rational.Parse(value))), Is.EqualTo(expected));
    }

    [Test]
    public void HugeFractionKeepsEveryDigit()
    {
        var value = new Rational(BigInteger.Pow(10, 40) + 1, BigInteger.Pow(3, 50));
        Assert.That(SmtPrinter.Print(value),
            Is.EqualTo("(/ 10000000000000000000000000000000000000001 717897987691852588770249)"));
    }

    [Test]
    public void ArithmeticNodes()
    {
        var (_, x, y) = TwoVariables();
        Assert.Multiple(() =>
        {
            Assert.That((x + y).ToString(), Is.EqualTo("(+ x y)"));
            Assert.That((x - y).ToString(), Is.EqualTo("(- x y)"));
            Assert.That((-x).ToString(), Is.EqualTo("(- x)"));
            Assert.That((x * y).ToString(), Is.EqualTo("(* x y)"));
            Assert.That((x * Rational.Parse("1/2")).ToString(), Is.EqualTo("(* x (/ 1 2))"));
            Assert.That(EosVerify.Smt.Smt.Sum(x, y, 3).ToString(), Is.EqualTo("(+ x y 3)"));
            Assert.That(EosVerify.Smt.Smt.Sum().ToString(), Is.EqualTo("0"));
            Assert.That(EosVerify.Smt.Smt.Sum(x).ToString(), Is.EqualTo("x"));
            Assert.That(EosVerify.Smt.Smt.Product().ToString(), Is.EqualTo("1"));
            Assert.That(EosVerify.Smt.Smt.Product(x, y, x).ToString(), Is.EqualTo("(* x y x)"));
        });
    }

    [Test]
    public void PowersAreRepeatedProducts()
    {
        var (_, x, y) = TwoVariables();
        Assert.Multiple(() =>
        {
            Assert.That(EosVerify.Smt.Smt.Pow(x, 0).ToString(), Is.EqualTo("1"));
            Assert.That(EosVerify.Smt.Smt.Pow(x, 1).ToString(), Is.EqualTo("x"));
            Assert.That(EosVerify.Smt.Smt.Pow(x, 3).ToString(), Is.EqualTo("(* x x x)"));
            Assert.That(EosVerify.Smt.Smt.Pow(x + y, 2).ToString(), Is.EqualTo("(* (+ x y) (+ x y))"));
            Assert.That(() => EosVerify.Smt.Smt.Pow(x, -1), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void RelationsAndConnectives()
    {
        var (_, x, y) = TwoVariables();
        Assert.Multiple(() =>
        {
            Assert.That(EosVerify.Smt.Smt.Eq(x, y).ToString(), Is.EqualTo("(= x y)"));
            Assert.That(EosVerify.Smt.Smt.Le(x, y).ToString(), Is.EqualTo("(<= x y)"));
            Assert.That(EosVerify.Smt.Smt.Lt(x, y).ToString(), Is.EqualTo("(< x y)"));
            Assert.That(EosVerify.Smt.Smt.Ge(x, y).ToString(), Is.EqualTo("(>= x y)"));
            Assert.That(EosVerify.Smt.Smt.Gt(x, y).ToString(), Is.EqualTo("(> x y)"));
            Assert.That((EosVerify.Smt.Smt.Lt(x, 0) | EosVerify.Smt.Smt.Gt(y, 1)).ToString(), Is.EqualTo("(or (< x 0) (> y 1))"));
            Assert.That((!EosVerify.Smt.Smt.Eq(x, y)).ToString(), Is.EqualTo("(not (= x y))"));
            Assert.That(EosVerify.Smt.Smt.And().ToString(), Is.EqualTo("true"));
            Assert.That(EosVerify.Smt.Smt.Or().ToString(), Is.EqualTo("false"));
            Assert.That(EosVerify.Smt.Smt.And(EosVerify.Smt.Smt.Gt(x, 0)).ToString(), Is.EqualTo("(> x 0)"));
            Assert.That(EosVerify.Smt.Smt.And(SmtBoolean.True, SmtBoolean.False).ToString(), Is.EqualTo("(and true false)"));
        });
    }

    [Test]
    public void NullOperandsAreRejected()
    {
        var (_, x, _) = TwoVariables();
        Assert.Multiple(() =>
        {
            Assert.That(() => new SmtSum([x, null!]), Throws.ArgumentException);
            Assert.That(() => new SmtSum([x]), Throws.ArgumentException);
            Assert.That(() => new SmtDifference(x, null!), Throws.ArgumentNullException);
            Assert.That(() => EosVerify.Smt.Smt.And(null!), Throws.ArgumentNullException);
        });
    }
}

using EosVerify.Algebra;
using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

public class ModelReaderTests
{
    private static SmtModel Read(string text) => ModelReader.Read(SExprReader.ReadAll(text).Single());

    [Test]
    public void Z3StyleRationalValues()
    {
        // Formats copied from z3 4.8.12 output.
        var model = Read("(\n  (define-fun x () Real\n    (- (/ 1.0 9.0)))\n  (define-fun y () Real 2.5)\n  (define-fun z () Real (- 3.0)))");
        Assert.Multiple(() =>
        {
            Assert.That(model.Values["x"].Exact, Is.EqualTo(new Rational(-1, 9)));
            Assert.That(model.Values["y"].Exact, Is.EqualTo(new Rational(5, 2)));
            Assert.That(model.Values["z"].Exact, Is.EqualTo(new Rational(-3)));
            Assert.That(model.IsFullyRational, Is.True);
        });
    }

    [Test]
    public void Cvc5StyleRationalValues()
    {
        // Formats copied from cvc5 1.0.3 output.
        var model = Read("(\n(define-fun x () Real (/ (- 1) 9))\n(define-fun y () Real 0.0)\n)");
        Assert.Multiple(() =>
        {
            Assert.That(model.Values["x"].Exact, Is.EqualTo(new Rational(-1, 9)));
            Assert.That(model.Values["y"].Exact, Is.EqualTo(Rational.Zero));
        });
    }

    [Test]
    public void AlgebraicNumbersAreKeptAsTextAndFlagged()
    {
        var model = Read("(\n  (define-fun x () Real\n    (root-obj (+ (^ x 2) (- 2)) 1))\n  (define-fun y () Real 1.0)\n)");
        var x = model.Values["x"];
        Assert.Multiple(() =>
        {
            Assert.That(x.IsRational, Is.False);
            Assert.That(x.IsAlgebraicNumber, Is.True);
            Assert.That(x.Text, Is.EqualTo("(root-obj (+ (^ x 2) (- 2)) 1)"));
            Assert.That(model.Values["y"].Exact, Is.EqualTo(Rational.One));
            Assert.That(model.IsFullyRational, Is.False);
        });
    }

    [Test]
    public void OlderZ3ModelWrapperQuotedNamesFunctionsAndBooleans()
    {
        var model = Read("(model (define-fun |a b| () Real 3) (define-fun f ((x Real)) Real x) (define-fun p () Bool true) (define-fun d () Real (/ 1.0 0.0)))");
        Assert.Multiple(() =>
        {
            Assert.That(model.Values.Keys, Is.EqualTo(new[] { "a b", "d", "p" }));
            Assert.That(model.Values["a b"].Exact, Is.EqualTo(new Rational(3)));
            Assert.That(model.Values["p"].IsRational, Is.False);
            Assert.That(model.Values["d"].IsRational, Is.False, "division by zero is uninterpreted, not a number");
        });
    }

    [TestCase("1e3")]
    [TestCase("-1")]
    [TestCase(".5")]
    [TestCase("5.")]
    [TestCase("(sqrt 2)")]
    public void NonNumeralsAreNotEvaluated(string text)
    {
        Assert.That(ModelReader.TryEvaluate(SExprReader.ReadAll(text).Single()), Is.Null);
    }

    [Test]
    public void ValueOfLooksUpBySmtName()
    {
        var query = new SmtQuery();
        var w = query.DeclareReal("W[1]");
        var model = Read("((define-fun W_1_ () Real (/ 3 4)))");
        Assert.Multiple(() =>
        {
            Assert.That(model.TryGetRational(w, out var value), Is.True);
            Assert.That(value, Is.EqualTo(new Rational(3, 4)));
        });
    }

    [Test]
    public void NotAModelIsAFormatException()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Read("sat"), Throws.InstanceOf<FormatException>());
            Assert.That(() => Read("((declare-fun x () Real))"), Throws.InstanceOf<FormatException>());
        });
    }
}

using EosVerify.Smt;
using S = EosVerify.Smt.Smt;

namespace EosVerify.Tests.Smt;

public class SmtQueryTests
{
    private static SmtQuery ProductIsOne()
    {
        var query = new SmtQuery { Description = "x*y = 1 and x > 0", Expected = ExpectedAnswer.Sat };
        var x = query.DeclareReal("x");
        var y = query.DeclareReal("y");
        query.Assert(S.Eq(x * y, 1) & S.Gt(x, 0));
        return query;
    }

    [Test]
    public void GoldenTextOfASmallQuery()
    {
        const string expected =
            "; EosVerify SMT-LIB2 query\n" +
            "; asserts: x*y = 1 and x > 0\n" +
            "; expected: sat\n" +
            "; re-run: z3 -smt2 FILE\n" +
            "; re-run: cvc5 FILE\n" +
            "(set-info :smt-lib-version 2.6)\n" +
            "(set-logic QF_NRA)\n" +
            "(declare-fun x () Real)\n" +
            "(declare-fun y () Real)\n" +
            "(assert (and (= (* x y) 1) (> x 0)))\n" +
            "(check-sat)\n";
        Assert.That(ProductIsOne().ToSmtLib(), Is.EqualTo(expected));
    }

    [Test]
    public void CommentsAndRenamedVariablesAreWritten()
    {
        var query = new SmtQuery { Description = "two lines\nof description" };
        var w = query.DeclareReal("W1[1,2]");
        query.Comment("the bound");
        query.Assert(S.Le(S.Pow(w, 2), new EosVerify.Algebra.Rational(1, 4)), comment: "squared");
        const string expected =
            "; EosVerify SMT-LIB2 query\n" +
            "; asserts: two lines\n" +
            "; of description\n" +
            "; expected: none (exploratory query)\n" +
            "; re-run: z3 -smt2 q.smt2\n" +
            "; re-run: cvc5 q.smt2\n" +
            "; variable W1_1_2_ is W1[1,2]\n" +
            "(set-info :smt-lib-version 2.6)\n" +
            "(set-logic QF_NRA)\n" +
            "(declare-fun W1_1_2_ () Real)\n" +
            "; the bound\n" +
            "; squared\n" +
            "(assert (<= (* W1_1_2_ W1_1_2_) (/ 1 4)))\n" +
            "(check-sat)\n";
        Assert.That(query.ToSmtLib("q.smt2"), Is.EqualTo(expected));
    }

    [TestCase("x", "x")]
    [TestCase("w1_12", "w1_12")]
    [TestCase("a.b", "a.b")]
    [TestCase("\u03B8", "__")] // θ becomes _, which is reserved in SMT-LIB2, so it gets a suffix
    [TestCase("\u03B8x", "_x")]
    [TestCase("W[1,2]", "W_1_2_")]
    [TestCase("1x", "v_1x")]
    [TestCase(".x", "v_.x")]
    [TestCase("", "v_")]
    [TestCase("and", "and_")]
    [TestCase("Real", "Real_")]
    [TestCase("a b|c", "a_b_c")]
    public void NamesAreSanitised(string name, string expected)
    {
        var query = new SmtQuery();
        var variable = query.DeclareReal(name);
        Assert.Multiple(() =>
        {
            Assert.That(variable.SmtName, Is.EqualTo(expected));
            Assert.That(variable.Name, Is.EqualTo(name));
        });
    }

    [Test]
    public void ClashingNamesGetNumberedSuffixesInDeclarationOrder()
    {
        var query = new SmtQuery();
        var names = new[] { "a b", "a_b", "a-b", "a_b_2" }.Select(n => query.DeclareReal(n).SmtName).ToArray();
        Assert.That(names, Is.EqualTo(new[] { "a_b", "a_b_2", "a_b_3", "a_b_2_2" }));
        Assert.That(query.FindBySmtName("a_b_3")!.Name, Is.EqualTo("a-b"));
    }

    [Test]
    public void OutputIsDeterministic()
    {
        var first = ProductIsOne().ToSmtLib();
        var second = ProductIsOne().ToSmtLib();
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void VariablesOfAnotherQueryAreRejected()
    {
        var first = new SmtQuery();
        var second = new SmtQuery();
        var x = first.DeclareReal("x");
        second.DeclareReal("x");
        Assert.That(() => second.Assert(S.Gt(x, 0)), Throws.ArgumentException.With.Message.Contains("another query"));
    }

    [Test]
    public void SavingRequiresExpectedAnswerAndDescription()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "smt-save-" + Guid.NewGuid().ToString("N") + ".smt2");
        var noExpectation = new SmtQuery { Description = "something" };
        var noDescription = new SmtQuery { Expected = ExpectedAnswer.Unsat };
        Assert.Multiple(() =>
        {
            Assert.That(() => noExpectation.Save(path), Throws.InvalidOperationException);
            Assert.That(() => noDescription.Save(path), Throws.InvalidOperationException);
            Assert.That(File.Exists(path), Is.False);
        });
    }

    [Test]
    public void SavedFileNamesItselfInTheRerunLinesAndReadsBack()
    {
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "smt-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(directory, "product.smt2");
        ProductIsOne().Save(path);
        var text = File.ReadAllText(path);
        var certificate = SmtCertificate.Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("; re-run: z3 -smt2 product.smt2\n"));
            Assert.That(text, Does.Contain("; re-run: cvc5 product.smt2\n"));
            Assert.That(text, Does.Not.Contain("\r"));
            Assert.That(File.ReadAllBytes(path)[0], Is.EqualTo((byte)';'), "no byte-order mark");
            Assert.That(certificate.Expected, Is.EqualTo(ExpectedAnswer.Sat));
            Assert.That(certificate.Asserts, Is.EqualTo("x*y = 1 and x > 0"));
            Assert.That(certificate.Script.Commands, Does.EndWith("(assert (and (= (* x y) 1) (> x 0)))\n"));
            Assert.That(certificate.Script.Commands, Does.Not.Contain("check-sat"));
        });
    }

    [Test]
    public void InvalidLogicNameIsRejected()
    {
        Assert.That(() => new SmtQuery("QF NRA)"), Throws.ArgumentException);
    }
}

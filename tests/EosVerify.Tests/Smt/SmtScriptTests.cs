using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

public class SmtScriptTests
{
    [Test]
    public void KeepsCommandsBeforeTheCheckSatAndDropsTrailingQueries()
    {
        var script = SmtScript.ParseFile("; c\n(set-logic QF_NRA)\n(declare-fun x () Real)\n(assert (> x 0))\n(check-sat)\n(get-model)\n(exit)\n");
        Assert.That(script.Commands, Is.EqualTo("; c\n(set-logic QF_NRA)\n(declare-fun x () Real)\n(assert (> x 0))\n"));
    }

    [TestCase("(assert true)", "no (check-sat)")]
    [TestCase("(check-sat)(check-sat)", "more than one")]
    [TestCase("(push 1)(check-sat)", "push")]
    [TestCase("(check-sat)(assert true)", "after (check-sat)")]
    [TestCase("(get-model)(check-sat)", "before (check-sat)")]
    [TestCase("(echo \"unsat\")(check-sat)", "before (check-sat)")]
    [TestCase("(set-option :print-success true)(check-sat)", "print-success")]
    [TestCase("(check-sat-assuming (a))", "use (check-sat)")]
    [TestCase("x (check-sat)", "not an SMT-LIB2 command")]
    [TestCase("(assert (> x 0)", "Unclosed")]
    public void RejectsFilesThatAreNotOneQuery(string text, string message)
    {
        Assert.That(() => SmtScript.ParseFile(text), Throws.InstanceOf<FormatException>().With.Message.Contains(message));
    }
}

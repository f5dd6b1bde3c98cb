using EosVerify.Smt;

namespace EosVerify.Tests.Smt;

public class SExprReaderTests
{
    [Test]
    public void ReadsAtomsListsStringsQuotedSymbolsAndSkipsComments()
    {
        var items = SExprReader.ReadAll("unsat ; a comment (with parens\n(:reason-unknown \"a \"\"b\"\" c\") |x y| (a (b c))");
        Assert.That(items, Has.Count.EqualTo(4));
        Assert.Multiple(() =>
        {
            Assert.That(((SAtom)items[0]).Raw, Is.EqualTo("unsat"));
            var info = (SList)items[1];
            Assert.That(info.HasHead(":reason-unknown"), Is.True);
            Assert.That(((SAtom)info[1]).Value, Is.EqualTo("a \"b\" c"));
            Assert.That(((SAtom)info[1]).IsString, Is.True);
            Assert.That(((SAtom)items[2]).Value, Is.EqualTo("x y"));
            Assert.That(items[3].ToString(), Is.EqualTo("(a (b c))"));
        });
    }

    [Test]
    public void SpansLocateTopLevelExpressions()
    {
        const string text = "  (a b)\n(c)";
        var items = SExprReader.ReadAll(text);
        Assert.Multiple(() =>
        {
            Assert.That(text[items[0].Start..items[0].End], Is.EqualTo("(a b)"));
            Assert.That(text[items[1].Start..items[1].End], Is.EqualTo("(c)"));
        });
    }

    [TestCase("(a", "Unclosed")]
    [TestCase("a)", "Unexpected ')'")]
    [TestCase("\"abc", "Unterminated string")]
    [TestCase("|abc", "Unterminated |quoted")]
    public void MalformedTextIsAFormatException(string text, string message)
    {
        Assert.That(() => SExprReader.ReadAll(text), Throws.TypeOf<SExprFormatException>().With.Message.Contains(message));
    }

    [Test]
    public void EmptyAndCommentOnlyTextHasNoExpressions()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SExprReader.ReadAll(""), Is.Empty);
            Assert.That(SExprReader.ReadAll("; only a comment\n  \n"), Is.Empty);
        });
    }
}

using EosVerify.Cli;

namespace EosVerify.Tests.Cli;

public class TerminalTests
{
    private static readonly string[] Headers = ["claim", "verdict"];
    private static readonly string[][] Rows = [["T1", "holds-certified"], ["T4|x", "inconclusive"]];

    private static (Terminal Terminal, StringWriter Out, StringWriter Error) Make(bool interactive, bool quiet, OutputFormat format)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        return (Terminal.Create(o, e, interactive, quiet, format), o, e);
    }

    [Test]
    public void ModeFollowsRedirectionQuietAndFormat()
    {
        Assert.That(Make(true, false, OutputFormat.Table).Terminal.Mode, Is.EqualTo(TerminalMode.Rich));
        Assert.That(Make(false, false, OutputFormat.Table).Terminal.Mode, Is.EqualTo(TerminalMode.Plain));
        Assert.That(Make(true, false, OutputFormat.Json).Terminal.Mode, Is.EqualTo(TerminalMode.Plain));
        Assert.That(Make(true, true, OutputFormat.Table).Terminal.Mode, Is.EqualTo(TerminalMode.Quiet));
    }

    [Test]
    public void PlainTablesAreAlignedText()
    {
        var (t, o, _) = Make(false, false, OutputFormat.Table);
        t.Table("Checks", Headers, Rows);
        Assert.That(o.ToString().ReplaceLineEndings("\n"), Is.EqualTo(
            "Checks\n" +
            "claim  verdict\n" +
            "-----  ---------------\n" +
            "T1     holds-certified\n" +
            "T4|x   inconclusive\n"));
    }

    [Test]
    public void MarkdownTablesEscapePipes()
    {
        var (t, o, _) = Make(false, false, OutputFormat.Markdown);
        t.Table(null, Headers, Rows);
        Assert.That(o.ToString(), Is.EqualTo(
            "| claim | verdict |\n|---|---|\n| T1 | holds-certified |\n| T4\\|x | inconclusive |\n"));
    }

    [Test]
    public void RichTablesShowTheCells()
    {
        var (t, o, _) = Make(true, false, OutputFormat.Table);
        t.Table("Checks", Headers, Rows);
        Assert.That(o.ToString(), Does.Contain("holds-certified").And.Contain("T4|x"));
    }

    [Test]
    public void JsonKeepsStdoutForTheResult()
    {
        var (t, o, e) = Make(false, false, OutputFormat.Json);
        t.Info("working");
        t.Table(null, Headers, Rows);
        t.Result("{}");
        Assert.That(o.ToString().Trim(), Is.EqualTo("{}"));
        Assert.That(e.ToString().Trim(), Is.EqualTo("working"));
    }

    [Test]
    public void QuietPrintsOnlyTheResultAndWarnings()
    {
        var (t, o, e) = Make(false, true, OutputFormat.Table);
        t.Info("working");
        t.Table(null, Headers, Rows);
        t.Result("all hold");
        t.Warning("cvc5 not found");
        Assert.That(o.ToString().Trim(), Is.EqualTo("all hold"));
        Assert.That(e.ToString().Trim(), Is.EqualTo("eosverify: warning: cvc5 not found"));
    }

    [Test]
    public void ProgressRunsTheWorkInEveryMode()
    {
        foreach (var interactive in new[] { true, false })
        {
            var (t, _, _) = Make(interactive, false, OutputFormat.Table);
            int result = t.WithProgress("runs", progress => { progress.Report(0.5); progress.Report(1); return 42; });
            Assert.That(result, Is.EqualTo(42));
        }
    }

    [Test]
    public void RowsMustMatchTheHeaders()
    {
        var (t, _, _) = Make(false, false, OutputFormat.Table);
        Assert.Throws<ArgumentException>(() => t.Table(null, Headers, [["only one"]]));
    }
}

using EosVerify.Cli;

namespace EosVerify.Tests.Cli;

// Issue 9, item 3: a long stage shows progress also when the output is redirected: a line on stderr every interval.
public class ProgressLineTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    [Test]
    public void ARedirectedRunPrintsAProgressLineEveryInterval()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var terminal = Terminal.Create(output, error, interactive: false, quiet: false, OutputFormat.Table, Interval);
        int result = terminal.WithProgress("T3 on 7-7-7", progress =>
        {
            progress.Report(0.25);
            Thread.Sleep(650);
            return 42;
        });
        Thread.Sleep(250); // no line may follow the end of the work
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(42));
            Assert.That(lines, Has.Length.InRange(3, 7), error.ToString());
            Assert.That(lines, Has.All.StartWith("eosverify: T3 on 7-7-7: 25% done after"));
            Assert.That(output.ToString(), Is.Empty, "progress went to stdout");
        });
    }

    [Test]
    public void QuietRunsPrintNoProgress()
    {
        var error = new StringWriter();
        var terminal = Terminal.Create(new StringWriter(), error, interactive: false, quiet: true, OutputFormat.Table, Interval);
        terminal.WithProgress("slow", _ => { Thread.Sleep(350); return 0; });
        Assert.That(error.ToString(), Is.Empty);
    }
}

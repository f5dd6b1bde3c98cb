using System.Text.Json.Nodes;
using EosVerify.Tests.Cli;

namespace EosVerify.Tests.Theorems.Sizes;

/// <summary>
/// `check --budget` drives the cost model: a tiny budget turns a decided claim into inconclusive with a size limit
/// naming --budget, the default decides it again, and the decision depends on sizes only, not on machine load.
/// </summary>
[NonParallelizable]
public class CheckBudgetTests
{
    // 7-7-7 at η = 1/10: T4 is certified by an exact stable minimum (a 49-dimensional product-space test, ~5·10⁶
    // nominal operations); a 0.01 s budget (10⁶ operations) cannot hold that test, 60 s can.
    private static readonly string[] Problem = ["check", "--arch", "7-7-7", "--eta", "0.1", "--solver", "none", "--quiet"];
    private string _root = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempFolder("eosverify-budget-");
        _root = _temp.Path;
    }

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void ATinyBudgetMakesTheClaimInconclusiveAndTheDefaultDecidesIt()
    {
        var tiny = T4(Run("tiny", "--budget", "0.01"));
        var ample = T4(Run("ample", "--budget", "60"));
        Assert.Multiple(() =>
        {
            Assert.That((string)tiny["verdict"]!, Is.EqualTo("inconclusive"));
            Assert.That((string)tiny["evidence"]!["sizeLimit"]!, Does.StartWith("size limit: ").And.EndWith("raise with --budget"));
            Assert.That((string)tiny["evidence"]!["reason"]!, Does.Contain("--budget"));
            Assert.That((string)ample["verdict"]!, Is.EqualTo("holds-certified"));
            Assert.That(ample["evidence"]!["sizeLimit"], Is.Null);
        });
    }

    [Test]
    public void TheReportIsByteIdenticalWithTheMachineIdleOrBusy()
    {
        string idle = File.ReadAllText(Path.Combine(Run("idle", "--budget", "60"), "report.json"));
        string busy;
        using (var hog = new CpuHog(Environment.ProcessorCount * 2))
            busy = File.ReadAllText(Path.Combine(Run("busy", "--budget", "60"), "report.json"));
        string tinyIdle = File.ReadAllText(Path.Combine(Run("tiny-idle", "--budget", "0.01"), "report.json"));
        string tinyBusy;
        using (var hog = new CpuHog(Environment.ProcessorCount * 2))
            tinyBusy = File.ReadAllText(Path.Combine(Run("tiny-busy", "--budget", "0.01"), "report.json"));
        Assert.Multiple(() =>
        {
            Assert.That(busy, Is.EqualTo(idle));
            Assert.That(tinyBusy, Is.EqualTo(tinyIdle));
            Assert.That(tinyIdle, Is.Not.EqualTo(idle), "the budget changed nothing");
        });
    }

    private string Run(string name, params string[] budget)
    {
        string output = Path.Combine(_root, name);
        var outcome = CliRunner.Run([.. Problem, .. budget, "--out", output]);
        Assert.That(outcome.ExitCode, Is.AnyOf(0, 3), outcome.Error);
        return output;
    }

    private static JsonNode T4(string output) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!["reports"]![0]!["checks"]!.AsArray().Single(c => (string)c!["id"]! == "T4")!;

    /// <summary>Busy threads spinning until disposed: load on the machine while a check runs.</summary>
    private sealed class CpuHog : IDisposable
    {
        private volatile bool _stop;
        private readonly Thread[] _threads;

        public CpuHog(int threads)
        {
            _threads = Enumerable.Range(0, threads).Select(_ => new Thread(() => { double x = 1; while (!_stop) x = Math.Sqrt(x + 1); }) { IsBackground = true }).ToArray();
            foreach (var t in _threads) t.Start();
        }

        public void Dispose()
        {
            _stop = true;
            foreach (var t in _threads) t.Join();
        }
    }
}

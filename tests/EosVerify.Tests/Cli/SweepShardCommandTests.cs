namespace EosVerify.Tests.Cli;

/// <summary>`sweep --shard K/N` and `sweep merge`: the merged report is the unsharded one, byte for byte.</summary>
public class SweepShardCommandTests
{
    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-shards-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    private static readonly string[] Sweep = ["sweep", "--arch", "2-2-1", "--samples", "8", "--runs", "5", "--steps", "300", "--ratios", "0.8,1.2,2"];

    private string[] Shards(int count)
    {
        string dir = Path.Combine(_folder, $"shards{count}");
        for (int k = 0; k < count; k++)
        {
            var outcome = CliRunner.Run([.. Sweep, "--shard", $"{k}/{count}", "--out", dir]);
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        }
        return Directory.GetFiles(dir, "shard-*.json").Order(StringComparer.Ordinal).ToArray();
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(7)]
    public void Merge_of_N_shards_writes_and_prints_exactly_what_the_unsharded_sweep_does(int count)
    {
        string whole = Path.Combine(_folder, "whole"), merged = Path.Combine(_folder, "merged");
        var direct = CliRunner.Run([.. Sweep, "--out", whole]);
        var files = Shards(count);
        Assert.That(files, Has.Length.EqualTo(count));
        var merge = CliRunner.Run(["sweep", "merge", .. files.Reverse(), "--out", merged]);
        Assert.That(merge.ExitCode, Is.EqualTo(0), merge.Error);
        Assert.That(merge.Out.Replace(merged, whole), Is.EqualTo(direct.Out));
        var names = Directory.GetFiles(whole).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.That(names, Is.EqualTo(new[] { "phase-transition.png", "phase-transition.svg", "runs.csv", "sweep.csv", "sweep.png", "sweep.svg" }));
        Assert.That(Directory.GetFiles(merged).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(names));
        foreach (var name in names)
            Assert.That(File.ReadAllBytes(Path.Combine(merged, name!)), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, name!))), name);

        var directJson = CliRunner.Run([.. Sweep, "--json"]);
        var mergedJson = CliRunner.Run(["sweep", "merge", .. files, "--json"]);
        Assert.That(mergedJson.Out, Is.EqualTo(directJson.Out));
    }

    [Test]
    public void A_missing_or_duplicated_shard_is_one_line_and_exit_code_2()
    {
        var files = Shards(3);
        var missing = CliRunner.Run("sweep", "merge", files[0], files[2]);
        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(missing.ErrorLines, Has.Length.EqualTo(1), missing.Error);
        Assert.That(missing.Error, Does.StartWith("eosverify: shards: part 1 of 3 missing"));
        var twice = CliRunner.Run("sweep", "merge", files[0], files[1], files[1], files[2]);
        Assert.That(twice.ExitCode, Is.EqualTo(2));
        Assert.That(twice.ErrorLines, Has.Length.EqualTo(1), twice.Error);
        Assert.That(twice.Error, Does.Contain("part 1/3 is given twice"));
        var absent = CliRunner.Run("sweep", "merge", Path.Combine(_folder, "nope.json"));
        Assert.That(absent.ExitCode, Is.EqualTo(2));
        Assert.That(absent.ErrorLines, Has.Length.EqualTo(1), absent.Error);
    }

    [TestCase("--shard", "4/3")]
    [TestCase("--shard", "3/3")]
    [TestCase("--shard", "x")]
    public void Bad_shards_are_one_line_and_exit_code_2(string option, string value)
    {
        var outcome = CliRunner.Run([.. Sweep, option, value, "--out", Path.Combine(_folder, "o")]);
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
        Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(outcome.Error, Does.StartWith("eosverify: --shard: "));
        Assert.That(outcome.Out, Is.Empty);
    }

    [Test]
    public void A_shard_without_out_is_one_line_and_exit_code_2()
    {
        var outcome = CliRunner.Run([.. Sweep, "--shard", "0/2"]);
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
        Assert.That(outcome.Error, Does.StartWith("eosverify: --shard: writes a shard file: give --out DIR"));
    }
}

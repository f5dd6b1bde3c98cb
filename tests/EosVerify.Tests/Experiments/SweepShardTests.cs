using EosVerify.Experiments;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Reports;

namespace EosVerify.Tests.Experiments;

/// <summary>Shards of a sweep, through their files, merge into exactly the unsharded result.</summary>
public class SweepShardTests
{
    private static readonly Problem Problem = Tests.Numerics.TestProblems.Generated("2-2-1", 5);
    private static readonly SweepOptions Options = new() { Runs = 9, Steps = 400, Ratios = [0.7, 1.3, 2.5], CriticalEta = 0.4, Tolerance = 1e-8 };

    private static SweepShardFile Part(int index, int count) =>
        SweepShardFile.Create(StepSizeSweep.RunShard(new NumericProblem(Problem), Options, new ShardSpec(index, count)), Options, Problem, null, null);

    private static SweepResult Merge(params SweepShardFile[] parts) =>
        SweepShardFile.Merge(parts.Select(p => SweepShardFile.Parse(p.ToJson(), p.Shard.Shard.ToString())).ToArray(),
            parts.Select(p => p.Shard.Shard.ToString()).ToArray());

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(7)]
    public void Merged_shards_give_the_unsharded_report_byte_for_byte(int count)
    {
        var whole = StepSizeSweep.Run(new NumericProblem(Problem), Options);
        var parts = Enumerable.Range(0, count).Select(k => Part(k, count)).Reverse().ToArray();
        Assert.That(parts.Sum(p => p.Shard.Records.Count), Is.EqualTo(27));
        var merged = Merge(parts);
        Assert.That(SweepCsv.ToCsv(merged), Is.EqualTo(SweepCsv.ToCsv(whole)));
        Assert.That(SweepRunsCsv.ToCsv(merged), Is.EqualTo(SweepRunsCsv.ToCsv(whole)));
        Assert.That(System.Text.Json.JsonSerializer.Serialize(merged), Is.EqualTo(System.Text.Json.JsonSerializer.Serialize(whole)));
    }

    [Test]
    public void Shard_k_holds_the_runs_congruent_to_k()
    {
        var part = Part(2, 7);
        Assert.That(part.Shard.Records.Select(r => r.Index), Is.EqualTo(new[] { 2, 9, 16, 23 }));
    }

    [Test]
    public void A_missing_part_is_an_input_error_naming_it()
    {
        var e = Assert.Throws<InputException>(() => Merge(Part(0, 3), Part(2, 3)))!;
        Assert.That(e.Field, Is.EqualTo("shards"));
        Assert.That(e.Message, Does.Contain("part 1 of 3 missing"));
    }

    [Test]
    public void A_part_given_twice_is_an_input_error_naming_both()
    {
        var e = Assert.Throws<InputException>(() => Merge(Part(0, 2), Part(1, 2), Part(1, 2)))!;
        Assert.That(e.Message, Does.Contain("part 1/2 is given twice"));
    }

    [Test]
    public void Parts_of_different_sweeps_or_splits_do_not_merge()
    {
        var other = SweepShardFile.Create(StepSizeSweep.RunShard(new NumericProblem(Problem), Options with { Seed = 2 }, new ShardSpec(1, 2)),
            Options with { Seed = 2 }, Problem, null, null);
        Assert.That(Assert.Throws<InputException>(() => Merge(Part(0, 2), other))!.Message, Does.Contain("different sweeps"));
        Assert.That(Assert.Throws<InputException>(() => Merge(Part(0, 2), Part(1, 3)))!.Message, Does.Contain("split the sweep differently"));
    }

    [TestCase("4/3")]
    [TestCase("3/3")]
    [TestCase("-1/3")]
    [TestCase("0/0")]
    [TestCase("1")]
    [TestCase("a/b")]
    public void Bad_shard_specs_are_input_errors(string text) =>
        Assert.That(Assert.Throws<InputException>(() => ShardSpec.Parse(text))!.Field, Is.EqualTo("--shard"));

    [Test]
    public void A_damaged_shard_file_is_an_input_error_naming_the_file()
    {
        var text = Part(0, 2).ToJson();
        foreach (var damaged in new[] { "{}", "[1]", text[..(text.Length / 2)], text.Replace("\"count\": 2", "\"count\": \"x\"") })
            Assert.That(Assert.Throws<InputException>(() => SweepShardFile.Parse(damaged, "f.json"))!.Field, Is.EqualTo("f.json"));
    }
}

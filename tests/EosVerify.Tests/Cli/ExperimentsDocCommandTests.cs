using System.Text.RegularExpressions;
using EosVerify.Experiments;

namespace EosVerify.Tests.Cli;

/// <summary>Every eosverify command line in docs/experiments.md (Slurm, GNU parallel, figures) parses as the CLI reads it.</summary>
public partial class ExperimentsDocCommandTests
{
    private static string Doc()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EosVerify.sln"))) dir = dir.Parent;
        return File.ReadAllText(Path.Combine(dir!.FullName, "docs", "experiments.md"));
    }

    /// <summary>The eosverify invocations in the doc, with the shell's substitutions made for task 3.</summary>
    private static IEnumerable<string[]> Commands()
    {
        foreach (Match m in Invocation().Matches(Doc()))
        {
            string line = m.Value.Replace("$SLURM_ARRAY_TASK_ID", "3").Replace("{}", "3");
            line = line.Split(" ::: ")[0].Split(" && ")[0].TrimEnd('"');
            yield return Words(line).Skip(1).ToArray();
        }
    }

    [Test]
    public void The_doc_has_the_slurm_array_parallel_and_merge_commands()
    {
        var doc = Doc();
        Assert.That(doc, Does.Contain("#SBATCH --array=0-7"));
        var commands = Commands().ToArray();
        Assert.That(commands.Count(c => c.Contains("--shard")), Is.EqualTo(2));
        Assert.That(commands.Count(c => c.Length > 1 && c[1] == "merge"), Is.EqualTo(2));
        Assert.That(commands.Count(c => c.Length > 1 && c[1] == "saddle"), Is.EqualTo(2));
    }

    [Test]
    public void Every_doc_command_parses_and_the_shards_are_the_ones_the_array_names()
    {
        foreach (var args in Commands())
        {
            var handlers = new RecordingHandlers();
            var outcome = CliRunner.Run(handlers, args);
            Assert.That(outcome.ExitCode, Is.EqualTo(0), string.Join(" ", args) + "\n" + outcome.Error);
            if (handlers.Options is EosVerify.Cli.SweepOptions sweep && args.Contains("--shard"))
                Assert.That(sweep.Shard, Is.EqualTo(new ShardSpec(3, 8)));
        }
    }

    private static IEnumerable<string> Words(string line)
    {
        foreach (Match w in Word().Matches(line)) yield return w.Groups[1].Success ? w.Groups[1].Value : w.Value;
    }

    [GeneratedRegex("eosverify sweep[^\\n`]*")]
    private static partial Regex Invocation();

    [GeneratedRegex("\"([^\"]*)\"|\\S+")]
    private static partial Regex Word();
}

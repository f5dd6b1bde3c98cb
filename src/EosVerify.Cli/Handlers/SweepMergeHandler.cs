using EosVerify.Experiments;
using EosVerify.Networks;
using EosVerify.Reports;

namespace EosVerify.Cli;

/// <summary><c>eosverify sweep merge FILES…</c>: the report of the whole sweep from its shard files, byte for byte the unsharded one.</summary>
internal static class SweepMergeHandler
{
    public static ExitCode Run(SweepMergeOptions options, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(terminal);
        if (options.Files.Count == 0) throw new InputException("merge", "needs the shard files: eosverify sweep merge DIR/shard-*.json");
        var files = new List<SweepShardFile>();
        foreach (var path in options.Files)
        {
            string text;
            try { text = File.ReadAllText(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new InputException(path, $"cannot be read: {e.Message.ReplaceLineEndings(" ")}");
            }
            files.Add(SweepShardFile.Parse(text, path));
        }
        var result = SweepShardFile.Merge(files, options.Files);
        return SweepReport.Write(result, files[0].Architecture, options.Output, terminal);
    }
}

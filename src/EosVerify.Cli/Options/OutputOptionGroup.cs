using System.CommandLine;
using EosVerify.Networks;
using EosVerify.Reports;

namespace EosVerify.Cli;

/// <summary>Where and how a command writes: --out DIR (null: no files), --format, --json, --quiet.</summary>
internal sealed record OutputSettings(OutputFolder? Folder, OutputFormat Format, bool Quiet);

/// <param name="verdictExitCode">The command's exit code tells a verdict (check); --quiet says so only there.</param>
internal sealed class OutputOptionGroup(bool verdictExitCode = false)
{
    public Option<string?> Out { get; } = new("--out") { Description = "Folder for output files (created if missing; never overwrites an input file).", HelpName = "DIR" };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Result on standard output: table, json or markdown.",
        HelpName = "table|json|markdown",
        DefaultValueFactory = _ => "table",
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Same as --format json." };
    public Option<bool> Quiet { get; } = new("--quiet")
    {
        Description = verdictExitCode
            ? "Print only the result (no tables or progress); the exit code tells the verdict."
            : "Print only the result (no tables or progress).",
    };

    /// <summary>The options of this group: they decide where and how results are shown, never what they are.</summary>
    public IEnumerable<Option> Options => [Out, Format, Json, Quiet];

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong("table", "json", "markdown");
        command.Options.Add(Out);
        command.Options.Add(Format);
        command.Options.Add(Json);
        command.Options.Add(Quiet);
    }

    /// <summary>Reads the options; prepares the --out folder, protecting <paramref name="inputFiles"/>.</summary>
    public OutputSettings Read(ParseResult result, IEnumerable<string?> inputFiles)
    {
        string? outPath = result.GetValue(Out);
        var folder = outPath is null ? null : OutputFolder.Prepare(outPath, inputFiles, "--out");
        return ReadFormat(result) with { Folder = folder };
    }

    /// <summary>Reads --format, --json and --quiet only, for a command without --out.</summary>
    public OutputSettings ReadFormat(ParseResult result)
    {
        var format = result.GetValue(Format) switch
        {
            "json" => OutputFormat.Json,
            "markdown" => OutputFormat.Markdown,
            _ => OutputFormat.Table,
        };
        bool formatGiven = result.GetResult(Format) is { Implicit: false };
        if (result.GetValue(Json))
        {
            if (formatGiven && format != OutputFormat.Json)
                throw new InputException("--json", $"contradicts --format {result.GetValue(Format)}; give one of them");
            format = OutputFormat.Json;
        }
        return new OutputSettings(null, format, result.GetValue(Quiet));
    }
}

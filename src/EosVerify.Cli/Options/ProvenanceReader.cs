using System.CommandLine;
using System.CommandLine.Parsing;
using EosVerify.Networks;
using EosVerify.Reports;

namespace EosVerify.Cli;

/// <summary>What report.json records of the command that produced it: its arguments, seed and data source.</summary>
internal static class ProvenanceReader
{
    /// <param name="presentation">Options that change only where and how results are shown (--out, --format, …): left out of the command line.</param>
    public static ReportProvenance Read(ParseResult result, ProblemRequest request, bool defaultSuite, ulong seed, IEnumerable<Option> presentation)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(request);
        var skipped = presentation.ToHashSet();
        var commandLine = new List<string> { CliApplication.ToolName, result.CommandResult.Command.Name };
        foreach (var option in result.CommandResult.Children.OfType<OptionResult>())
        {
            if (option.Implicit || skipped.Contains(option.Option)) continue;
            commandLine.Add(option.Option.Name);
            commandLine.AddRange(option.Tokens.Where(t => t.Type == TokenType.Argument).Select(t => t.Value));
        }
        return new ReportProvenance(commandLine, seed, defaultSuite ? DataSource.BuiltIn("default-suite") : Data(request));
    }

    private static DataSource Data(ProblemRequest request)
    {
        if (request.ProblemFile is { } file) return DataSource.ProblemFile(file);
        if (request.DataFile is { } data)
            return request.DataYFile is { } outputs ? DataSource.Npy(data, outputs) : DataSource.Csv(data);
        var noise = request.Noise is null ? GeneratedDataDefaults.Noise : OptionValues.NonNegative(request.Noise, "--noise");
        return DataSource.Generated(request.Samples ?? GeneratedDataDefaults.Samples, request.Seed ?? GeneratedDataDefaults.Seed, noise);
    }
}

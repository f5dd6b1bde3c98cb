namespace EosVerify.Cli;

/// <summary>The problem options as given on the command line, before resolution (null: not given).</summary>
internal sealed record ProblemRequest(
    string? ProblemFile = null,
    string? Architecture = null,
    string? DataFile = null,
    string? DataYFile = null,
    int? Inputs = null,
    int? Samples = null,
    ulong? Seed = null,
    string? Noise = null,
    string? Eta = null,
    string? Loss = null,
    string? Theta = null)
{
    /// <summary>The user's input files, which no output may overwrite.</summary>
    public IEnumerable<string?> InputFiles => [ProblemFile, DataFile, DataYFile];
}

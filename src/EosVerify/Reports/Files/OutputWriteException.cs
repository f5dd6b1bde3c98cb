namespace EosVerify.Reports;

/// <summary>An output file could not be written (disk full, permissions changed, …); names the file.</summary>
internal sealed class OutputWriteException(string path, Exception cause)
    : IOException($"cannot write '{path}': {cause.Message.ReplaceLineEndings(" ").Trim()}", cause)
{
    public string Path { get; } = path;
}

using System.Diagnostics;
using EosVerify.Cli;
using EosVerify.IO;
using EosVerify.Networks;
using EosVerify.Reports;
using EosVerify.Tests.Cli;

namespace EosVerify.Tests.Fuzz;

/// <summary>
/// Runs fuzz cases and keeps score. A case passes when the reader returns a value or throws an
/// <see cref="InputException"/> with a one-line message; anything else is recorded with the case's description.
/// Every few cases the input also goes through the atomic writer (a failing write must leave nothing behind) and
/// through the whole command line (exit code 0 or 2, at most one line on stderr, never a stack trace).
/// </summary>
internal sealed class FuzzHarness : IDisposable
{
    private const int MaxRecordedFailures = 10;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eosverify-fuzz-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _failures = [];

    public int Accepted { get; private set; }
    public int Rejected { get; private set; }
    public int AtomicChecks { get; private set; }
    public int CommandLineRuns { get; private set; }
    public TimeSpan SlowestCase { get; private set; }
    public string SlowestDescription { get; private set; } = "";
    public IReadOnlyList<string> Failures => _failures;
    public string Folder => _folder;

    public FuzzHarness() => Directory.CreateDirectory(_folder);

    public void Case(string description, Func<object> read)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            read();
            Accepted++;
        }
        catch (InputException e)
        {
            Rejected++;
            if (e.Message.Contains('\n') || e.Message.Contains('\r')) Fail(description, "multi-line message: " + e.Message);
            if (string.IsNullOrWhiteSpace(e.Field) || string.IsNullOrWhiteSpace(e.Problem)) Fail(description, "empty field or problem: " + e.Message);
        }
        catch (Exception e)
        {
            Fail(description, $"{e.GetType().Name}: {e.Message}");
        }
        if (watch.Elapsed > SlowestCase)
        {
            SlowestCase = watch.Elapsed;
            SlowestDescription = description;
        }
    }

    private sealed class InjectedWriteFailure : Exception;

    /// <summary>A write that fails halfway must leave no file; a write that succeeds must leave exactly the content.</summary>
    public void AtomicWrite(string description, byte[] content)
    {
        AtomicChecks++;
        string target = Path.Combine(_folder, "atomic", "output.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            AtomicFile.Write(target, stream =>
            {
                stream.Write(content, 0, content.Length / 2);
                throw new InjectedWriteFailure();
            });
            Fail(description, "the injected write failure was swallowed");
        }
        catch (InjectedWriteFailure) { }
        var left = Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!);
        if (left.Length != 0) Fail(description, "a failed atomic write left " + string.Join(", ", left.Select(Path.GetFileName)));

        AtomicFile.WriteAllBytes(target, content);
        if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(content)) Fail(description, "atomic write changed the content");
        if (Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!).Length != 1) Fail(description, "atomic write left extra files");
        File.Delete(target);
    }

    /// <summary>Writes the files and runs eosverify on them; the handlers only record, so no real work is done.</summary>
    public void CommandLine(string description, IReadOnlyList<(string Name, byte[] Bytes)> files, Func<string[], string[]> arguments)
    {
        CommandLineRuns++;
        var paths = files.Select(f =>
        {
            string path = Path.Combine(_folder, f.Name);
            File.WriteAllBytes(path, f.Bytes);
            return path;
        }).ToArray();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(arguments(paths), stdout, stderr, interactive: false, new RecordingHandlers());
        string error = stderr.ToString();
        int lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        if (code is not (0 or 2)) Fail(description, $"command line exited {code}: {error.Trim()}");
        if (code == 2 && (lines != 1 || !error.StartsWith("eosverify: ", StringComparison.Ordinal))) Fail(description, "error output is not one line: " + error);
        if (code == 0 && lines != 0) Fail(description, "success with error output: " + error);
        if (error.Contains(" at ", StringComparison.Ordinal) && error.Contains(".cs:", StringComparison.Ordinal)) Fail(description, "stack trace printed");
    }

    private void Fail(string description, string problem)
    {
        if (_failures.Count < MaxRecordedFailures) _failures.Add($"{description}: {problem}");
        else if (_failures.Count == MaxRecordedFailures) _failures.Add("… more failures not shown");
    }

    public string Summary => $"{Accepted} accepted, {Rejected} rejected as input errors, {AtomicChecks} atomic-write checks, " +
                             $"{CommandLineRuns} command-line runs; slowest case {SlowestCase.TotalMilliseconds:F0} ms ({SlowestDescription})";

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}

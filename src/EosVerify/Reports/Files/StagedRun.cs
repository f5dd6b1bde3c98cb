using System.Collections.Concurrent;
using EosVerify.Networks;

namespace EosVerify.Reports;

/// <summary>
/// One run's outputs, written into a hidden staging folder beside the output folder and moved into place by
/// <see cref="Commit"/>: afterwards the output folder holds exactly this run's entries (an earlier run's
/// certificates are gone with the folder they were in); before it, the output folder is untouched. Disposing an
/// uncommitted run (an error or an interrupt) deletes the staging folder. Files of the user's own in the output
/// folder that the run does not write are left alone.
/// </summary>
internal sealed class StagedRun : IDisposable
{
    // Live runs, so that a tool killed by a signal can remove their staging folders (signals are process-wide).
    private static readonly ConcurrentDictionary<StagedRun, byte> Live = new();
    private static readonly object MoveLock = new();

    private readonly OutputFolder _target;
    private readonly IReadOnlyList<OutputEntry> _entries;
    private readonly string _staging;
    private bool _finished;

    private StagedRun(OutputFolder target, IReadOnlyList<OutputEntry> entries, string staging)
    {
        _target = target;
        _entries = entries;
        _staging = staging;
        Folder = target.WithPath(staging);
    }

    /// <summary>Where the run writes: the staging folder, with the output folder's protections.</summary>
    public OutputFolder Folder { get; }

    /// <summary>
    /// Checks, before anything is written, that every entry can replace what the output folder holds under its name
    /// (a file where a file goes, a writable folder where a folder goes, never a link to an input), then creates the
    /// staging folder. Problems are <see cref="InputException"/>s naming the entry.
    /// </summary>
    public static StagedRun Begin(OutputFolder target, IEnumerable<OutputEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        foreach (var entry in list) RequireReplaceable(target, entry);
        string staging = StagingPath(target.FullPath);
        try
        {
            Directory.CreateDirectory(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(target.Field, $"cannot create a staging folder for '{target.DisplayPath}': {e.Message.ReplaceLineEndings(" ")}");
        }
        var run = new StagedRun(target, list, staging);
        Live.TryAdd(run, 0);
        return run;
    }

    /// <summary>Moves the staged entries into the output folder, replacing the declared entries there.</summary>
    /// <exception cref="OutputWriteException">A move failed; the entries moved aside are put back where possible.</exception>
    public void Commit()
    {
        lock (MoveLock)
        {
            ObjectDisposedException.ThrowIf(_finished, this);
            try
            {
                Directory.CreateDirectory(_target.FullPath);
                string replaced = Path.Combine(_target.FullPath, $".eosverify-replaced-{Guid.NewGuid():N}");
                Directory.CreateDirectory(replaced);
                foreach (var entry in _entries)
                {
                    string destination = Path.Combine(_target.FullPath, entry.Name);
                    string staged = Path.Combine(_staging, entry.Name);
                    if (Exists(destination)) Move(destination, Path.Combine(replaced, entry.Name));
                    if (Exists(staged)) Move(staged, destination);
                }
                Directory.Delete(replaced, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputWriteException)
            {
                throw new OutputWriteException(_target.FullPath, e);
            }
            finally
            {
                Finish();
            }
        }
    }

    public void Dispose()
    {
        lock (MoveLock)
        {
            if (!_finished) Finish();
        }
    }

    /// <summary>Deletes the staging folders of every uncommitted run: for a tool about to exit on a signal.</summary>
    public static void AbandonAll()
    {
        foreach (var run in Live.Keys) run.Dispose();
    }

    private void Finish()
    {
        _finished = true;
        Live.TryRemove(this, out _);
        try
        {
            if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A staging folder that cannot be removed is hidden and harmless; the run's result stands.
        }
    }

    private static void RequireReplaceable(OutputFolder target, OutputEntry entry)
    {
        string path = target.PathFor(entry.Name); // refuses an input file, also one reached through a link
        string shown = $"'{entry.Name}' in '{target.DisplayPath}'";
        var info = new FileInfo(path);
        bool isLink = info.LinkTarget is not null;
        if (!entry.IsFolder && Directory.Exists(path) && !isLink)
            throw new InputException(target.Field, $"{shown} is a folder where the run writes a file; remove it or choose another output folder");
        if (entry.IsFolder && File.Exists(path))
            throw new InputException(target.Field, $"{shown} is a file where the run writes a folder; remove it or choose another output folder");
        if (entry.IsFolder && Directory.Exists(path))
        {
            try
            {
                OutputFolder.ProbeWritable(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException(target.Field, $"{shown} is not writable ({e.Message.ReplaceLineEndings(" ")}); fix its permissions or choose another output folder");
            }
        }
    }

    /// <summary>
    /// Beside the output folder (in its nearest existing parent, so that nothing is created before the commit) when
    /// that is writable, else inside the output folder; hidden either way.
    /// </summary>
    private static string StagingPath(string target)
    {
        string name = $".{Path.GetFileName(target)}.eosverify-staging-{Guid.NewGuid():N}";
        string? parent = Path.GetDirectoryName(target);
        while (parent is not null && !Directory.Exists(parent)) parent = Path.GetDirectoryName(parent);
        if (parent is not null && CanWrite(parent)) return Path.Combine(parent, name);
        return Path.Combine(target, name);
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            OutputFolder.ProbeWritable(folder);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from) && new FileInfo(from).LinkTarget is null) Directory.Move(from, to);
        else File.Move(from, to);
    }
}

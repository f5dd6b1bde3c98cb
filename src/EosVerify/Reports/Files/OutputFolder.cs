using EosVerify.IO;
using EosVerify.Networks;

namespace EosVerify.Reports;

/// <summary>
/// The folder a command writes its files into. <see cref="Prepare"/> proves it usable without creating it: the folder
/// (or, when it does not exist yet, its nearest existing parent) must be a writable folder. It is created by the first
/// write, so a command that refuses its input leaves no empty folder behind. Every write goes through
/// <see cref="AtomicFile"/> and is refused if its path is one of the user's input files (compared after resolving
/// symbolic links), so an output can never overwrite an input. <see cref="StagedRun"/> writes a whole run beside it
/// and moves it into place at the end.
/// </summary>
internal sealed class OutputFolder
{
    private readonly HashSet<string> _protected;

    public string FullPath { get; }

    /// <summary>The folder as messages show it: relative to the working folder when inside it, else the full path.</summary>
    public string DisplayPath
    {
        get
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, FullPath);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? FullPath : relative;
        }
    }

    /// <summary>The option or field named in errors (the CLI passes "--out").</summary>
    public string Field { get; }

    private OutputFolder(string fullPath, HashSet<string> protectedPaths, string field)
    {
        FullPath = fullPath;
        _protected = protectedPaths;
        Field = field;
    }

    /// <summary>A folder elsewhere (a staging folder) with the same protected inputs and field name.</summary>
    internal OutputFolder WithPath(string fullPath) => new(fullPath, _protected, Field);

    /// <summary>
    /// Checks that the folder can be written, or created and written, without creating it. Throws
    /// <see cref="InputException"/> (field <paramref name="field"/>) if it cannot be used, or if it is itself one of
    /// <paramref name="inputsToProtect"/>.
    /// </summary>
    public static OutputFolder Prepare(string path, IEnumerable<string?> inputsToProtect, string field = "out")
    {
        if (string.IsNullOrWhiteSpace(path)) throw new InputException(field, "is empty; expected a folder");
        var protectedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputsToProtect)
            if (!string.IsNullOrWhiteSpace(input) && Canonical(input) is { } c) protectedPaths.Add(c);
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
            if (File.Exists(fullPath))
                throw new InputException(field, protectedPaths.Contains(Canonical(fullPath) ?? fullPath)
                    ? $"'{path}' is one of the input files; expected a folder for the outputs"
                    : $"'{path}' is a file; expected a folder");
            ProbeWritable(NearestExistingFolder(fullPath, path));
        }
        catch (InputException) { throw; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException(field, $"'{path}' cannot be used as an output folder: {OneLine(e.Message)}");
        }
        return new OutputFolder(fullPath, protectedPaths, field);
    }

    /// <summary>
    /// The full path of <paramref name="relativePath"/> inside the folder (subfolders allowed, no ".."), after
    /// checking it is not an input file.
    /// </summary>
    public string PathFor(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        if (Path.IsPathRooted(relativePath) || relativePath.Split('/', '\\').Any(part => part is ".." or "." or ""))
            throw new ArgumentException($"Output name '{relativePath}' must be a plain relative path inside the output folder.", nameof(relativePath));
        string full = Path.GetFullPath(Path.Combine(FullPath, relativePath));
        string canonical = Canonical(full) ?? full;
        if (_protected.Contains(canonical) || _protected.Contains(full))
            throw new InputException(Field, $"writing '{relativePath}' into '{FullPath}' would overwrite an input file; choose another output folder");
        return full;
    }

    public string WriteAllText(string relativePath, string contents) =>
        Guarded(relativePath, path => AtomicFile.WriteAllText(path, contents));

    public string WriteAllBytes(string relativePath, byte[] bytes) =>
        Guarded(relativePath, path => AtomicFile.WriteAllBytes(path, bytes));

    public string Write(string relativePath, Action<Stream> write) =>
        Guarded(relativePath, path => AtomicFile.Write(path, write));

    /// <summary>Runs the write on the checked path; I/O failures become <see cref="OutputWriteException"/>.</summary>
    private string Guarded(string relativePath, Action<string> write)
    {
        string path = PathFor(relativePath);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            write(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputWriteException)
        {
            throw new OutputWriteException(path, e);
        }
        return path;
    }

    /// <summary>The folder itself, or the closest parent that exists; a file on the way is an error.</summary>
    private static string NearestExistingFolder(string fullPath, string shown)
    {
        for (string? candidate = fullPath; candidate is not null; candidate = Path.GetDirectoryName(candidate))
        {
            if (Directory.Exists(candidate)) return candidate;
            if (File.Exists(candidate)) throw new IOException($"'{candidate}' is a file, so '{shown}' cannot be a folder inside it");
        }
        throw new IOException($"no part of '{shown}' exists");
    }

    /// <summary>
    /// Throws unless a file can be created in <paramref name="folder"/>. A folder without any write permission bit
    /// counts as read-only even for a user (root) whom the system would let write: the owner marked it so.
    /// </summary>
    internal static void ProbeWritable(string folder)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(folder) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
            throw new UnauthorizedAccessException($"'{folder}' is read-only (no write permission)");
        string probe = Path.Combine(folder, $".eosverify-probe-{Guid.NewGuid():N}.tmp");
        using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
    }

    /// <summary>The absolute path with symbolic links resolved (the file or any parent may be a link); null if unusable.</summary>
    private static string? Canonical(string path)
    {
        try
        {
            string full = Path.GetFullPath(path);
            var info = new FileInfo(full);
            if (info.Exists && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) full = target.FullName;
            string? folder = Path.GetDirectoryName(full);
            if (folder is null) return full;
            string resolvedFolder = ResolveFolder(folder);
            return Path.Combine(resolvedFolder, Path.GetFileName(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static string ResolveFolder(string folder)
    {
        string? parent = Path.GetDirectoryName(folder);
        string resolvedParent = parent is null ? folder : ResolveFolder(parent);
        string here = parent is null ? folder : Path.Combine(resolvedParent, Path.GetFileName(folder));
        var info = new DirectoryInfo(here);
        if (info.Exists && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            return target.FullName;
        return here;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}

using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace EosVerify.Smt;

/// <summary>
/// Solver processes run in process groups of their own (started through <c>setsid</c>), so that one signal to the
/// group reaches the solver and every child it started — also a wrapper script's background child that holds
/// stdout open. Every live group is listed here so that an interrupted tool can kill them all before it exits
/// (signals are process-wide, hence this one static registry).
/// </summary>
internal static partial class ProcessGroups
{
    private const int SigKill = 9;
    private static readonly ConcurrentDictionary<int, byte> Live = new();
    private static readonly Lazy<string?> SetsidPath = new(() => FindOnPath("setsid"));

    /// <summary>The <c>setsid</c> executable, or null where there is none (then only the direct child can be killed).</summary>
    public static string? Setsid => OperatingSystem.IsWindows() ? null : SetsidPath.Value;

    /// <summary>The number of groups started and not yet killed (for tests).</summary>
    public static int LiveCount => Live.Count;

    internal static void Register(int groupId) => Live.TryAdd(groupId, 0);

    /// <summary>Sends SIGKILL to every process of the group and forgets it. Harmless if the group is gone.</summary>
    public static void Kill(int groupId)
    {
        if (groupId <= 1) return;
        if (!OperatingSystem.IsWindows()) _ = NativeKill(-groupId, SigKill);
        Live.TryRemove(groupId, out _);
    }

    /// <summary>Kills every group still live: the last thing an interrupted tool does.</summary>
    public static void KillAll()
    {
        foreach (var groupId in Live.Keys) Kill(groupId);
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int NativeKill(int pid, int signal);

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin").Append("/bin"))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

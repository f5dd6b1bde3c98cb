namespace EosVerify.Tests.Smt;

/// <summary>
/// Fake solvers written by a test: an executable /bin/sh script in a fresh temporary folder, and helpers to see
/// whether the processes it started are still alive.
/// </summary>
internal static class FakeSolverScripts
{
    /// <summary>Writes <paramref name="body"/> after a #!/bin/sh line into an executable file and returns its path.</summary>
    public static string Write(string body, string name = "fake-solver")
    {
        var folder = Path.Combine(Path.GetTempPath(), "eosverify-fake-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body.Replace("\r\n", "\n") + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>A fresh path in the temporary folder where a fake can leave process ids.</summary>
    public static string PidFile() => Path.Combine(Path.GetTempPath(), "eosverify-pids-" + Guid.NewGuid().ToString("N"));

    /// <summary>The ids written to <paramref name="pidFile"/>, waiting up to <paramref name="wait"/> for the file.</summary>
    public static int[] ReadPids(string pidFile, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (!File.Exists(pidFile) && DateTime.UtcNow < deadline) Thread.Sleep(50);
        Assert.That(File.Exists(pidFile), Is.True, "the fake never wrote its process ids");
        return File.ReadAllText(pidFile).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
    }

    /// <summary>Asserts that none of the processes runs any more, allowing <paramref name="slack"/> for the kernel.</summary>
    public static void AssertGone(IEnumerable<int> pids, TimeSpan slack)
    {
        var list = pids.ToArray();
        var deadline = DateTime.UtcNow + slack;
        while (list.Any(IsRunning) && DateTime.UtcNow < deadline) Thread.Sleep(50);
        foreach (var pid in list)
            Assert.That(IsRunning(pid), Is.False, $"process {pid} is still running");
    }

    /// <summary>Alive and not a zombie: an orphaned grandchild is reaped by init, which a container's init may do late.</summary>
    public static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat)) return false;
        try
        {
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state is not ("Z" or "X");
        }
        catch (IOException)
        {
            return false;
        }
    }
}

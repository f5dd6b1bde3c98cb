using System.Diagnostics;
using System.ComponentModel;

namespace EosVerify.Smt;

/// <summary>Asks a solver executable for its version (<c>--version</c>, 2 s at most, in its own process group, 4 KiB read), for trust statements.</summary>
internal static class SolverVersion
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    public static string Ask(SolverCommand command)
    {
        var executable = command.ResolveExecutable();
        if (executable is null) return "version unknown: executable not found";
        if (!ExecutableFile.IsExecutable(executable)) return "version unknown: not executable";
        var setsid = ProcessGroups.Setsid;
        var start = new ProcessStartInfo(setsid ?? executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (setsid is not null) start.ArgumentList.Add(executable);
        start.ArgumentList.Add("--version");
        try
        {
            using var process = Process.Start(start);
            if (process is null) return "version unknown";
            int group = setsid is null ? 0 : process.Id;
            if (group > 0) ProcessGroups.Register(group);
            try
            {
                return Read(process, group);
            }
            finally
            {
                if (group > 0) ProcessGroups.Kill(group);
                else if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return "version unknown: " + e.Message.ReplaceLineEndings(" ");
        }
    }

    private static string Read(Process process, int group)
    {
        process.StandardInput.Close();
        var read = BoundedOutput.ReadAsync(process.StandardOutput.BaseStream, 4096, onOverflow: null);
        _ = BoundedOutput.ReadAsync(process.StandardError.BaseStream, 4096, onOverflow: null); // drained so that it never blocks
        bool exited = process.WaitForExit(Limit);
        if (group > 0) ProcessGroups.Kill(group); // children left behind would hold stdout open
        if (!exited || !read.Wait(Limit)) return "version unknown: --version did not answer";
        var line = read.Result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length == 0 ? "version unknown" : line.Length <= 100 ? line : line[..100];
    }
}

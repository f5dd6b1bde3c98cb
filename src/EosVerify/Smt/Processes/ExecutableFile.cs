using System.Runtime.InteropServices;

namespace EosVerify.Smt;

/// <summary>Whether this process may execute a file (access(2) with X_OK), asked before a solver is started through setsid.</summary>
internal static partial class ExecutableFile
{
    private const int ExecuteAccess = 1;

    public static bool IsExecutable(string path) =>
        OperatingSystem.IsWindows() || NativeAccess(path, ExecuteAccess) == 0;

    [LibraryImport("libc", EntryPoint = "access", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int NativeAccess(string path, int mode);
}

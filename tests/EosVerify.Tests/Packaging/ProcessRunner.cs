using System.Diagnostics;

namespace EosVerify.Tests.Packaging;

internal sealed record ProcessOutcome(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Out}\n{Error}";
}

/// <summary>Runs an executable with arguments (no shell), extra environment variables and a hard time limit.</summary>
internal static class ProcessRunner
{
    public static ProcessOutcome Run(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (environment is not null)
            foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish in time");
        }
        process.WaitForExit();
        return new ProcessOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The dotnet host running this test (DOTNET_HOST_PATH, set by the SDK), else "dotnet" from PATH.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

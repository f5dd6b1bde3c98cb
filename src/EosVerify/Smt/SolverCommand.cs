using System.Globalization;

namespace EosVerify.Smt;

/// <summary>
/// How to start a solver process that reads SMT-LIB2 on stdin and answers on stdout: the executable (a path, or a
/// name looked up on PATH), its arguments for a given per-query time limit, and the advice shown when it is missing.
/// </summary>
internal sealed class SolverCommand
{
    private readonly Func<TimeSpan, IReadOnlyList<string>> _arguments;

    private SolverCommand(string name, string executable, Func<TimeSpan, IReadOnlyList<string>> arguments, string missingAdvice)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        Name = name;
        Executable = executable;
        _arguments = arguments;
        MissingAdvice = missingAdvice;
    }

    public string Name { get; }
    public string Executable { get; }
    public string MissingAdvice { get; }

    public IReadOnlyList<string> ArgumentsFor(TimeSpan timeout) => _arguments(timeout);

    /// <summary>z3 with a per-query limit <c>-t:MS</c> (answers unknown on expiry); never <c>-T:</c>, which kills the whole run.</summary>
    public static SolverCommand Z3(string executable = "z3") =>
        new("z3", executable, timeout => ["-in", "-smt2", "-t:" + Milliseconds(timeout)],
            "install the Debian package z3, or pass --z3-path");

    /// <summary>cvc5 reading SMT-LIB2 from stdin with a per-query limit and models enabled.</summary>
    public static SolverCommand Cvc5(string executable = "cvc5") =>
        new("cvc5", executable, timeout => ["--lang", "smt2", "--tlimit-per=" + Milliseconds(timeout), "--produce-models"],
            "install the Debian package cvc5, or pass --cvc5-path");

    /// <summary>Any executable with fixed arguments; "{timeout-ms}" in an argument is replaced by the limit.</summary>
    public static SolverCommand Custom(string name, string executable, params IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var copy = arguments.ToArray();
        return new(name, executable, timeout => copy.Select(a => a.Replace("{timeout-ms}", Milliseconds(timeout))).ToArray(),
            $"check the path '{executable}'");
    }

    private static string Milliseconds(TimeSpan timeout) =>
        Math.Max(1L, (long)Math.Ceiling(timeout.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The full path of the executable, or null when there is no such file (on PATH, for a bare name).</summary>
    public string? ResolveExecutable()
    {
        if (Executable.Contains('/') || Executable.Contains(Path.DirectorySeparatorChar))
        {
            var full = Path.GetFullPath(Executable);
            return File.Exists(full) ? full : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, Executable);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

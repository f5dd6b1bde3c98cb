namespace EosVerify.Tests.Cli;

/// <summary>
/// The 1-1-1 problem of issue 9 (moments n = 4, Sxx = 1, Syx = 0, Syy = 1, η = 1/10): small enough (P = 2) that
/// check sends its T2 and T3 queries to the SMT solver, so a run starts solver processes and saves certificates.
/// </summary>
internal static class SmtBoundProblem
{
    public const string Json =
        """{ "architecture": "1-1-1", "data": { "moments": { "n": 4, "Sxx": [[1]], "Syx": [[0]], "Syy": [[1]] } }, "eta": "1/10" }""";

    /// <summary>Writes the problem as problem.json into <paramref name="folder"/> and returns its path.</summary>
    public static string WriteInto(string folder)
    {
        string path = Path.Combine(folder, "problem.json");
        File.WriteAllText(path, Json);
        return path;
    }
}

using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>What a check may use: the problem, the options, seeded randomness, and (later) solvers and a certificate store.</summary>
public sealed class CheckContext(Problem problem, CheckOptions options)
{
    public Problem Problem { get; } = problem;

    public CheckOptions Options { get; } = options;

    /// <summary>A random stream of its own for each check, so adding a check never changes another's points.</summary>
    public SeededRandom RandomFor(string checkId)
    {
        ulong h = 14695981039346656037UL; // FNV-1a: stable across runs, unlike string.GetHashCode
        foreach (char c in checkId) h = (h ^ c) * 1099511628211UL;
        return SeededRandom.ForStream(Options.Seed, h);
    }
}

using System.Globalization;
using EosVerify.Experiments;
using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Cli;

/// <summary>η* for the sweep commands: exact where <see cref="ExactCriticalEta"/> knows it, else 2/S_min from <see cref="MinSharpness"/> (restarts seeded by --seed).</summary>
internal static class SweepCriticalEta
{
    /// <summary>η* (as a double), and η*, S_min as exact "p/q" strings where they are rational.</summary>
    public static (double EtaStar, string? EtaStarExact, string? MinSharpnessExact) Find(Problem problem, NumericProblem numeric, ulong seed, Terminal terminal, string command)
    {
        var (etaStar, etaStarExact, minSharpnessExact, _) = FindWithPoint(problem, numeric, seed, terminal, command);
        return (etaStar, etaStarExact, minSharpnessExact);
    }

    /// <summary>
    /// The certified bracket 2/S_hi ≤ η* ≤ 2/S_lo of T4 (Theorems/T4/MinSharpnessBracket), as doubles for shading a plot;
    /// null outside the full-rank case, when η* is known exactly, or when the bracket is open.
    /// </summary>
    public static EtaBracket? CertifiedBracket(Problem problem, double[]? numericFlattest)
    {
        if (numericFlattest is null) return null;
        var facts = Theorems.MinimizerTargetFacts.Of(problem);
        if (!facts.IsFullRank) return null;
        var bracket = Theorems.MinSharpnessBracket.For(problem, facts.WStar!, numericFlattest);
        if (bracket.Upper is not { } upper || bracket.Lower.Sign <= 0 || upper.Sign <= 0) return null;
        return new EtaBracket(2 / upper.ToDouble(), 2 / bracket.Lower.ToDouble());
    }

    /// <summary>As <see cref="Find"/>, with the numeric flattest point (null when η* is exact).</summary>
    public static (double EtaStar, string? EtaStarExact, string? MinSharpnessExact, double[]? Point) FindWithPoint(Problem problem, NumericProblem numeric, ulong seed, Terminal terminal, string command)
    {
        if (ExactCriticalEta.TryFind(problem) is { } exact)
            return (exact.CriticalEta.ToDouble(), exact.CriticalEta.ToString(), exact.MinSharpness.ToString(), null);
        var minimum = terminal.WithProgress("S_min over the minimisers", _ => MinSharpness.Find(numeric, new MinSharpnessOptions(Seed: seed)));
        double etaStar = minimum.CriticalEta;
        if (!double.IsFinite(etaStar) || !(etaStar > 0))
            throw new InputException(command, $"η* = 2/S_min is not a finite positive number here (S_min = {minimum.Value.ToString("R", CultureInfo.InvariantCulture)}, e.g. W* = 0), so step sizes as multiples of η* are undefined");
        return (etaStar, null, null, minimum.Point);
    }
}

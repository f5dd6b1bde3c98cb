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
        if (ExactCriticalEta.TryFind(problem) is { } exact)
            return (exact.CriticalEta.ToDouble(), exact.CriticalEta.ToString(), exact.MinSharpness.ToString());
        var minimum = terminal.WithProgress("S_min over the minimisers", _ => MinSharpness.Find(numeric, new MinSharpnessOptions(Seed: seed)));
        double etaStar = minimum.CriticalEta;
        if (!double.IsFinite(etaStar) || !(etaStar > 0))
            throw new InputException(command, $"η* = 2/S_min is not a finite positive number here (S_min = {minimum.Value.ToString("R", CultureInfo.InvariantCulture)}, e.g. W* = 0), so step sizes as multiples of η* are undefined");
        return (etaStar, null, null);
    }
}

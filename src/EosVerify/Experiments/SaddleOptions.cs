using EosVerify.Networks;

namespace EosVerify.Experiments;

/// <summary>
/// Options of the saddle measurement (<see cref="SaddleMeasurement"/>, the `sweep saddle` command): K runs at η = Ratio·η*
/// from θ = scale·N(0,1) (run i from SeededRandom.ForStream(Seed, i), the sweep's starts), T steps each (stopping only at
/// divergence), ‖θ_t‖ and ‖∇L(θ_t)‖ recorded at about CheckpointsPerDecade log-spaced steps per decade, and decay
/// exponents fitted over the steps t ≥ FitFrom·T.
/// </summary>
internal sealed record SaddleOptions
{
    public double Ratio { get; init; } = 2;
    public int Runs { get; init; } = 100;
    public int Steps { get; init; } = 1_000_000;
    public double InitScale { get; init; } = 0.5;
    public ulong Seed { get; init; } = 1;
    public double Tolerance { get; init; } = 1e-8;
    public double DivergenceBound { get; init; } = 1e10;
    public int CheckpointsPerDecade { get; init; } = 10;
    public double FitFrom { get; init; } = 0.01;

    /// <summary>η* to use instead of 2/S_min computed by <see cref="Numerics.MinSharpness"/>.</summary>
    public double? CriticalEta { get; init; }

    /// <summary>One start for every run instead of the seeded ones (length P; for hand-checkable cases).</summary>
    public IReadOnlyList<double>? InitialTheta { get; init; }

    /// <summary>Threads (null: all cores). Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    public void Validate()
    {
        if (!(Ratio > 0) || !double.IsFinite(Ratio)) throw new InputException("ratio", $"is {Ratio}; the multiple of η* must be positive");
        if (Runs < 1) throw new InputException("runs", $"is {Runs}; K must be at least 1");
        if (Steps < 10) throw new InputException("steps", $"is {Steps}; a decay exponent needs at least 10 steps");
        if (!(InitScale >= 0) || !double.IsFinite(InitScale)) throw new InputException("scale", $"is {InitScale}; the initialisation scale must be ≥ 0");
        if (!(Tolerance > 0)) throw new InputException("tolerance", $"is {Tolerance}; expected a positive number");
        if (!(DivergenceBound > 0)) throw new InputException("divergence-bound", $"is {DivergenceBound}; expected a positive number");
        if (CheckpointsPerDecade < 2) throw new InputException("checkpoints", $"is {CheckpointsPerDecade}; expected at least 2 per decade");
        if (!(FitFrom > 0 && FitFrom < 1)) throw new InputException("fit-from", $"is {FitFrom}; expected a fraction of T in (0, 1)");
        if (CriticalEta is { } e && (!(e > 0) || !double.IsFinite(e))) throw new InputException("eta-star", $"is {e}; η* must be positive");
        if (MaxDegreeOfParallelism is { } t && t < 1) throw new InputException("threads", $"is {t}; expected at least 1");
    }

    /// <summary>The recorded steps: 0, then round(10^{j/m}) for j = 0, 1, … (duplicates removed) up to T, and T itself.</summary>
    public int[] Checkpoints()
    {
        var steps = new SortedSet<int> { 0, Steps };
        for (int j = 0; ; j++)
        {
            double t = Math.Round(Math.Pow(10, (double)j / CheckpointsPerDecade));
            if (t >= Steps) break;
            steps.Add((int)t);
        }
        return [.. steps];
    }
}

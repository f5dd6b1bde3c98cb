using EosVerify.Networks;

namespace EosVerify.Experiments;

/// <summary>
/// Options of a step-size sweep (the `sweep` command): for each ratio ρ on the grid, η = ρ·η*, and <see cref="Runs"/>
/// runs from θ = scale·N(0,1) (run i draws from SeededRandom.ForStream(Seed, i), the same starts for every η).
/// A run stops early when it diverges, or when it has been classified converged for <see cref="ConfirmationSteps"/>
/// consecutive steps (a run passing near an unstable minimum leaves it again within that window).
/// </summary>
internal sealed record SweepOptions
{
    public static readonly IReadOnlyList<double> DefaultRatios = [0.5, 0.8, 0.9, 0.95, 1.05, 1.1, 1.25, 2.0];

    public IReadOnlyList<double> Ratios { get; init; } = DefaultRatios;

    /// <summary>Explicit step sizes to use instead of <see cref="Ratios"/> (each row's ratio is then η/η*).</summary>
    public IReadOnlyList<double>? Etas { get; init; }
    public int Runs { get; init; } = 200;
    public int Steps { get; init; } = 2000;
    public double InitScale { get; init; } = 0.5;
    public ulong Seed { get; init; } = 1;
    public double Tolerance { get; init; } = 1e-6;
    public double DivergenceBound { get; init; } = 1e10;
    public int ConfirmationSteps { get; init; } = 100;

    /// <summary>η* to use instead of 2/S_min computed by <see cref="Numerics.MinSharpness"/>.</summary>
    public double? CriticalEta { get; init; }

    /// <summary>A bracket of η* (e.g. certified) to shade on the plots; it does not change the runs.</summary>
    public EtaBracket? EtaStarBracket { get; init; }

    /// <summary>Compute λ_max(H) at each run's last iterate (Lanczos); off for the cheapest sweeps.</summary>
    public bool RecordSharpness { get; init; } = true;

    /// <summary>Threads (null: all cores). Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    public void Validate()
    {
        if (Ratios.Count == 0) throw new InputException("ratios", "is empty; give at least one multiple of η*");
        foreach (var r in Ratios)
            if (!(r > 0) || !double.IsFinite(r)) throw new InputException("ratios", $"contains {r}; every multiple of η* must be positive (η must be > 0)");
        if (Etas is not null)
        {
            if (Etas.Count == 0) throw new InputException("eta", "is an empty list; give at least one step size");
            foreach (var step in Etas)
                if (!(step > 0) || !double.IsFinite(step)) throw new InputException("eta", $"contains {step}; every step size must be a positive number");
        }
        if (Runs < 1) throw new InputException("runs", $"is {Runs}; K must be at least 1");
        if (Steps < 1) throw new InputException("steps", $"is {Steps}; at least 1 step is needed");
        if (!(InitScale >= 0) || !double.IsFinite(InitScale)) throw new InputException("scale", $"is {InitScale}; the initialisation scale must be ≥ 0");
        if (!(Tolerance > 0)) throw new InputException("tolerance", $"is {Tolerance}; expected a positive number");
        if (!(DivergenceBound > 0)) throw new InputException("divergence-bound", $"is {DivergenceBound}; expected a positive number");
        if (ConfirmationSteps < 0) throw new InputException("confirmation-steps", $"is {ConfirmationSteps}; expected ≥ 0");
        if (CriticalEta is { } e && (!(e > 0) || !double.IsFinite(e))) throw new InputException("eta-star", $"is {e}; η* must be positive");
        EtaStarBracket?.Validate();
        if (MaxDegreeOfParallelism is { } t && t < 1) throw new InputException("threads", $"is {t}; expected at least 1");
    }
}

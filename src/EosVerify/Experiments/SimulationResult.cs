namespace EosVerify.Experiments;

/// <summary>One recorded point of a trajectory. Sharpness is NaN when not recorded.</summary>
/// <param name="DistanceToMinimizers">‖W(θ) − W*‖_F (product-space distance to the minimiser manifold).</param>
public sealed record TrajectoryPoint(int Step, double Loss, double GradientNorm, double Sharpness, double DistanceToMinimizers);

/// <summary>The result of a simulation; a diverging run is a result (Outcome = Diverged), never an exception.</summary>
/// <param name="TwoOverEta">2/η, the stability threshold drawn on sharpness plots.</param>
/// <param name="OptimalLoss">The global minimum of the loss (from the minimiser target).</param>
/// <param name="StepsTaken">Steps actually taken (fewer than asked when stopped early).</param>
public sealed record SimulationResult(
    double Eta,
    double TwoOverEta,
    double OptimalLoss,
    IReadOnlyList<TrajectoryPoint> Points,
    RunOutcome Outcome,
    int StepsTaken,
    double[] FinalTheta);

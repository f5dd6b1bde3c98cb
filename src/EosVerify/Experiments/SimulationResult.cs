namespace EosVerify.Experiments;

/// <summary>
/// One recorded point of a trajectory: step, loss, ‖∇L‖, sharpness (NaN when not recorded or after divergence) and
/// the distance to the minimisers ‖W(θ) − W*‖_F (product-space distance to the minimiser manifold), and with
/// <see cref="SimulationOptions.TopK"/> &gt; 1 the top K Hessian eigenvalues λ_1 ≥ … ≥ λ_K (λ_1 = Sharpness; NaN where
/// not computed).
/// </summary>
internal sealed record TrajectoryPoint(int Step, double Loss, double GradientNorm, double Sharpness, double DistanceToMinimizers,
    IReadOnlyList<double>? TopEigenvalues = null);

/// <summary>
/// The result of a simulation; a diverging run is a result (Outcome = Diverged), never an exception. TwoOverEta is the
/// stability threshold drawn on sharpness plots; OptimalLoss the global minimum of the loss (from the minimiser target);
/// StepsTaken the steps actually taken (fewer than asked when stopped early); FinalTheta the last iterate.
/// </summary>
internal sealed record SimulationResult(
    double Eta,
    double TwoOverEta,
    double OptimalLoss,
    IReadOnlyList<TrajectoryPoint> Points,
    RunOutcome Outcome,
    int StepsTaken,
    double[] FinalTheta);

using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Evaluation;

/// <summary>
/// Size limits and seeds of <see cref="EvaluationReport"/>. Beyond a limit the field is written as null (never
/// silently approximated); docs/evaluate.md lists the fields and their limits.
/// </summary>
internal sealed record EvaluationOptions
{
    /// <summary>"hessian" (doubles, from the exact Hessian) is written when P ≤ this.</summary>
    public int MaxHessianParameters { get; init; } = 200;

    /// <summary>"hessianExact" ("p/q" strings) is written when P ≤ this (the text grows with P² entries).</summary>
    public int MaxExactHessianParameters { get; init; } = 50;

    /// <summary>"gdJacobianDeterminantExact" is computed (Bareiss, or multimodular above 40) when η is given and P ≤ this.</summary>
    public int MaxExactDeterminantParameters { get; init; } = 150;

    /// <summary>All Hessian eigenvalues (dense symmetric EVD) when P ≤ this; above, the top ones by Lanczos.</summary>
    public int MaxDenseSpectrumParameters { get; init; } = 600;

    /// <summary>How many of the largest eigenvalues Lanczos reports above <see cref="MaxDenseSpectrumParameters"/>.</summary>
    public int LanczosCount { get; init; } = 6;

    /// <summary>The exact rank of Dμ at the point of M is computed when P ≤ this; above, the numerical rank.</summary>
    public int MaxExactRankParameters { get; init; } = 2000;

    /// <summary>Seeds the generated θ (when the problem has none), the move along M and the S_min restarts.</summary>
    public ulong Seed { get; init; } = GeneratedDataDefaults.Seed;

    /// <summary>Scale of the generated θ (see <see cref="EvaluationPoint"/>).</summary>
    public double ThetaScale { get; init; } = EvaluationPoint.DefaultScale;

    public MinSharpnessOptions? MinSharpness { get; init; }

    /// <summary>The cost-model budget (`--budget`): the S_min search gets its share, and a numerical rank of Dμ beyond it is written as null.</summary>
    public WorkBudget Budget { get; init; } = WorkBudget.Default;

    public void Validate()
    {
        foreach (var (name, value) in new[]
                 {
                     ("max-hessian-parameters", MaxHessianParameters), ("max-exact-hessian-parameters", MaxExactHessianParameters),
                     ("max-exact-determinant-parameters", MaxExactDeterminantParameters),
                     ("max-dense-spectrum-parameters", MaxDenseSpectrumParameters), ("lanczos-count", LanczosCount),
                     ("max-exact-rank-parameters", MaxExactRankParameters),
                 })
            if (value < 0) throw new InputException(name, $"is {value}; expected a whole number ≥ 0");
        if (LanczosCount < 1) throw new InputException("lanczos-count", $"is {LanczosCount}; expected at least 1");
        if (!(ThetaScale > 0) || !double.IsFinite(ThetaScale)) throw new InputException("scale", $"is {ThetaScale}; expected a positive number");
        MinSharpness?.Validate();
    }
}

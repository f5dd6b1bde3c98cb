using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>T1 violated for L = 1: η = 1/λ for an eigenvalue λ of 2c·Sxx makes I − ηH singular at every θ.</summary>
public sealed record SingularStepCounterexample : CheckCounterexample
{
    /// <summary>The exceptional step size.</summary>
    public required Rational Eta { get; init; }

    /// <summary>Where G_η is singular: every θ.</summary>
    public required string Theta { get; init; }

    /// <summary>λ = 1/η, an eigenvalue of 2c·Sxx and so of H.</summary>
    public required Rational HessianEigenvalue { get; init; }

    /// <summary>How to re-check it by hand.</summary>
    public required string Recheck { get; init; }
}

/// <summary>T1 violated for small P: det(I − ηH(θ)) expands to the zero polynomial in θ at this η.</summary>
public sealed record ZeroDeterminantCounterexample : CheckCounterexample
{
    /// <summary>The exceptional step size.</summary>
    public required Rational Eta { get; init; }

    /// <summary>The expanded determinant: "0 (expanded exactly in θ)".</summary>
    public required string DeterminantPolynomial { get; init; }
}

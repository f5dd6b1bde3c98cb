using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// A concrete instance: architecture, data moments and loss scale, optionally a point θ and a step size η.
/// All numbers are exact.
/// </summary>
public sealed class Problem
{
    public Architecture Architecture { get; }
    public Moments Moments { get; }
    public LossScale LossScale { get; }
    public IReadOnlyList<Rational>? Theta { get; }
    public Rational? Eta { get; }

    /// <summary>A short label for reports (e.g. the default-suite case name); null when unnamed.</summary>
    public string? Name { get; }

    public Problem(Architecture architecture, Moments moments, LossScale lossScale = LossScale.HalfMean,
        IReadOnlyList<Rational>? theta = null, Rational? eta = null, string? name = null)
    {
        if (moments.InputDimension != architecture.InputDimension)
            throw new InputException("data", $"has input dimension {moments.InputDimension}; architecture {architecture} has d0 = {architecture.InputDimension}");
        if (moments.OutputDimension != architecture.OutputDimension)
            throw new InputException("data", $"has output dimension {moments.OutputDimension}; architecture {architecture} has dL = {architecture.OutputDimension}");
        if (theta is not null) architecture.Layout.RequireLength(theta.Count);
        if (eta is { } e && e.Sign <= 0) throw new InputException("eta", $"is {e}; the step size must be positive");
        Architecture = architecture;
        Moments = moments;
        LossScale = lossScale;
        Theta = theta?.ToArray();
        Eta = eta;
        Name = name;
    }

    public ParameterLayout Layout => Architecture.Layout;
    public int ParameterCount => Architecture.ParameterCount;

    public Problem WithTheta(IReadOnlyList<Rational>? theta) => new(Architecture, Moments, LossScale, theta, Eta, Name);
    public Problem WithEta(Rational? eta) => new(Architecture, Moments, LossScale, Theta, eta, Name);
    public Problem WithName(string? name) => new(Architecture, Moments, LossScale, Theta, Eta, name);
}

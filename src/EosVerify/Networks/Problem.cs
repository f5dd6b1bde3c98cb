using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// A concrete instance: architecture, data moments and loss scale, optionally a point θ and a step size η.
/// All numbers are exact.
/// </summary>
public sealed class Problem
{
    /// <summary>The network's layer widths.</summary>
    public Architecture Architecture { get; }
    /// <summary>The data, through their second moments.</summary>
    public Moments Moments { get; }
    /// <summary>Which loss: half-mean (the default) or mean.</summary>
    public LossScale LossScale { get; }
    /// <summary>A point θ to evaluate at, or null.</summary>
    public IReadOnlyList<Rational>? Theta { get; }
    /// <summary>The step size η, or null (T3 and T4 then choose one).</summary>
    public Rational? Eta { get; }

    /// <summary>A short label for reports (e.g. the default-suite case name); null when unnamed.</summary>
    public string? Name { get; }

    /// <summary>How reports name the problem: its <see cref="Name"/>, else its architecture (e.g. "2-3-1").</summary>
    public string Label => Name ?? Architecture.ToString();

    /// <summary>A problem; <see cref="EosVerify.ProblemBuilder"/> builds one from arrays or files.</summary>
    /// <exception cref="InputException">Moments of other dimensions than the architecture's, θ not of length P, or η not positive.</exception>
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

    /// <summary>How θ is laid out.</summary>
    public ParameterLayout Layout => Architecture.Layout;
    /// <summary>P, the number of parameters.</summary>
    public int ParameterCount => Architecture.ParameterCount;

    /// <summary>The same problem at another point θ (or none).</summary>
    public Problem WithTheta(IReadOnlyList<Rational>? theta) => new(Architecture, Moments, LossScale, theta, Eta, Name);
    /// <summary>The same problem with another step size (or none).</summary>
    public Problem WithEta(Rational? eta) => new(Architecture, Moments, LossScale, Theta, eta, Name);
    /// <summary>The same problem under another name (or none).</summary>
    public Problem WithName(string? name) => new(Architecture, Moments, LossScale, Theta, Eta, name);
}

using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Derivation.Latex;

/// <summary>
/// The problem a derivation document describes, as plain data: widths d0..dL, the loss scale (name and factor c in
/// L = c·[tr(W Sxx Wᵀ) − 2 tr(Syx Wᵀ) + tr(Syy)]), the moment matrices and P.
/// </summary>
internal sealed record DerivationSetting(
    IReadOnlyList<int> Widths,
    string LossScaleName,
    Rational LossFactor,
    RationalMatrix Sxx,
    RationalMatrix Syx,
    RationalMatrix Syy,
    int ParameterCount)
{
    /// <summary>n, shown when known.</summary>
    public int? SampleCount { get; init; }

    /// <summary>A name for the title, e.g. the problem file's name.</summary>
    public string? Name { get; init; }

    public int Depth => Widths.Count - 1;

    public static DerivationSetting FromProblem(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var m = problem.Moments;
        return new DerivationSetting(problem.Architecture.Widths, problem.LossScale.Name(), problem.LossScale.Factor(),
            m.Sxx, m.Syx, m.Syy, problem.ParameterCount)
        { SampleCount = m.SampleCount, Name = problem.Name };
    }

    /// <summary>Throws ArgumentException naming the first inconsistency between widths, P and the moment shapes.</summary>
    public void Validate()
    {
        if (Widths is null || Widths.Count < 2) throw new ArgumentException("A setting needs at least two widths d0, d1.", nameof(Widths));
        if (Widths.Any(w => w < 1)) throw new ArgumentException($"Widths must be positive, got {string.Join("-", Widths)}.", nameof(Widths));
        long p = 0;
        for (int k = 1; k < Widths.Count; k++) p += (long)Widths[k] * Widths[k - 1];
        if (p != ParameterCount) throw new ArgumentException($"P = {ParameterCount} does not match widths {string.Join("-", Widths)} (which give P = {p}).", nameof(ParameterCount));
        if (LossFactor.Sign <= 0) throw new ArgumentException($"The loss factor c must be positive, got {LossFactor}.", nameof(LossFactor));
        ArgumentException.ThrowIfNullOrWhiteSpace(LossScaleName);
        int d0 = Widths[0], dL = Widths[^1];
        RequireShape(Sxx, d0, d0, "Sxx");
        RequireShape(Syx, dL, d0, "Syx");
        RequireShape(Syy, dL, dL, "Syy");
        if (SampleCount is < 1) throw new ArgumentException($"The sample count n must be positive, got {SampleCount}.", nameof(SampleCount));
    }

    private static void RequireShape(RationalMatrix m, int rows, int columns, string name)
    {
        if (m is null) throw new ArgumentNullException(name, $"{name} is missing.");
        if (m.RowCount != rows || m.ColumnCount != columns)
            throw new ArgumentException($"{name} must be {rows}×{columns} for widths d0 = {rows}/{columns}, got {m.RowCount}×{m.ColumnCount}.", name);
    }
}

/// <summary>
/// Expanded polynomials for the optional sections (only printed when P ≤ <see cref="DerivationDocument.MaxExpandedParameters"/>);
/// each one null = section skipped. Variables 0..P−1 are θ's entries; η is variable <see cref="EtaVariable"/>.
/// </summary>
internal sealed record ExpandedPolynomials
{
    public IEnumerable<PolynomialTerm>? Loss { get; init; }

    /// <summary>∂L/∂θ_p for p = 0..P−1.</summary>
    public IReadOnlyList<IEnumerable<PolynomialTerm>>? Gradient { get; init; }

    /// <summary>H_pq = ∂²L/∂θ_p∂θ_q as a P×P array of rows; only entries with p ≤ q are read (H is symmetric).</summary>
    public IReadOnlyList<IReadOnlyList<IEnumerable<PolynomialTerm>>>? Hessian { get; init; }

    /// <summary>det(I − ηH(θ)), a polynomial in θ and η.</summary>
    public IEnumerable<PolynomialTerm>? GdJacobianDeterminant { get; init; }

    /// <summary>The variable index of η in <see cref="GdJacobianDeterminant"/>; null means P.</summary>
    public int? EtaVariable { get; init; }

    public bool IsEmpty => Loss is null && Gradient is null && Hessian is null && GdJacobianDeterminant is null;
}

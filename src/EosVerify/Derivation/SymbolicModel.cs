using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Derivation;

/// <summary>
/// The loss of a problem as an exact polynomial, and everything derived from it by differentiation: the ring has
/// variables θ_0..θ_{P−1} (named by <see cref="ParameterNames.Plain"/>) and η last (named
/// <see cref="ParameterNames.Eta"/>). Built for small P (see <see cref="MaxParameters"/>); the gradient, Hessian
/// and GD-map Jacobian are computed on first use, the determinant on each call.
/// </summary>
internal sealed class SymbolicModel
{
    /// <summary>The largest P accepted; beyond it the packed monomials or the expansion get impractical.</summary>
    public const int MaxParameters = 60;

    private readonly Lazy<Polynomial[]> _gradient;
    private readonly Lazy<PolynomialMatrix> _hessian;
    private readonly Lazy<PolynomialMatrix> _productJacobian;

    public Problem Problem { get; }
    public PolynomialRing Ring { get; }
    public int ParameterCount { get; }

    /// <summary>W_1..W_L (index 0 holds W_1), entries are the variables θ_p.</summary>
    public IReadOnlyList<PolynomialMatrix> Weights { get; }

    /// <summary>W(θ) = W_L⋯W_1, dL × d0.</summary>
    public PolynomialMatrix Product { get; }

    /// <summary>L(θ) = c·[tr(W Sxx Wᵀ) − 2 tr(Syx Wᵀ) + tr Syy].</summary>
    public Polynomial Loss { get; }

    private SymbolicModel(Problem problem)
    {
        Problem = problem;
        var layout = problem.Layout;
        ParameterCount = layout.ParameterCount;
        int depth = problem.Architecture.Depth;
        var names = ParameterNames.AllPlain(layout).Append(ParameterNames.Eta);
        // det(I − ηH) has total degree ≤ P(2L − 1) (each factor is 1 or −ηH_ij); the loss has degree 2L. Size the
        // ring for the determinant when the packing allows, otherwise for the loss alone.
        long determinantDegree = (long)ParameterCount * (2 * depth - 1);
        Ring = TryRing(names, (int)Math.Min(determinantDegree, int.MaxValue / 4)) ?? new PolynomialRing(names, Math.Max(2 * depth, 2));

        var weights = new PolynomialMatrix[depth];
        for (int k = 1; k <= depth; k++)
            weights[k - 1] = PolynomialMatrix.Create(Ring, layout.Rows(k), layout.Columns(k), (i, j) => Ring.Variable(layout.Index(k, i, j)));
        Weights = weights;
        var product = weights[0];
        for (int k = 1; k < depth; k++) product = weights[k] * product;
        Product = product;
        Loss = BuildLoss(problem, product);

        _gradient = new Lazy<Polynomial[]>(() => Enumerable.Range(0, ParameterCount).Select(p => Loss.Derivative(p)).ToArray());
        _hessian = new Lazy<PolynomialMatrix>(BuildHessian);
        _productJacobian = new Lazy<PolynomialMatrix>(() =>
        {
            int d0 = Product.ColumnCount;
            return PolynomialMatrix.Create(Ring, Product.RowCount * d0, ParameterCount, (row, p) => Product[row / d0, row % d0].Derivative(p));
        });
    }

    /// <summary>Builds the model; throws <see cref="InputException"/> (field "architecture") when P exceeds <see cref="MaxParameters"/>.</summary>
    public static SymbolicModel Build(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.ParameterCount > MaxParameters)
            throw new InputException("architecture", $"{problem.Architecture} has P = {problem.ParameterCount} parameters; symbolic expansion is limited to P ≤ {MaxParameters}");
        return new SymbolicModel(problem);
    }

    /// <summary>The variable θ_p.</summary>
    public Polynomial Parameter(int p) => Ring.Variable(p);

    /// <summary>The step-size variable η (the ring's last variable).</summary>
    public Polynomial Eta => Ring.Variable(ParameterCount);

    public int EtaIndex => ParameterCount;

    /// <summary>∇L: P polynomials of degree 2L − 1.</summary>
    public IReadOnlyList<Polynomial> Gradient => _gradient.Value;

    /// <summary>H = ∇²L, P×P symmetric, entries of degree 2L − 2.</summary>
    public PolynomialMatrix Hessian => _hessian.Value;

    /// <summary>DG_η = I − ηH.</summary>
    public PolynomialMatrix GdJacobian() => PolynomialMatrix.Identity(Ring, ParameterCount) - Eta * Hessian;

    /// <summary>
    /// det(I − ηH(θ)), expanded in θ and η. Computed as Σ_k c_k(θ) η^k from the characteristic polynomial
    /// det(λI − H) = Σ_k c_k λ^{P−k} (Berkowitz on H, whose entries carry no η, keeps intermediates small):
    /// det(I − ηH) = η^P det(η⁻¹I − H). The term count can grow exponentially with P.
    /// </summary>
    public Polynomial GdJacobianDeterminant()
    {
        long needed = (long)ParameterCount * (2 * Problem.Architecture.Depth - 1);
        if (needed > Ring.MaxTotalDegree)
            throw new NotSupportedException($"det(I − ηH) for P = {ParameterCount} can reach total degree {needed}, beyond this ring's limit of {Ring.MaxTotalDegree}.");
        var c = Hessian.CharacteristicCoefficients();
        var builder = Ring.CreateBuilder();
        var etaPower = Ring.One;
        for (int k = 0; k < c.Count; k++)
        {
            builder.AddProduct(c[k], etaPower);
            etaPower *= Eta;
        }
        return builder.ToPolynomial();
    }

    /// <summary>Dμ, (dL·d0) × P: row r·d0 + s holds ∂W[r,s]/∂θ_p (rows in row-major order of W).</summary>
    public PolynomialMatrix ProductJacobian => _productJacobian.Value;

    /// <summary>The values of θ and η as a point of the ring (η may be omitted when the polynomial has no η).</summary>
    public Rational[] Point(IReadOnlyList<Rational> theta, Rational? eta = null)
    {
        ArgumentNullException.ThrowIfNull(theta);
        Problem.Layout.RequireLength(theta.Count);
        return [.. theta, eta ?? Rational.Zero];
    }

    private static PolynomialRing? TryRing(IEnumerable<string> names, int degree)
    {
        try { return new PolynomialRing(names, Math.Max(degree, 2)); }
        catch (NotSupportedException) { return null; }
    }

    private Polynomial BuildLoss(Problem problem, PolynomialMatrix w)
    {
        var m = problem.Moments;
        var builder = Ring.CreateBuilder();
        var wsxx = w * PolynomialMatrix.FromRational(Ring, m.Sxx);
        for (int i = 0; i < w.RowCount; i++)
        {
            for (int j = 0; j < w.ColumnCount; j++)
            {
                builder.AddProduct(wsxx[i, j], w[i, j]);
                builder.AddScaled(-2 * m.Syx[i, j], w[i, j]);
            }
            builder.AddConstant(m.Syy[i, i]);
        }
        return builder.ToPolynomial() * problem.LossScale.Factor();
    }

    private PolynomialMatrix BuildHessian()
    {
        var g = Gradient;
        var upper = new Polynomial[ParameterCount, ParameterCount];
        for (int p = 0; p < ParameterCount; p++)
            for (int q = p; q < ParameterCount; q++)
                upper[p, q] = g[p].Derivative(q);
        return PolynomialMatrix.Create(Ring, ParameterCount, ParameterCount, (p, q) => p <= q ? upper[p, q] : upper[q, p]);
    }
}

using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>How a <see cref="StableRay"/> keeps the Hessian constant.</summary>
internal enum RayKind
{
    /// <summary>
    /// N = e_Row e_Columnᵀ in a hidden-to-hidden layer W_j (2 ≤ j ≤ L−1) with A_j N = 0 and N B_j = 0: θ₀ + tN stays on M
    /// and leaves every A_k and B_k unchanged (A_k for k &lt; j contains A_j·W_j, B_k for k &gt; j contains W_j·B_j), so Dμ,
    /// the Gauss–Newton Hessian and — G = 0 on M — the whole Hessian are constant along the ray.
    /// </summary>
    HiddenLayerKernel,

    /// <summary>
    /// N = e nᵀ in W_1 with Sxx n = 0 (singular inputs): the loss depends on W only through W·Sxx and Syx = W*·Sxx, so
    /// L(θ + tN) = L(θ) for every θ and t; the loss, its gradient and its Hessian are the same at θ₀ + tN as at θ₀.
    /// </summary>
    InputNullSpace,
}

/// <summary>
/// An unbounded family of stable global minima (MATH.md T3): a rational global minimizer θ₀ and a rational direction N
/// along which the Hessian is constant (<see cref="RayKind"/>): if θ₀ is stable, so is every θ₀ + tN, of any norm.
/// </summary>
internal sealed record StableRay(Rational[] Base, Rational[] Direction, RayKind Kind, int Layer, string Construction)
{
    public Rational[] PointAt(Rational t) => Base.Zip(Direction, (b, d) => b + t * d).ToArray();

    /// <summary>A power of two t with ‖θ₀ + tN‖² &gt; radiusSquared.</summary>
    public Rational StepBeyond(Rational radiusSquared)
    {
        var t = Rational.One;
        while (ExactStability.NormSquared(PointAt(t)) <= radiusSquared) t *= 2;
        return t;
    }

    /// <summary>The exact condition that makes the Hessian constant along the ray, checked at θ₀.</summary>
    public bool ConditionHolds(Problem problem) => Kind switch
    {
        RayKind.HiddenLayerKernel => HiddenLayerKernelHolds(problem.Architecture),
        RayKind.InputNullSpace => InputNullSpaceHolds(problem),
        _ => false,
    };

    private bool HiddenLayerKernelHolds(Architecture architecture)
    {
        var layout = architecture.Layout;
        var n = RationalArrays.ToMatrix(layout.Split(Direction)[Layer - 1]);
        if (layout.Split(Direction).Where((_, k) => k != Layer - 1).Any(w => w.Cast<Rational>().Any(x => !x.IsZero))) return false;
        var layers = new ExactLayers(architecture, Base);
        return (layers.After(Layer) * n).IsZero && (n * layers.Before(Layer)).IsZero;
    }

    private bool InputNullSpaceHolds(Problem problem)
    {
        var layout = problem.Layout;
        var split = layout.Split(Direction);
        if (Layer != 1 || split.Skip(1).Any(w => w.Cast<Rational>().Any(x => !x.IsZero))) return false;
        return (RationalArrays.ToMatrix(split[0]) * problem.Moments.Sxx).IsZero;
    }


    /// <summary>
    /// The hidden-to-hidden layers j where points of M with a hidden-layer kernel ray exist: min(d_j, d_{j−1}) &gt; ρ, so
    /// points of M whose A_j and B_j have rank ρ leave room for a kernel on both sides (MATH.md T3).
    /// </summary>
    public static IEnumerable<int> CandidateLayers(Architecture architecture, int rankWStar) =>
        Enumerable.Range(2, Math.Max(0, architecture.Depth - 2))
            .Where(j => Math.Min(architecture.Width(j), architecture.Width(j - 1)) > rankWStar);

    /// <summary>The direction e_row e_columnᵀ in layer k.</summary>
    public static Rational[] UnitEntry(Architecture architecture, int layer, int row, int column)
    {
        var d = RationalPoints.Zero(architecture.ParameterCount);
        d[architecture.Layout.Index(layer, row, column)] = Rational.One;
        return d;
    }
}

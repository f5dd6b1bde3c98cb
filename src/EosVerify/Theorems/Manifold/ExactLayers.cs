using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// The weights of one rational point as exact matrices, with the prefix and suffix products of MATH.md §2:
/// A_k = W_L⋯W_{k+1} (A_L = I) and B_k = W_{k−1}⋯W_1 (B_1 = I), so that W = A_k W_k B_k for every k.
/// </summary>
internal sealed class ExactLayers
{
    private readonly RationalMatrix[] _w;      // _w[k − 1] = W_k
    private readonly RationalMatrix[] _before; // _before[k − 1] = B_k
    private readonly RationalMatrix[] _after;  // _after[k − 1] = A_k

    public ExactLayers(Architecture architecture, IReadOnlyList<Rational> theta)
        : this(architecture, architecture.Layout.Split(theta).Select(RationalArrays.ToMatrix).ToArray())
    {
    }

    public ExactLayers(Architecture architecture, IReadOnlyList<RationalMatrix> weights)
    {
        Architecture = architecture;
        int depth = architecture.Depth;
        if (weights.Count != depth) throw new ArgumentException($"expected {depth} weight matrices, got {weights.Count}", nameof(weights));
        _w = weights.ToArray();
        _before = new RationalMatrix[depth];
        _after = new RationalMatrix[depth];
        _before[0] = RationalMatrix.Identity(architecture.InputDimension);
        for (int k = 2; k <= depth; k++) _before[k - 1] = _w[k - 2] * _before[k - 2];
        _after[depth - 1] = RationalMatrix.Identity(architecture.OutputDimension);
        for (int k = depth - 1; k >= 1; k--) _after[k - 1] = _after[k] * _w[k];
        Product = _after[0] * _w[0];
    }

    public Architecture Architecture { get; }

    /// <summary>W_k, k = 1..L.</summary>
    public RationalMatrix Weight(int k) => _w[k - 1];

    /// <summary>A_k = W_L⋯W_{k+1}.</summary>
    public RationalMatrix After(int k) => _after[k - 1];

    /// <summary>B_k = W_{k−1}⋯W_1.</summary>
    public RationalMatrix Before(int k) => _before[k - 1];

    /// <summary>W = W_L⋯W_1.</summary>
    public RationalMatrix Product { get; }

    public IReadOnlyList<RationalMatrix> Weights => _w;

    public Rational[] ToTheta() => Architecture.Layout.Join(_w.Select(RationalArrays.ToArray).ToArray());
}

namespace EosVerify.Numerics;

/// <summary>
/// Scratch buffers for loss and gradient evaluations of one <see cref="NumericProblem"/>; reuse it across the steps of
/// a run to avoid allocation. Not thread-safe: one workspace per thread.
/// Gradient (MATH.md §2): ∇_{W_k} L = 2c·A_kᵀ G B_kᵀ with G = W Sxx − Syx, computed by backpropagation:
/// prefixes B_{k+1} = W_k B_k forward, then M_L = 2cG, ∇_k = M_k B_kᵀ, M_{k−1} = W_kᵀ M_k. About 3L products.
/// </summary>
internal sealed class GradientWorkspace
{
    private readonly NumericProblem _problem;
    private readonly double[][] _prefix; // _prefix[k] = B_k = W_{k−1}⋯W_1 (d_{k−1}×d0) for k = 2..L+1
    private readonly double[] _wSxx, _residual, _back0, _back1;

    internal GradientWorkspace(NumericProblem problem)
    {
        _problem = problem;
        var arch = problem.Architecture;
        int d0 = arch.InputDimension, l = arch.Depth;
        _prefix = new double[l + 2][];
        for (int k = 2; k <= l + 1; k++) _prefix[k] = new double[arch.Width(k - 1) * d0];
        _wSxx = new double[arch.OutputDimension * d0];
        _residual = new double[arch.OutputDimension * d0];
        int widest = arch.Widths.Max();
        _back0 = new double[widest * d0];
        _back1 = new double[widest * d0];
    }

    /// <summary>W(θ) from the last <see cref="Evaluate"/>, row-major dL×d0.</summary>
    internal ReadOnlySpan<double> ProductData => _prefix[_problem.Depth + 1];

    /// <summary>The loss at θ; also writes ∇L(θ) into <paramref name="gradient"/> unless it is empty.</summary>
    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var p = _problem;
        p.RequireTheta(theta);
        if (gradient.Length != 0 && gradient.Length != p.ParameterCount)
            throw new ArgumentException($"The gradient buffer has {gradient.Length} entries; P = {p.ParameterCount}.", nameof(gradient));
        var layout = p.Layout;
        var kernels = p.Kernels;
        int l = p.Depth, d0 = p.InputDimension, dL = p.OutputDimension;

        Layer(theta, 1).CopyTo(_prefix[2]);
        for (int k = 2; k <= l; k++)
            kernels.Multiply(Layer(theta, k), _prefix[k], _prefix[k + 1], layout.Rows(k), layout.Columns(k), d0);
        var w = _prefix[l + 1];
        kernels.Multiply(w, p.SxxData, _wSxx, dL, d0, d0);

        var syx = p.SyxData;
        double inner = 0;
        for (int i = 0; i < w.Length; i++) inner += (_wSxx[i] - 2 * syx[i]) * w[i];
        double loss = p.LossFactor * (inner + p.TraceSyy);
        if (gradient.Length == 0) return loss;

        double twoC = 2 * p.LossFactor;
        for (int i = 0; i < w.Length; i++) _residual[i] = twoC * (_wSxx[i] - syx[i]);

        double[] current = _residual, next = _back0;
        for (int k = l; k >= 1; k--)
        {
            int rows = layout.Rows(k), columns = layout.Columns(k);
            var gk = gradient.Slice(layout.Offset(k), rows * columns);
            if (k == 1)
            {
                current.AsSpan(0, rows * d0).CopyTo(gk);
                break;
            }
            kernels.MultiplyTransposeB(current, _prefix[k], gk, rows, d0, columns);
            kernels.MultiplyTransposeA(Layer(theta, k), current, next, columns, rows, d0);
            current = next;
            next = ReferenceEquals(next, _back0) ? _back1 : _back0;
        }
        return loss;
    }

    private ReadOnlySpan<double> Layer(ReadOnlySpan<double> theta, int k)
    {
        var layout = _problem.Layout;
        return theta.Slice(layout.Offset(k), layout.Rows(k) * layout.Columns(k));
    }
}

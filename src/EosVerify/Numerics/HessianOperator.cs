namespace EosVerify.Numerics;

/// <summary>
/// H(θ) as a linear operator. The products v ↦ H v differentiate the gradient ∇_k = M_k B_kᵀ along V (MATH.md §2):
/// dB_{k+1} = V_k B_k + W_k dB_k, dM_L = 2c·dW Sxx, dM_{k−1} = V_kᵀ M_k + W_kᵀ dM_k, (Hv)_k = dM_k B_kᵀ + M_k dB_kᵀ.
/// B_k and M_k are computed once here; each product then costs about 6L matrix products and no P×P storage.
/// Not thread-safe (it owns scratch buffers).
/// </summary>
internal sealed class HessianOperator : ISymmetricOperator
{
    private readonly NumericProblem _problem;
    private readonly double[] _theta;
    private readonly double[][] _prefix;     // B_k, k = 2..L+1
    private readonly double[][] _back;       // M_k = 2c·A_kᵀ G, k = 1..L
    private readonly double[][] _dPrefix;    // dB_k, k = 2..L+1
    private readonly double[] _dBack0, _dBack1;

    internal HessianOperator(NumericProblem problem, ReadOnlySpan<double> theta)
    {
        problem.RequireTheta(theta);
        _problem = problem;
        _theta = theta.ToArray();
        var arch = problem.Architecture;
        var layout = problem.Layout;
        var kernels = problem.Kernels;
        int l = arch.Depth, d0 = arch.InputDimension, dL = arch.OutputDimension;

        _prefix = new double[l + 2][];
        _dPrefix = new double[l + 2][];
        for (int k = 2; k <= l + 1; k++)
        {
            _prefix[k] = new double[arch.Width(k - 1) * d0];
            _dPrefix[k] = new double[arch.Width(k - 1) * d0];
        }
        Layer(_theta, 1).CopyTo(_prefix[2]);
        for (int k = 2; k <= l; k++)
            kernels.Multiply(Layer(_theta, k), _prefix[k], _prefix[k + 1], layout.Rows(k), layout.Columns(k), d0);

        var w = _prefix[l + 1];
        var residual = new double[dL * d0];
        kernels.Multiply(w, problem.SxxData, residual, dL, d0, d0);
        var syx = problem.SyxData;
        double twoC = 2 * problem.LossFactor;
        for (int i = 0; i < residual.Length; i++) residual[i] = twoC * (residual[i] - syx[i]);

        _back = new double[l + 1][];
        _back[l] = residual;
        for (int k = l; k >= 2; k--)
        {
            _back[k - 1] = new double[layout.Columns(k) * d0];
            kernels.MultiplyTransposeA(Layer(_theta, k), _back[k], _back[k - 1], layout.Columns(k), layout.Rows(k), d0);
        }
        int widest = arch.Widths.Max();
        _dBack0 = new double[widest * d0];
        _dBack1 = new double[widest * d0];
    }

    public int Dimension => _problem.ParameterCount;

    public void Apply(ReadOnlySpan<double> v, Span<double> result)
    {
        var p = _problem;
        if (v.Length != Dimension) throw new ArgumentException($"The vector has {v.Length} entries; P = {Dimension}.", nameof(v));
        if (result.Length != Dimension) throw new ArgumentException($"The result buffer has {result.Length} entries; P = {Dimension}.", nameof(result));
        var layout = p.Layout;
        var kernels = p.Kernels;
        int l = p.Depth, d0 = p.InputDimension, dL = p.OutputDimension;

        Layer(v, 1).CopyTo(_dPrefix[2]);
        for (int k = 2; k <= l; k++)
        {
            int rows = layout.Rows(k), columns = layout.Columns(k);
            kernels.Multiply(Layer(v, k), _prefix[k], _dPrefix[k + 1], rows, columns, d0);
            kernels.Multiply(Layer(_theta, k), _dPrefix[k], _dPrefix[k + 1], rows, columns, d0, accumulate: true);
        }

        double[] dCurrent = _dBack0, dNext = _dBack1;
        kernels.Multiply(_dPrefix[l + 1], p.SxxData, dCurrent, dL, d0, d0);
        double twoC = 2 * p.LossFactor;
        for (int i = 0; i < dL * d0; i++) dCurrent[i] *= twoC;

        for (int k = l; k >= 1; k--)
        {
            int rows = layout.Rows(k), columns = layout.Columns(k);
            var hk = result.Slice(layout.Offset(k), rows * columns);
            if (k == 1)
            {
                dCurrent.AsSpan(0, rows * d0).CopyTo(hk);
                break;
            }
            kernels.MultiplyTransposeB(dCurrent, _prefix[k], hk, rows, d0, columns);
            kernels.MultiplyTransposeB(_back[k], _dPrefix[k], hk, rows, d0, columns, accumulate: true);
            kernels.MultiplyTransposeA(Layer(v, k), _back[k], dNext, columns, rows, d0);
            kernels.MultiplyTransposeA(Layer(_theta, k), dCurrent, dNext, columns, rows, d0, accumulate: true);
            (dCurrent, dNext) = (dNext, dCurrent);
        }
    }

    private ReadOnlySpan<double> Layer(ReadOnlySpan<double> vector, int k)
    {
        var layout = _problem.Layout;
        return vector.Slice(layout.Offset(k), layout.Rows(k) * layout.Columns(k));
    }
}

using EosVerify.Networks;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Numerics;

/// <summary>
/// A problem in double precision, built from the moments only (MATH.md §1), so every evaluation costs the same
/// whatever the sample count n. Loss L = c·[tr(W Sxx Wᵀ) − 2 tr(Syx Wᵀ) + tr(Syy)], with c = ½ (half-mean) or 1 (mean).
/// Immutable and thread-safe; the mutable scratch lives in <see cref="GradientWorkspace"/>, one per thread.
/// </summary>
internal sealed class NumericProblem
{
    private readonly double[] _sxx, _syx;

    public Architecture Architecture { get; }
    public ParameterLayout Layout { get; }
    public LossScale LossScale { get; }
    public IMatrixKernels Kernels { get; }

    /// <summary>c in L = c·[…]: ½ for half-mean, 1 for mean.</summary>
    public double LossFactor { get; }

    public double TraceSyy { get; }

    /// <summary>Sxx (d0×d0), Syx (dL×d0), Syy (dL×dL) as MathNet matrices (copies are handed out; they are not shared).</summary>
    public Matrix<double> Sxx => FromRowMajor(_sxx, InputDimension, InputDimension);
    public Matrix<double> Syx => FromRowMajor(_syx, OutputDimension, InputDimension);

    public int ParameterCount => Layout.ParameterCount;
    public int Depth => Architecture.Depth;
    public int InputDimension => Architecture.InputDimension;
    public int OutputDimension => Architecture.OutputDimension;

    internal ReadOnlySpan<double> SxxData => _sxx;
    internal ReadOnlySpan<double> SyxData => _syx;

    public NumericProblem(Problem problem, IMatrixKernels? kernels = null)
        : this(problem.Architecture, problem.Moments.Sxx.ToDouble(), problem.Moments.Syx.ToDouble(),
            problem.Moments.Syy.ToDouble().Trace(), problem.LossScale, kernels)
    {
    }

    /// <summary>From double moments (for large generated problems); Sxx must be d0×d0 and symmetric, Syx dL×d0.</summary>
    public NumericProblem(Architecture architecture, Matrix<double> sxx, Matrix<double> syx, double traceSyy,
        LossScale lossScale = LossScale.HalfMean, IMatrixKernels? kernels = null)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        int d0 = architecture.InputDimension, dL = architecture.OutputDimension;
        if (sxx.RowCount != d0 || sxx.ColumnCount != d0)
            throw new InputException("moments.Sxx", $"is {sxx.RowCount}×{sxx.ColumnCount}; architecture {architecture} needs {d0}×{d0}");
        if (syx.RowCount != dL || syx.ColumnCount != d0)
            throw new InputException("moments.Syx", $"is {syx.RowCount}×{syx.ColumnCount}; architecture {architecture} needs {dL}×{d0}");
        if (!double.IsFinite(traceSyy)) throw new InputException("moments.Syy", "has a non-finite trace");
        Architecture = architecture;
        Layout = architecture.Layout;
        LossScale = lossScale;
        LossFactor = lossScale == LossScale.Mean ? 1.0 : 0.5;
        Kernels = kernels ?? MatrixKernels.Default;
        _sxx = ToRowMajor(sxx);
        _syx = ToRowMajor(syx);
        TraceSyy = traceSyy;
        for (int i = 0; i < d0; i++)
            for (int j = 0; j < d0; j++)
                if (!double.IsFinite(_sxx[i * d0 + j]) || _sxx[i * d0 + j] != _sxx[j * d0 + i])
                    throw new InputException("moments.Sxx", $"entry ({i},{j}) is not finite or breaks symmetry");
    }

    /// <summary>The same problem computed with other kernels (e.g. OpenBLAS).</summary>
    public NumericProblem WithKernels(IMatrixKernels kernels) =>
        new(Architecture, Sxx, Syx, TraceSyy, LossScale, kernels);

    public GradientWorkspace CreateWorkspace() => new(this);

    public double Loss(ReadOnlySpan<double> theta) => CreateWorkspace().Evaluate(theta, Span<double>.Empty);

    public double[] Gradient(ReadOnlySpan<double> theta)
    {
        var gradient = new double[ParameterCount];
        CreateWorkspace().Evaluate(theta, gradient);
        return gradient;
    }

    /// <summary>H(θ)·v by differentiating the gradient along v (MATH.md §2); no P×P matrix is formed.</summary>
    public double[] HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v)
    {
        var result = new double[ParameterCount];
        new HessianOperator(this, theta).Apply(v, result);
        return result;
    }

    /// <summary>The Hessian at θ as a linear operator (prefix/suffix products computed once, reused by every product).</summary>
    public HessianOperator HessianAt(ReadOnlySpan<double> theta) => new(this, theta);

    /// <summary>S(θ) = λ_max(H(θ)) (and more of the top of the spectrum when options.Count &gt; 1) by Lanczos on HVPs.</summary>
    public SpectrumEstimate Sharpness(ReadOnlySpan<double> theta, LanczosOptions? options = null) =>
        Lanczos.Largest(HessianAt(theta), options);

    /// <summary>W(θ) = W_L⋯W_1 (dL×d0).</summary>
    public Matrix<double> Product(ReadOnlySpan<double> theta)
    {
        var ws = CreateWorkspace();
        ws.Evaluate(theta, Span<double>.Empty);
        return FromRowMajor(ws.ProductData, OutputDimension, InputDimension);
    }

    internal void RequireTheta(ReadOnlySpan<double> theta, string name = "theta")
    {
        if (theta.Length != ParameterCount)
            throw new InputException(name, $"has {theta.Length} entries; architecture {Architecture} needs P = {ParameterCount}");
    }

    internal static double[] ToRowMajor(Matrix<double> m)
    {
        var a = new double[m.RowCount * m.ColumnCount];
        for (int i = 0; i < m.RowCount; i++)
            for (int j = 0; j < m.ColumnCount; j++)
                a[i * m.ColumnCount + j] = m[i, j];
        return a;
    }

    internal static Matrix<double> FromRowMajor(ReadOnlySpan<double> a, int rows, int columns)
    {
        var m = Matrix<double>.Build.Dense(rows, columns);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                m[i, j] = a[i * columns + j];
        return m;
    }
}

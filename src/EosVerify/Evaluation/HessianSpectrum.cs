using EosVerify.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Evaluation;

/// <summary>Hessian eigenvalues at a point, ascending: all of them (dense EVD) or the largest few (Lanczos).</summary>
/// <param name="Ascending">The eigenvalues, smallest first.</param>
/// <param name="Complete">True when every eigenvalue is listed.</param>
/// <param name="Method">How they were computed.</param>
internal sealed record HessianSpectrum(double[] Ascending, bool Complete, string Method)
{
    public double Largest => Ascending[^1];

    /// <summary>
    /// From <paramref name="dense"/> when given, else the closed-form dense Hessian when P ≤ <paramref name="denseLimit"/>,
    /// else the <paramref name="lanczosCount"/> largest by Lanczos on Hessian–vector products.
    /// </summary>
    public static HessianSpectrum At(NumericProblem problem, double[] theta, Matrix<double>? dense, int denseLimit, int lanczosCount)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(theta);
        if (dense is null && problem.ParameterCount <= denseLimit) dense = DenseHessian.Compute(problem, theta);
        if (dense is not null)
        {
            if (dense.Enumerate().Any(v => !double.IsFinite(v)))
                throw new Networks.InputException("theta",
                    "is so large that the Hessian at θ overflows double precision (an entry beyond ±1.8e308); scale θ down to evaluate there");
            // The EVD squares entries internally: scale by a power of two (exact) so that huge or tiny entries do not
            // overflow inside it, and scale the eigenvalues back.
            double largest = dense.Enumerate().Max(Math.Abs);
            int exponent = largest > 0 ? Math.ILogB(largest) : 0;
            var values = dense.Map(v => Math.ScaleB(v, -exponent)).Evd(Symmetricity.Symmetric).EigenValues
                .Select(z => Math.ScaleB(z.Real, exponent)).ToArray();
            Array.Sort(values);
            return new HessianSpectrum(values, true, "dense symmetric eigendecomposition (MathNet)");
        }
        var estimate = problem.Sharpness(theta, new LanczosOptions(Count: Math.Min(lanczosCount, problem.ParameterCount), Tolerance: 1e-10));
        var top = estimate.Eigenvalues.Reverse().ToArray();
        string converged = estimate.Converged ? "converged" : "NOT converged";
        return new HessianSpectrum(top, false,
            FormattableString.Invariant($"Lanczos on Hessian–vector products: the {top.Length} largest ({estimate.Iterations} iterations, {converged})"));
    }
}

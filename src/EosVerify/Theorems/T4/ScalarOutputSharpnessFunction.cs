using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Theorems;

/// <summary>
/// The one-dimensional function of docs/t4-bracket.md, Theorem B (scalar outputs, dL = 1, half-mean scale):
/// φ(τ) = λ_max(τ^{−(L−1)}·Sxx + (L−1)·τ·w*w*ᵀSxx), τ &gt; 0, whose minimum times 2c is S_min. The matrix is
/// τ^{−(L−1)}Sxx + (L−1)τ·ccᵀ-like and matrix-convex in τ, so φ is convex and its minimum is found by golden sections
/// in log τ. Doubles only: the exact certificate is <see cref="ScalarOutputSharpnessLowerBound"/>.
/// </summary>
internal sealed class ScalarOutputSharpnessFunction(Matrix<double> sxx, Vector<double> wStar, int depth)
{
    private readonly Matrix<double> _rankOne = (depth - 1) * wStar.OuterProduct(sxx * wStar);

    /// <summary>φ(τ) (half-mean scale).</summary>
    public double At(double tau)
    {
        var m = sxx * Math.Pow(tau, -(depth - 1)) + _rankOne * tau;
        // m is similar to the symmetric Sxx^{1/2}(τ^{−(L−1)}I + (L−1)τ w*w*ᵀ)Sxx^{1/2}: its eigenvalues are real.
        return m.Evd().EigenValues.Max(z => z.Real);
    }

    /// <summary>The minimiser τ and the minimum φ(τ).</summary>
    public (double Tau, double Value) Minimize()
    {
        double s2 = wStar.DotProduct(wStar);
        double center = -Math.Log(s2) / depth; // the chain optimum τ = ‖w*‖^{−2/L}
        double a = center - 30, b = center + 30;
        double golden = (Math.Sqrt(5) - 1) / 2;
        double x1 = b - golden * (b - a), x2 = a + golden * (b - a);
        double f1 = At(Math.Exp(x1)), f2 = At(Math.Exp(x2));
        for (int i = 0; i < 300 && b - a > 1e-14 * Math.Max(1, Math.Abs(a)); i++)
        {
            if (f1 < f2) { b = x2; x2 = x1; f2 = f1; x1 = b - golden * (b - a); f1 = At(Math.Exp(x1)); }
            else { a = x1; x1 = x2; f1 = f2; x2 = a + golden * (b - a); f2 = At(Math.Exp(x2)); }
        }
        return f1 < f2 ? (Math.Exp(x1), f1) : (Math.Exp(x2), f2);
    }
}

namespace EosVerify.Numerics;

/// <summary>
/// Eigenvalues of a symmetric tridiagonal matrix by the implicit QL method (as in EISPACK tql2), tracking only the
/// last row of the eigenvector matrix: that row gives Lanczos residual bounds β_m·|s_{m,i}| in O(m²) per call.
/// </summary>
internal static class TridiagonalEigen
{
    /// <summary>
    /// diagonal[0..n−1], offDiagonal[i] couples i and i+1 (i = 0..n−2). Returns eigenvalues (unsorted) and, for each,
    /// the last component of its unit eigenvector.
    /// </summary>
    public static (double[] Values, double[] LastComponents) Solve(ReadOnlySpan<double> diagonal, ReadOnlySpan<double> offDiagonal)
    {
        int n = diagonal.Length;
        var d = diagonal.ToArray();
        var e = new double[n];
        for (int i = 0; i < n - 1; i++) e[i] = offDiagonal[i];
        var z = new double[n];
        if (n > 0) z[n - 1] = 1;

        for (int l = 0; l < n; l++)
        {
            int iteration = 0;
            while (true)
            {
                int m = l;
                for (; m < n - 1; m++)
                {
                    double dd = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
                    if (Math.Abs(e[m]) <= 1e-16 * dd) break;
                }
                if (m == l) break;
                if (++iteration > 200) throw new InvalidOperationException("Tridiagonal QL did not converge in 200 iterations.");
                double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
                double r = Hypot(g, 1.0);
                g = d[m] - d[l] + e[l] / (g + (g >= 0 ? Math.Abs(r) : -Math.Abs(r)));
                double s = 1, c = 1, p = 0;
                bool underflow = false;
                for (int i = m - 1; i >= l; i--)
                {
                    double f = s * e[i], b = c * e[i];
                    r = Hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0)
                    {
                        d[i + 1] -= p;
                        e[m] = 0;
                        underflow = true;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + 2.0 * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                    double zf = z[i + 1];
                    z[i + 1] = s * z[i] + c * zf;
                    z[i] = c * z[i] - s * zf;
                }
                if (underflow) continue;
                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            }
        }
        return (d, z);
    }

    private static double Hypot(double a, double b)
    {
        double x = Math.Abs(a), y = Math.Abs(b);
        if (x < y) (x, y) = (y, x);
        if (x == 0) return 0;
        double t = y / x;
        return x * Math.Sqrt(1 + t * t);
    }
}

namespace EosVerify.Numerics;

/// <summary>
/// A small BFGS minimiser with central finite-difference gradients and Armijo backtracking, for the low-dimensional
/// searches over the minimiser manifold. Deterministic. Non-finite objective values are treated as +∞ (rejected steps).
/// </summary>
internal static class Bfgs
{
    public static (double[] Point, double Value, int Iterations) Minimize(Func<double[], double> f, double[] start,
        int maxIterations, double gradientTolerance)
    {
        int n = start.Length;
        var x = (double[])start.Clone();
        double fx = f(x);
        if (!double.IsFinite(fx)) return (x, double.PositiveInfinity, 0);
        var g = Gradient(f, x, fx);
        var h = Identity(n);
        int iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            double gNorm = Math.Sqrt(g.Sum(v => v * v));
            if (gNorm <= gradientTolerance * Math.Max(1, Math.Abs(fx))) break;
            var direction = new double[n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) direction[i] -= h[i, j] * g[j];
            double slope = 0;
            for (int i = 0; i < n; i++) slope += direction[i] * g[i];
            if (slope >= 0)
            {
                h = Identity(n);
                for (int i = 0; i < n; i++) direction[i] = -g[i];
                slope = -gNorm * gNorm;
            }
            double step = 1;
            double[] next = new double[n];
            double fNext = double.PositiveInfinity;
            bool accepted = false;
            for (int tries = 0; tries < 60; tries++, step *= 0.5)
            {
                for (int i = 0; i < n; i++) next[i] = x[i] + step * direction[i];
                fNext = f(next);
                if (double.IsFinite(fNext) && fNext <= fx + 1e-4 * step * slope) { accepted = true; break; }
            }
            if (!accepted) break;
            var gNext = Gradient(f, next, fNext);
            var s = new double[n];
            var y = new double[n];
            double sy = 0;
            for (int i = 0; i < n; i++)
            {
                s[i] = next[i] - x[i];
                y[i] = gNext[i] - g[i];
                sy += s[i] * y[i];
            }
            bool stalled = Math.Abs(fx - fNext) <= 1e-16 * Math.Max(1, Math.Abs(fx));
            x = next;
            fx = fNext;
            g = gNext;
            if (stalled) break;
            if (sy > 1e-300) Update(h, s, y, sy);
        }
        return (x, fx, iteration);
    }

    private static void Update(double[,] h, double[] s, double[] y, double sy)
    {
        int n = s.Length;
        double rho = 1 / sy;
        var hy = new double[n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) hy[i] += h[i, j] * y[j];
        double yhy = 0;
        for (int i = 0; i < n; i++) yhy += y[i] * hy[i];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                h[i, j] += (1 + rho * yhy) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
    }

    private static double[] Gradient(Func<double[], double> f, double[] x, double fx)
    {
        int n = x.Length;
        var g = new double[n];
        var probe = (double[])x.Clone();
        for (int i = 0; i < n; i++)
        {
            double h = 1e-6 * Math.Max(1, Math.Abs(x[i]));
            probe[i] = x[i] + h;
            double plus = f(probe);
            probe[i] = x[i] - h;
            double minus = f(probe);
            probe[i] = x[i];
            g[i] = double.IsFinite(plus) && double.IsFinite(minus) ? (plus - minus) / (2 * h)
                : double.IsFinite(plus) ? (plus - fx) / h
                : double.IsFinite(minus) ? (fx - minus) / h : 0;
        }
        return g;
    }

    private static double[,] Identity(int n)
    {
        var h = new double[n, n];
        for (int i = 0; i < n; i++) h[i, i] = 1;
        return h;
    }
}

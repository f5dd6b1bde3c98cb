using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Derivation;

/// <summary>Generated problems, rational points, and an independent double-precision loss written from scratch.</summary>
internal static class TestNetworks
{
    /// <summary>L = 1, scalar chains, bottlenecks, wide and deep networks (L up to 4).</summary>
    public static readonly string[] Architectures =
        ["1-1", "3-2", "2-2", "1-1-1", "1-1-1-1", "3-2-3", "2-2-1", "2-3-1", "2-1-2", "1-2-1", "2-2-2-2-1", "3-3-3"];

    public sealed record Case(Problem Problem, double[,] X, double[,] Y);

    public static Case Make(string architecture, LossScale scale = LossScale.HalfMean, ulong seed = 7, int samples = 5)
    {
        var arch = Architecture.Parse(architecture);
        var (x, y) = DataGenerator.Generate(arch, samples, seed, noise: 0.3);
        var problem = new Problem(arch, Moments.FromData(x, y), scale);
        return new Case(problem, ToDouble(x), ToDouble(y));
    }

    /// <summary>Entries k/8 − 1 … a mix of signs and small denominators, so exact values stay short.</summary>
    public static Rational[] Theta(int parameterCount, ulong seed)
    {
        var random = new SeededRandom(seed);
        return Enumerable.Range(0, parameterCount).Select(_ => new Rational(random.NextInt(17) - 8, 1 + random.NextInt(8))).ToArray();
    }

    private static double[,] ToDouble(RationalMatrix m)
    {
        var d = new double[m.RowCount, m.ColumnCount];
        for (int i = 0; i < m.RowCount; i++)
            for (int j = 0; j < m.ColumnCount; j++)
                d[i, j] = m[i, j].ToDouble();
        return d;
    }

    /// <summary>(1/(2n))‖W X − Y‖² (or (1/n)‖·‖² for mean) with W = W_L⋯W_1 built straight from θ's row-major layout.</summary>
    public static double PlainLoss(Case c, double[] theta)
    {
        var widths = c.Problem.Architecture.Widths;
        int n = c.X.GetLength(1);
        double sum = 0;
        for (int s = 0; s < n; s++)
        {
            var input = new double[widths[0]];
            for (int i = 0; i < widths[0]; i++) input[i] = c.X[i, s];
            var a = Forward(widths, theta, input);
            for (int i = 0; i < a.Length; i++) sum += (a[i] - c.Y[i, s]) * (a[i] - c.Y[i, s]);
        }
        return c.Problem.LossScale == LossScale.Mean ? sum / n : sum / (2 * n);
    }

    /// <summary>W_L⋯W_1·x, one layer at a time, straight from θ's row-major layout.</summary>
    public static double[] Forward(IReadOnlyList<int> widths, double[] theta, double[] x)
    {
        var a = x;
        int offset = 0;
        for (int k = 1; k < widths.Count; k++)
        {
            var next = new double[widths[k]];
            for (int i = 0; i < widths[k]; i++)
                for (int j = 0; j < widths[k - 1]; j++)
                    next[i] += theta[offset + i * widths[k - 1] + j] * a[j];
            offset += widths[k] * widths[k - 1];
            a = next;
        }
        return a;
    }

    public static double[] ToDouble(IReadOnlyList<Rational> v) => v.Select(q => q.ToDouble()).ToArray();
}

using EosVerify.Networks;
using EosVerify.Numerics;

namespace EosVerify.Tests.Numerics;

/// <summary>Seeded random problems and points shared by the numeric tests.</summary>
internal static class TestProblems
{
    public static Problem Generated(string architecture, ulong seed, int samples = 12, double noise = 0.3, LossScale scale = LossScale.HalfMean)
    {
        var arch = Architecture.Parse(architecture);
        return new Problem(arch, DataGenerator.GenerateMoments(arch, samples, seed, noise), scale);
    }

    public static NumericProblem Numeric(string architecture, ulong seed, LossScale scale = LossScale.HalfMean) =>
        new(Generated(architecture, seed, scale: scale));

    public static double[] RandomVector(int length, ulong seed, double scale = 1.0)
    {
        var rng = new SeededRandom(seed);
        var v = new double[length];
        for (int i = 0; i < length; i++) v[i] = scale * rng.NextNormal();
        return v;
    }

    public static double Norm(ReadOnlySpan<double> x)
    {
        double s = 0;
        foreach (var v in x) s += v * v;
        return Math.Sqrt(s);
    }

    public static double RelativeDifference(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double diff = 0;
        for (int i = 0; i < a.Length; i++) diff += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.Sqrt(diff) / Math.Max(Norm(b), 1e-300);
    }

    public static readonly string[] Architectures = ["1-1", "3-2", "1-1-1", "2-3-1", "3-2-2", "1-1-1-1", "4-3-2-2", "5-4-3-1", "2-5-3-4-2"];
}

using System.Numerics;
using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// Seeded synthetic data: X with standard normal entries, Y = W_teacher X + noise·N(0,1), W_teacher standard normal.
/// Every entry is rounded to a multiple of 1/1000, so the data (and the moments) are short exact rationals:
/// exact arithmetic on generated problems stays cheap, and the numbers printed in reports are the numbers used.
/// </summary>
internal static class DataGenerator
{
    public const int GridDenominator = 1000;

    public static (RationalMatrix X, RationalMatrix Y) Generate(Architecture architecture, int samples, ulong seed, double noise)
    {
        if (samples < 1) throw new InputException("samples", $"is {samples}; at least 1 sample is needed");
        if (!double.IsFinite(noise) || noise < 0) throw new InputException("noise", $"is {noise}; expected a finite number ≥ 0");
        var rng = new SeededRandom(seed);
        int d0 = architecture.InputDimension, dL = architecture.OutputDimension;
        var teacher = new double[dL, d0];
        for (int i = 0; i < dL; i++)
            for (int j = 0; j < d0; j++)
                teacher[i, j] = rng.NextNormal();
        var x = new double[d0, samples];
        for (int i = 0; i < d0; i++)
            for (int s = 0; s < samples; s++)
                x[i, s] = Round(rng.NextNormal());
        var y = new double[dL, samples];
        for (int i = 0; i < dL; i++)
            for (int s = 0; s < samples; s++)
            {
                double v = 0;
                for (int j = 0; j < d0; j++) v += teacher[i, j] * x[j, s];
                y[i, s] = Round(v + noise * rng.NextNormal());
            }
        return (ToGrid(x), ToGrid(y));
    }

    public static Moments GenerateMoments(Architecture architecture, int samples, ulong seed, double noise)
    {
        var (x, y) = Generate(architecture, samples, seed, noise);
        return Moments.FromData(x, y);
    }

    private static double Round(double v) => Math.Round(v * GridDenominator) / GridDenominator;

    private static RationalMatrix ToGrid(double[,] m) =>
        RationalMatrix.Create(m.GetLength(0), m.GetLength(1),
            (i, j) => new Rational(new BigInteger(Math.Round(m[i, j] * GridDenominator)), GridDenominator));
}

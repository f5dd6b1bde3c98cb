using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Theorems;

internal static class TestProblems
{
    /// <summary>"a,b;c,d" → [[a,b],[c,d]].</summary>
    public static RationalMatrix Matrix(string rows) =>
        RationalMatrix.FromRows(rows.Split(';').Select(r => (IReadOnlyList<Rational>)r.Split(',').Select(Rational.Parse).ToArray()).ToArray());

    public static Problem FromMoments(string architecture, string sxx, string syx, string syy, string? eta = null, LossScale scale = LossScale.HalfMean) =>
        new(Architecture.Parse(architecture), new Moments(4, Matrix(sxx), Matrix(syx), Matrix(syy)), scale,
            eta: eta is null ? null : Rational.Parse(eta));

    public static Problem Generated(string architecture, ulong seed, string? eta = null, int samples = 10)
    {
        var arch = Architecture.Parse(architecture);
        return new Problem(arch, DataGenerator.GenerateMoments(arch, samples, seed, 0.1), eta: eta is null ? null : Rational.Parse(eta));
    }
}

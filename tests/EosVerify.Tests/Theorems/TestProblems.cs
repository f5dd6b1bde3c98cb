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

    /// <summary>
    /// A problem whose T4 verdict rests on the SMT solver: 2-1-2 with anisotropic Sxx and rank-one W* = [[1,1],[1,1]],
    /// η = 1/2. The certified bracket does not decide it (2/S_hi ≈ 0.196 &lt; η ≤ 2/S_lo ≈ 1.31: Theorem A is loose for
    /// vector outputs), and z3 answers the stability query `unsat` in well under a second.
    /// </summary>
    public static Problem SmtDecided() => FromMoments("2-1-2", "2,1;1,1", "3,2;3,2", "6,5;5,6", eta: "1/2");
}

using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>
/// The problems `eosverify check` runs when no problem is given: the known counterexamples of MATH.md next to cases
/// where every claim holds. Moments are given exactly, so every verdict can be re-derived by hand.
/// </summary>
internal static class DefaultSuite
{
    public static IReadOnlyList<Problem> Problems() =>
    [
        // L = 1: H = Sxx ⊗ I is constant with eigenvalues 2 and 1/2, so G_η is singular at η = 1/2 (T1 violated).
        Moments("regression-2-1-singular-step", "2-1", 4, "5/4,3/4;3/4,5/4", "1,0", "2", eta: "1/2"),
        // W* = 0 on 1-1-1: M = {w1·w2 = 0}, two crossing lines, singular at the origin (T2 violated).
        Moments("chain-1-1-1-zero-target", "1-1-1", 4, "1", "0", "1", eta: "1/10"),
        // Sxx singular: W* is not unique (T2's hypothesis fails).
        Moments("singular-inputs-2-2-1", "2-2-1", 4, "1,1;1,1", "1,1", "3", eta: "1/10"),
        // Scalar chain, σ = 2, w* = 3/2: S_min = Lσ|w*|^{2(L−1)/L} = 6, η* = 1/3; η = 1/2 > η* (T4's premise holds).
        Moments("chain-1-1-1-large-step", "1-1-1", 4, "2", "3", "5", eta: "1/2"),
        // Scalar chain of depth 3, σ = 1, w* = 8: S_min = 3·8^{4/3} = 48, η* = 1/24; η = 1/30 < η*.
        Moments("chain-1-1-1-1-small-step", "1-1-1-1", 4, "1", "8", "65", eta: "1/30"),
        // Issue 8: X = [[1, −1, 2, 1/2]], Y = 2X (Sxx = 25/16, W* = 2): W_1 = (1,0)ᵀ, W_2 = diag(2, t), W_3 = (1, 0) is a
        // stable global minimum for every t (S = 9·Sxx = 14.0625 ≤ 2/η = 20), so the stable minima are unbounded (T3 violated).
        Moments("rays-1-2-2-1", "1-2-2-1", 4, "25/16", "25/8", "25/4", eta: "1/10"),
        Generated("generated-2-2-1", "2-2-1", samples: 8, seed: 1, noise: 0.1, eta: "1/10"),
        Generated("generated-2-3-1", "2-3-1", samples: 8, seed: 2, noise: 0.1, eta: "1/20"),
        // Bottleneck narrower than rank W*: the reduced-rank case of T2.
        Generated("bottleneck-3-2-3", "3-2-3", samples: 12, seed: 3, noise: 0.1, eta: "1/20"),
    ];

    private static Problem Moments(string name, string architecture, int n, string sxx, string syx, string syy, string eta) =>
        new(Architecture.Parse(architecture),
            new Networks.Moments(n, ParseMatrix(sxx), ParseMatrix(syx), ParseMatrix(syy)),
            LossScale.HalfMean, theta: null, eta: Rational.Parse(eta), name: name);

    private static Problem Generated(string name, string architecture, int samples, ulong seed, double noise, string eta)
    {
        var arch = Architecture.Parse(architecture);
        return new Problem(arch, DataGenerator.GenerateMoments(arch, samples, seed, noise), LossScale.HalfMean,
            theta: null, eta: Rational.Parse(eta), name: name);
    }

    /// <summary>"a,b;c,d" → [[a,b],[c,d]].</summary>
    private static RationalMatrix ParseMatrix(string rows) =>
        RationalMatrix.FromRows(rows.Split(';').Select(r => (IReadOnlyList<Rational>)r.Split(',').Select(Rational.Parse).ToArray()).ToArray());
}

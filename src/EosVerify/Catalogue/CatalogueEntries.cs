using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Catalogue;

/// <summary>
/// The fixed problems of the proofs/ catalogue (DESIGN.md "proofs/"): the architectures 1-1, 2-2, 1-1-1, 2-2-1,
/// 2-3-1, 1-1-1-1 and 3-2-3 on seeded generated data, plus 1-1-1 with W* = 0 from hand-given moments, with step
/// sizes chosen so that certified, violated and vacuous cases all appear. Changing anything here changes proofs/:
/// regenerate it (proofs/README.md says how).
/// </summary>
internal static class CatalogueEntries
{
    public const string Noise = "0.1";

    public static IReadOnlyList<CatalogueEntry> All() =>
    [
        // L = 1: H = Sxx is constant, so G_η is singular exactly at η = 1/Sxx (MATH.md T1's known counterexample).
        SingularRegressionStep(),
        Generated("regression-2-2", "2-2", samples: 8, seed: 12, eta: "1/10",
            "Linear regression with two inputs and outputs at a generic step size: G_η non-singular."),
        Generated("chain-1-1-1-small-step", "1-1-1", samples: 8, seed: 13, eta: "1/20",
            "Scalar chain below η* = 2/S_min (closed form S_min = 2σ|w*|): stable minima exist and are bounded."),
        Generated("chain-1-1-1-large-step", "1-1-1", samples: 8, seed: 13, eta: "2",
            "The same scalar chain above η*: every global minimum is linearly unstable (T4's premise holds)."),
        // W* = 0: M = {w1·w2 = 0} is two crossing lines, singular at the origin (MATH.md T2's known counterexample).
        Hand("chain-1-1-1-zero-target", "1-1-1", samples: 4, sxx: "1", syx: "0", syy: "1", eta: "1/10",
            "Scalar chain with W* = 0 (Y uncorrelated with X): the minimizers form two crossing lines, not a manifold."),
        Generated("generated-2-2-1", "2-2-1", samples: 8, seed: 14, eta: "1/10",
            "A two-layer network with a scalar output (P = 6, SMT certificates attempted)."),
        Generated("generated-2-3-1", "2-3-1", samples: 8, seed: 15, eta: "1/20",
            "A wider two-layer network (P = 9: exact and numerical evidence, no SMT)."),
        Generated("chain-1-1-1-1", "1-1-1-1", samples: 8, seed: 16, eta: "1/50",
            "A depth-3 scalar chain (θ = 0 is a non-strict saddle with H = 0)."),
        Generated("bottleneck-3-2-3", "3-2-3", samples: 12, seed: 17, eta: "1/20",
            "A bottleneck narrower than rank W*: the reduced-rank case of T2."),
    ];

    private static CatalogueEntry SingularRegressionStep()
    {
        const string name = "regression-1-1-singular-step";
        var data = CatalogueData.Generated(8, 11, Noise);
        var architecture = Architecture.Parse("1-1");
        var moments = DataGenerator.GenerateMoments(architecture, data.Samples, data.Seed!.Value, Rational.Parse(Noise).ToDouble());
        var eta = moments.Sxx[0, 0].Reciprocal();
        return new CatalogueEntry(name, "Linear regression at the step size η = 1/Sxx: det(I − ηH) ≡ 0, the GD map is singular.",
            new Problem(architecture, moments, LossScale.HalfMean, theta: null, eta, name), data);
    }

    private static CatalogueEntry Generated(string name, string architecture, int samples, ulong seed, string eta, string purpose)
    {
        var data = CatalogueData.Generated(samples, seed, Noise);
        var arch = Architecture.Parse(architecture);
        var moments = DataGenerator.GenerateMoments(arch, samples, seed, Rational.Parse(Noise).ToDouble());
        return new CatalogueEntry(name, purpose, new Problem(arch, moments, LossScale.HalfMean, theta: null, Rational.Parse(eta), name), data);
    }

    private static CatalogueEntry Hand(string name, string architecture, int samples, string sxx, string syx, string syy, string eta, string purpose)
    {
        var moments = new Moments(samples, Matrix(sxx), Matrix(syx), Matrix(syy));
        return new CatalogueEntry(name, purpose,
            new Problem(Architecture.Parse(architecture), moments, LossScale.HalfMean, theta: null, Rational.Parse(eta), name),
            CatalogueData.Moments(samples));
    }

    /// <summary>"a,b;c,d" → [[a,b],[c,d]].</summary>
    private static RationalMatrix Matrix(string rows) =>
        RationalMatrix.FromRows(rows.Split(';').Select(r => (IReadOnlyList<Rational>)r.Split(',').Select(Rational.Parse).ToArray()).ToArray());
}

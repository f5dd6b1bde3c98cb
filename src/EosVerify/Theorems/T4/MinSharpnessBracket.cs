using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Theorems;

/// <summary>
/// A certified bracket S_lo ≤ S_min ≤ S_hi for a full-rank problem (Sxx ≻ 0, rank W* ≤ every hidden width), with
/// its proofs in docs/t4-bracket.md: the lower end from Theorem A (every architecture) or Theorem B (scalar outputs,
/// tight), the upper end from an exact point of M (Theorem C). W* = 0 with L ≥ 2 gives [0, 0] (θ = 0 is on M, H(0) = 0).
/// </summary>
internal sealed class MinSharpnessBracket
{
    private readonly ProductSharpnessLowerBound? _product;

    private MinSharpnessBracket(Rational lower, ProductSharpnessLowerBound? product, string lowerMethod, FlatMinimum? upper)
    {
        Lower = lower;
        _product = product;
        LowerMethod = lowerMethod;
        Flat = upper;
    }

    /// <summary>A rational S_lo ≤ S_min (certified).</summary>
    public Rational Lower { get; }

    public string LowerMethod { get; }

    /// <summary>The exact flat minimum giving S_hi, or null when none verified (then the bracket is open above).</summary>
    public FlatMinimum? Flat { get; }

    public Rational? Upper => Flat?.UpperBound;

    /// <summary>S_min &gt; s is proved (so η &gt; η* when s = 2/η). Uses the L-th-power comparison where it is sharper.</summary>
    public bool LowerExceeds(Rational s) => Lower > s || (_product?.Exceeds(s) ?? false);

    /// <summary>S_min ≥ s is proved.</summary>
    public bool LowerAtLeast(Rational s) => Lower >= s || (_product?.AtLeast(s) ?? false);

    /// <summary>S_min is 0 exactly (W* = 0, L ≥ 2).</summary>
    public bool IsZero => Upper is { IsZero: true };

    /// <summary>The bracket for a full-rank problem; <paramref name="numericPoint"/> (a point of M in doubles, the numeric flattest) seeds S_hi.</summary>
    public static MinSharpnessBracket For(Problem problem, RationalMatrix wStar, IReadOnlyList<double>? numericPoint)
    {
        var arch = problem.Architecture;
        int depth = arch.Depth;
        var twoC = 2 * problem.LossScale.Factor();
        bool zero = wStar.IsZero;
        if (depth == 1) return LinearRegression(problem, wStar, twoC);
        if (zero)
            return new MinSharpnessBracket(Rational.Zero, null, "W* = 0 and L ≥ 2: S ≥ 0, and θ = 0 is on M with H(0) = 0",
                FlatMinimum.Best(problem, [(RationalPoints.Zero(problem.ParameterCount), "θ = 0 (on M since W* = 0; H(0) = 0 for L ≥ 2)")]));

        var product = ProductSharpnessLowerBound.For(problem, wStar);
        var lower = product.Rational;
        string lowerMethod = "Theorem A: S_min ≥ 2c·ℓ·L·q^((L−1)/L) with rationals ℓ ≤ λ_min(Sxx) and q ≤ σ_max(W*)² (sxxSmallestLowerBound, topSingularValueSquaredLowerBound)";
        var candidates = new List<(Rational[]?, string)>();
        if (arch.OutputDimension == 1 && arch.InputDimension > 1)
        {
            var w = Enumerable.Range(0, wStar.ColumnCount).Select(j => wStar[0, j]).ToArray();
            var function = new ScalarOutputSharpnessFunction(problem.Moments.Sxx.ToDouble(), Vector<double>.Build.DenseOfEnumerable(w.Select(x => x.ToDouble())), depth);
            var (tau, phi) = function.Minimize();
            if (CertifiedScalarOutputBound(problem, w, depth, phi) is { } phiLow && twoC * phiLow > lower)
            {
                lower = twoC * phiLow;
                lowerMethod = $"Theorem B (scalar outputs): S_min = 2c·min_τ λ_max(τ^(−(L−1))Sxx + (L−1)τ·w*w*ᵀSxx) ≥ 2c·{phiLow}, certified by exact real-root isolation of det(τ^(L−1)φ·Sxx⁻¹ − I − (L−1)τ^L·w*w*ᵀ)";
            }
            candidates.Add((FlatMinimumCandidates.ScalarOutputChainPoint(arch, w, ExactProjection.Rationalize(1 / Math.Sqrt(tau), 12)),
                "scalar-output chain point at the numeric optimal τ (Theorem B's equality case)"));
        }
        if (arch.IsScalarChain)
            candidates.Add((ChainWitness.Balanced(problem, wStar[0, 0]), "scalar chain: rational point near the balanced |w_k| = |w*|^(1/L)"));
        candidates.Add((FlatMinimumCandidates.Projected(problem, numericPoint, wStar), $"numeric flattest point made exact ({FlatMinimumCandidates.ProjectionDigits} digits) and projected onto M"));
        var flat = FlatMinimum.Best(problem, candidates, () => (FlatMinimumCandidates.Canonical(problem, wStar), "canonical rank-factorisation point of M"));
        return new MinSharpnessBracket(lower, product, lowerMethod, flat);
    }

    private static MinSharpnessBracket LinearRegression(Problem problem, RationalMatrix wStar, Rational twoC)
    {
        // L = 1: M = {W*} and H = 2c·(I ⊗ Sxx), so S_min = 2c·λ_max(Sxx); a Rayleigh quotient bounds it below.
        var sxx = problem.Moments.Sxx;
        var evd = sxx.ToDouble().Evd(Symmetricity.Symmetric);
        int top = Enumerable.Range(0, sxx.RowCount).MaxBy(i => evd.EigenValues[i].Real);
        var v = evd.EigenVectors.Column(top).Select(x => ExactProjection.Rationalize(x, 17)).ToArray();
        var lower = twoC * EigenvalueBounds.RayleighQuotient(sxx, v);
        var theta = problem.Architecture.Layout.Join([RationalArrays.ToArray(wStar)]);
        return new MinSharpnessBracket(lower, null, "L = 1: S_min = 2c·λ_max(Sxx) ≥ 2c·(Rayleigh quotient of Sxx at a rational vector)",
            FlatMinimum.Best(problem, [(theta, "L = 1: the only minimizer W*")]));
    }

    private static Rational? CertifiedScalarOutputBound(Problem problem, Rational[] w, int depth, double phi)
    {
        if (!double.IsFinite(phi) || phi <= 0) return null;
        var inverse = ExactLinearAlgebra.Inverse(problem.Moments.Sxx);
        foreach (double slack in new[] { 1e-13, 1e-11, 1e-8, 1e-5 })
        {
            var candidate = ExactProjection.Rationalize(phi * (1 - slack), 17);
            if (ScalarOutputSharpnessLowerBound.Certify(inverse, w, depth, candidate)) return candidate;
        }
        return null;
    }

    /// <summary>
    /// Whether a numeric S_min is consistent with the bracket: at least S_lo up to a relative 1e-9 (floating-point
    /// rounding of the search); for the bracket [0, 0] up to 1e-12 of the curvature scale 2c·max_i Sxx_ii (a search
    /// stops near, not at, θ = 0). Above S_hi is consistent: the numeric value is S at some point of M, and the exact
    /// point behind S_hi (the numeric one rounded and projected, or another candidate) may be flatter.
    /// </summary>
    public bool Admits(double value, double curvatureScale)
    {
        const double tolerance = 1e-9;
        double lo = Lower.ToDouble();
        double slack = IsZero ? 1e-12 * curvatureScale : tolerance * Math.Max(Math.Abs(value), 1e-300);
        return value >= lo - slack;
    }

    public MinSharpnessBracketEvidence ToEvidence() => new()
    {
        Lower = Lower,
        LowerApprox = _product is { } p && p.Rational == Lower ? p.Approx : Lower.ToDouble(),
        Upper = Upper,
        UpperApprox = Upper?.ToDouble(),
        LowerMethod = LowerMethod,
        UpperMethod = Flat is null ? "no exact point of M verified" : $"{Flat.Method}; S(θ_hi) < upper proved exactly: upper·(2c·D)⁻¹ − Γ ≻ 0 in product space (Sylvester up to dimension 24, else the congruence + Gershgorin certificate)",
        SxxSmallestLowerBound = _product?.SxxSmallestLowerBound,
        TopSingularValueSquaredLowerBound = _product?.TopSingularValueSquaredLowerBound,
        TheoremALowerApprox = _product?.Approx,
        UpperPoint = Flat?.Theta,
    };

    /// <summary>[2/S_hi, 2/S_lo] (η* = 2/S_min); an end is null where unbounded (S_lo = 0) or unknown.</summary>
    public CriticalEtaBracketEvidence CriticalEtaEvidence()
    {
        Rational? lo = Upper is { Sign: > 0 } hi ? 2 / hi : null;
        Rational? up = Lower.Sign > 0 ? 2 / Lower : null;
        return new CriticalEtaBracketEvidence
        {
            Lower = lo,
            LowerApprox = lo?.ToDouble(),
            Upper = up,
            UpperApprox = up?.ToDouble(),
            Note = IsZero ? "S_min = 0: no η* (every η > 0 has a stable minimum)" : null,
        };
    }
}

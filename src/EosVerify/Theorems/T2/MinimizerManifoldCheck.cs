using System.Diagnostics;
using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Smt;
using MathNet.Numerics.LinearAlgebra;

namespace EosVerify.Theorems;

/// <summary>
/// T2 (MATH.md T2). Exact facts first: Sxx ≻ 0, W* = Syx Sxx⁻¹, ρ = rank W*, the bottleneck r. In the full-rank case
/// (ρ ≤ r): if ρ = min(d0, dL), Dμ is onto at every point of M (the first or last layer term of Dμ alone spans all
/// dL×d0 matrices; docs/theorems.md), so W* is a regular value and M is smooth — certified. If ρ &lt; min(d0, dL), the
/// rational point whose layers all have rank ρ is on M and Dμ drops rank there: W* is a critical value, so the proof's
/// mechanism fails — which by itself does not make M singular. Violated only with a non-manifold certificate
/// (W* = 0: <see cref="NonManifoldCertificate"/>); otherwise inconclusive, saying exactly that. Singular Sxx reduces to
/// the network on the range of Sxx. For small P an SMT query for a rank drop on M is a second, independent certificate.
/// </summary>
internal sealed class MinimizerManifoldCheck : TheoremCheck
{
    private const int MovedPoints = 2;
    private const double NumericRankTolerance = 1e-9;

    public override string Id => "T2";

    public override string Claim => "The global minimizers form a smooth manifold (the proof's mechanism: W* is a regular value of the product map μ, so M = μ⁻¹(W*) has dimension P − dL·d0).";

    protected override CheckResult Decide(CheckContext context, CancellationToken ct)
    {
        var problem = context.Problem;
        var arch = problem.Architecture;
        if (MinimizerTargetFacts.SizeLimit(problem, context.Budget) is { } tooLarge)
            return SizeLimitReached(new MinimizerManifoldEvidence(), tooLarge, "size limit: W* and the rank of Sxx not computed exactly (raise with --budget)");
        var facts = context.TargetFacts;
        bool positiveDefinite = facts.SxxPositiveDefinite;
        var hypotheses = new ManifoldHypothesesEvidence { SxxPositiveDefinite = positiveDefinite, Bottleneck = arch.Depth >= 2 ? arch.Bottleneck : null };
        var evidence = new MinimizerManifoldEvidence { Hypotheses = hypotheses };

        if (!positiveDefinite) return SingularInputs(problem, evidence);

        var wStar = facts.WStar!;
        int rho = facts.RankWStar!.Value;
        int full = Math.Min(arch.InputDimension, arch.OutputDimension);
        evidence.WStar = wStar;
        hypotheses.RankWStar = rho;
        int dimension = problem.ParameterCount - arch.InputDimension * arch.OutputDimension;

        if (arch.Depth == 1)
        {
            evidence.Case = "linear-regression";
            evidence.Dimension = 0;
            return Result(Verdict.HoldsCertified, evidence, null, [], "L = 1: μ is the identity, M = {W*} is a point (dimension 0)");
        }
        if (rho > arch.Bottleneck) return ReducedRank(context, evidence);

        evidence.Case = "full-rank";
        var canonical = ExactManifoldPoints.Canonical(arch, wStar);
        var random = context.RandomFor("T2-points");
        var points = new List<Rational[]> { canonical };
        for (int i = 0; i < MovedPoints; i++) points.Add(ExactManifoldPoints.Move(arch, points[^1], random));
        var ranks = new List<int>();
        double rankCost = RankCost(problem), rankMemory = RankMemory(problem);
        string? sizeLimit = context.Budget.Allows(points.Count * rankCost, rankMemory, 1) ? null
            : context.Budget.SizeLimit($"the exact rank of Dμ ({arch.InputDimension * arch.OutputDimension}×{problem.ParameterCount}) at {points.Count} points of M", points.Count * rankCost, rankMemory, 1);
        foreach (var theta in sizeLimit is null ? points : [])
        {
            ct.ThrowIfCancellationRequested();
            if (!ExactDerivatives.Product(problem, theta).Equals(wStar))
                throw new InvalidOperationException("Internal error: a constructed point is not on μ⁻¹(W*).");
            ranks.Add(ExactRank(ExactDerivatives.ProductJacobian(problem, theta)));
        }
        evidence.SizeLimit = sizeLimit;
        evidence.ExactPointsOnM = points.Count;
        evidence.ProductJacobianRanks = ranks;
        evidence.FullRank = arch.InputDimension * arch.OutputDimension;

        var smt = RankDropQuery(context, wStar, ct);
        var certificates = smt?.CertificateFile is { } f ? new[] { f } : [];
        if (smt is not null) evidence.Smt = smt.ToEvidence();

        if (rho == full)
        {
            evidence.Dimension = dimension;
            evidence.Argument = "rank W* = min(d0, dL): the k = 1 (or k = L) term of Dμ alone is onto at every θ ∈ M";
            if (smt is { IsSat: true })
                return Result(Verdict.Inconclusive, evidence.WithReason("the solver reports a rank drop on M, contradicting the exact argument: please report this"),
                    null, certificates, "solver and exact argument disagree");
            return Result(Verdict.HoldsCertified, evidence, null, certificates,
                $"rank W* = {rho} = min(d0, dL) (exact): W* is a regular value, M is smooth of dimension {dimension}"
                + (sizeLimit is null ? "" : "; the exact ranks of Dμ at points of M were not computed (size limit)")
                + (smt is { IsUnsat: true } ? "; SMT: no rank drop on M (unsat)" : ""));
        }

        if (sizeLimit is not null)
            return Result(Verdict.Inconclusive, evidence.WithReason(
                    $"rank W* = {rho} < min(d0, dL) = {full}: W* may be a critical value of μ, but {sizeLimit}"),
                null, certificates, "size limit: the rank of Dμ on M not computed (raise with --budget)");
        evidence.CriticalValue = true;
        evidence.RankDropPoint = canonical;
        evidence.Shown = $"W* is a critical value of μ: Dμ has rank {ranks[0]} < dL·d0 = {arch.InputDimension * arch.OutputDimension} at an exact point of M (the theorem's mechanism fails)";
        if (rho == 0 && NonManifoldCertificate.AtOrigin(problem) is { } certificate)
            return Result(Verdict.Violated, evidence, certificate, certificates,
                "W* = 0: M contains the subspaces {W_1 = 0} and {W_2 = 0}, which span R^P, yet is not a neighbourhood of 0: not a manifold at θ = 0 (exact)");
        return Result(Verdict.Inconclusive, evidence.WithReason(
                $"rank W* = {rho} < min(d0, dL) = {full}: W* is a critical value of μ (Dμ drops rank to {ranks[0]} at an exact point of M), so the regular-value argument fails; a level set can still be smooth at a critical value, and smoothness of M is not decided"),
            null, certificates, $"W* is a critical value of μ (rank {rho} < {full}); smoothness of M not decided");
    }

    /// <summary>
    /// Nominal operations (<see cref="WorkBudget"/>) of one exact rank of Dμ, an m×P matrix (m = dL·d0): its m·P
    /// rational entries, their reduction mod p, and the modular elimination (m²·P).
    /// </summary>
    private static double RankCost(Problem problem)
    {
        double m = problem.Architecture.InputDimension * problem.Architecture.OutputDimension, p = problem.ParameterCount;
        return 2 * m * p * WorkBudget.RationalOperation + m * m * p * WorkBudget.ModularOperation;
    }

    /// <summary>Bytes of Dμ: m·P small rationals (about 64 bytes) and their residues.</summary>
    private static double RankMemory(Problem problem) =>
        (double)problem.Architecture.InputDimension * problem.Architecture.OutputDimension * problem.ParameterCount * (64 + 8);

    /// <summary>
    /// The exact rank of Dμ: its rank modulo 2^61 − 1 is a lower bound on the rank over Q, so a full row rank mod p is
    /// the exact answer (cheap even for P in the thousands); only a rank drop mod p needs rational elimination.
    /// </summary>
    internal static int ExactRank(RationalMatrix jacobian)
    {
        int modular = ModularArithmetic.Rank(jacobian);
        return modular == jacobian.RowCount ? modular : ExactLinearAlgebra.Rank(jacobian);
    }

    private CheckResult SingularInputs(Problem problem, MinimizerManifoldEvidence evidence)
    {
        evidence.Case = "singular-inputs";
        var arch = problem.Architecture;
        int rankSxx = ExactLinearAlgebra.Rank(problem.Moments.Sxx);
        int dimension = problem.ParameterCount - arch.OutputDimension * rankSxx;
        evidence.RankSxx = rankSxx;
        if (arch.Depth == 1)
        {
            evidence.Dimension = dimension;
            return Result(Verdict.HoldsCertified, evidence, null, [],
                $"hypothesis Sxx ≻ 0 fails (rank {rankSxx}); for L = 1 the minimizers {{W : W·Sxx = Syx}} form an affine space of dimension {dimension}");
        }
        if (SingularInputsRayFinder.MinimumNormProduct(problem) is not { } w0)
            return Result(Verdict.Inconclusive, evidence.WithReason("Syx is not of the form W·Sxx: the loss has no minimizer"), null, [], "no global minimizer");
        int rho = ExactLinearAlgebra.Rank(w0);
        evidence.RankMinimumNormProduct = rho;
        evidence.Reduction = "W·Sxx = Syx ⟺ W·U = W₀·U (U spanning the range of Sxx, W₀ = Syx·Sxx⁺): in the coordinates (W_1·U, W_1·N) of W_1 the minimizers are the fibre of the network on the range of Sxx over W₀U, times the free part W_1·N";
        int full = Math.Min(rankSxx, arch.OutputDimension);
        if (rho > arch.Bottleneck)
            return Result(Verdict.Inconclusive, evidence.WithReason($"singular Sxx with rank W₀ = {rho} above the bottleneck {arch.Bottleneck}: the reduced-rank case on the range of Sxx is not decided"),
                null, [], "singular Sxx, reduced rank: not decided");
        if (rho == full)
        {
            evidence.Dimension = dimension;
            return Result(Verdict.HoldsCertified, evidence, null, [],
                $"hypothesis Sxx ≻ 0 fails (W* not unique), but rank W₀ = {rho} = min(rank Sxx, dL): the minimizers are a regular fibre times a linear space, a smooth manifold of dimension {dimension}");
        }
        if (rho == 0 && NonManifoldCertificate.AtOrigin(problem) is { } certificate)
            return Result(Verdict.Violated, evidence, certificate, [],
                "Syx = 0: the minimizers contain {W_1 = 0} and {W_2 = 0}, which span R^P, yet are not a neighbourhood of 0: not a manifold at θ = 0 (exact)");
        return Result(Verdict.Inconclusive, evidence.WithReason(
                $"singular Sxx with rank W₀ = {rho} < min(rank Sxx, dL) = {full}: W₀U is a critical value of the reduced product map; smoothness not decided"),
            null, [], "singular Sxx: W₀ is a critical value; smoothness not decided");
    }

    private CheckResult ReducedRank(CheckContext context, MinimizerManifoldEvidence evidence)
    {
        var problem = context.Problem;
        evidence.Case = "reduced-rank";
        var numeric = new NumericProblem(problem);
        var target = MinimizerManifold.Target(numeric);
        int r = problem.Architecture.Bottleneck, d0 = problem.Architecture.InputDimension, dL = problem.Architecture.OutputDimension;
        evidence.WhitenedSingularValues = target.WhitenedSingularValues.ToArray();
        evidence.ReducedRankUnique = target.ReducedRankUnique;
        if (!target.ReducedRankUnique)
        {
            evidence.Reason = "the r-th and (r+1)-th singular values of Syx Sxx^{-1/2} coincide: the best rank-r product is not unique";
            return Result(Verdict.Inconclusive, evidence, null, [], "reduced-rank case with a non-unique best rank-r product");
        }
        int expectedRank = r * (d0 + dL - r); // dimension of the rank-r matrices, the image of Dμ at a regular point
        var start = MinimizerManifold.BalancedPoint(numeric, target.Product);
        var ranks = new List<int>();
        bool constant = true;
        var random = context.RandomFor("T2-reduced-rank"); // the user's --seed, a stream of its own
        var theta = start;
        for (int i = 0; i <= MovedPoints; i++)
        {
            int rank = MinimizerManifold.ProductJacobianRank(numeric, theta, NumericRankTolerance);
            ranks.Add(rank);
            constant &= rank == expectedRank;
            var gauges = Enumerable.Range(1, problem.Architecture.Depth - 1)
                .Select(k => Matrix<double>.Build.Dense(problem.Architecture.Width(k), problem.Architecture.Width(k),
                    (a, b) => (a == b ? 1.0 : 0.0) + 0.3 * random.NextNormal()))
                .ToList();
            theta = MinimizerManifold.Move(numeric, theta, gauges);
        }
        evidence.ProductJacobianRanks = ranks;
        evidence.ExpectedRank = expectedRank;
        evidence.RankTolerance = NumericRankTolerance;
        evidence.Dimension = problem.ParameterCount - expectedRank;
        evidence.Note = "global minimizers are μ⁻¹(W_r), W_r the best rank-r product in the Sxx metric; G ≠ 0 there, so H is not the Gauss–Newton term";
        if (!constant)
        {
            evidence.Reason = "the numeric rank of Dμ varies over the sampled minimizers";
            return Result(Verdict.Inconclusive, evidence, null, [], "reduced-rank case: Dμ rank not constant on the sampled minimizers");
        }
        return Result(Verdict.HoldsNumerical, evidence, null, [],
            $"reduced-rank case (rank W* > r = {r}): Dμ has rank {expectedRank} at every sampled minimizer (tolerance {NumericRankTolerance:G2}); a manifold of dimension {problem.ParameterCount - expectedRank}");
    }

    /// <summary>∃θ: μ(θ) = W* ∧ det(Dμ Dμᵀ) = 0, for small P: unsat certifies regularity, sat exhibits a rank drop.</summary>
    private SmtAttempt? RankDropQuery(CheckContext context, RationalMatrix wStar, CancellationToken ct)
    {
        var problem = context.Problem;
        if (problem.ParameterCount > context.Options.MaxSmtParameters) return null;
        var model = SymbolicModel.Build(problem);
        var query = new SmtQuery { Description = $"T2 for {problem.Architecture}: is there θ with W_L⋯W_1 = W* at which Dμ Dμᵀ is singular? unsat = W* is a regular value of μ." };
        var vars = ParameterNames.AllPlain(problem.Layout).Select(n => (SmtTerm)query.DeclareReal(n)).ToList();
        for (int i = 0; i < wStar.RowCount; i++)
            for (int j = 0; j < wStar.ColumnCount; j++)
                query.Assert(new SmtComparison(SmtRelation.Equal, PolynomialSmt.ToTerm(model.Product[i, j], vars), new SmtConstant(wStar[i, j])),
                    i == 0 && j == 0 ? "θ lies on M: the product equals W*" : null);
        var jacobian = model.ProductJacobian;
        var gram = jacobian * jacobian.Transpose();
        query.Assert(new SmtComparison(SmtRelation.Equal, PolynomialSmt.ToTerm(gram.Determinant(), vars), new SmtConstant(Rational.Zero)),
            "Dμ(θ) is not onto: det(Dμ Dμᵀ) = 0");
        return SmtAttempt.Run(context, query, Id, "rank-drop", ct);
    }

}

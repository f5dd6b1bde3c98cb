using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Networks;
using EosVerify.Smt;

namespace EosVerify.Theorems;

/// <summary>
/// SMT queries about stable global minima for small P. S(θ) ≤ 2/η means (2/η)I − H(θ) ⪰ 0, which implies that every
/// principal minor of order 1 and 2 is nonnegative: H_ii ≤ 2/η and (2/η − H_ii)(2/η − H_jj) ≥ H_ij². The queries
/// assert these necessary conditions on M = μ⁻¹(W*), so `unsat` proves that no stable minimum exists (in the given
/// region); `sat` proves nothing by itself (the conditions are only necessary).
/// </summary>
internal static class StabilitySmt
{
    public static SmtQuery StableMinimumQuery(Problem problem, RationalMatrix wStar, Rational eta, Rational? normSquaredAtLeast, string description, bool secondOrderMinors = true)
    {
        var model = SymbolicModel.Build(problem);
        var query = new SmtQuery { Description = description };
        var vars = ParameterNames.AllPlain(problem.Layout).Select(n => (SmtTerm)query.DeclareReal(n)).ToList();
        for (int i = 0; i < wStar.RowCount; i++)
            for (int j = 0; j < wStar.ColumnCount; j++)
                query.Assert(new SmtComparison(SmtRelation.Equal, PolynomialSmt.ToTerm(model.Product[i, j], vars), new SmtConstant(wStar[i, j])),
                    i == 0 && j == 0 ? "θ is a global minimizer: W_L⋯W_1 = W*" : null);
        if (normSquaredAtLeast is { } r2)
        {
            var norm = model.Ring.Zero;
            for (int p = 0; p < problem.ParameterCount; p++) norm += model.Parameter(p) * model.Parameter(p);
            query.Assert(new SmtComparison(SmtRelation.GreaterOrEqual, PolynomialSmt.ToTerm(norm, vars), new SmtConstant(r2)),
                "θ is far out: ‖θ‖² ≥ R²");
        }
        var limit = 2 / eta;
        var h = model.Hessian;
        int n = problem.ParameterCount;
        var slack = new Polynomial[n];
        for (int i = 0; i < n; i++)
        {
            slack[i] = model.Ring.Constant(limit) - h[i, i];
            query.Assert(new SmtComparison(SmtRelation.GreaterOrEqual, PolynomialSmt.ToTerm(slack[i], vars), new SmtConstant(Rational.Zero)),
                i == 0 ? "necessary for S(θ) ≤ 2/η: principal minors of order 1 of (2/η)I − H(θ) are ≥ 0" : null);
        }
        for (int i = 0; i < n && secondOrderMinors; i++)
            for (int j = i + 1; j < n; j++)
            {
                var minor = slack[i] * slack[j] - h[i, j] * h[i, j];
                if (minor.IsConstant && minor.ConstantTerm.Sign >= 0) continue;
                query.Assert(new SmtComparison(SmtRelation.GreaterOrEqual, PolynomialSmt.ToTerm(minor, vars), new SmtConstant(Rational.Zero)),
                    i == 0 && j == 1 ? "… and of order 2" : null);
            }
        return query;
    }
}

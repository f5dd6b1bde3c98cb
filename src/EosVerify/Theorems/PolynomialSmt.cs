using EosVerify.Algebra;
using EosVerify.Smt;

namespace EosVerify.Theorems;

/// <summary>Writes an exact polynomial as an SMT-LIB2 term over the query's real variables (one per ring variable).</summary>
internal static class PolynomialSmt
{
    public static SmtTerm ToTerm(Polynomial polynomial, IReadOnlyList<SmtTerm> variables)
    {
        var terms = new List<SmtTerm>();
        foreach (var term in polynomial.Terms)
        {
            var factors = new List<SmtTerm>();
            if (term.Factors.Count == 0 || term.Coefficient != Rational.One) factors.Add(new SmtConstant(term.Coefficient));
            foreach (var f in term.Factors)
            {
                if (f.Variable >= variables.Count)
                    throw new ArgumentException($"The polynomial uses variable {polynomial.Ring.VariableNames[f.Variable]}, which has no SMT term.");
                factors.Add(f.Exponent == 1 ? variables[f.Variable] : new SmtPower(variables[f.Variable], f.Exponent));
            }
            terms.Add(factors.Count == 1 ? factors[0] : new SmtProduct(factors));
        }
        return terms.Count switch
        {
            0 => new SmtConstant(Rational.Zero),
            1 => terms[0],
            _ => new SmtSum(terms),
        };
    }
}

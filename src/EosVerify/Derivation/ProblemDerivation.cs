using EosVerify.Algebra;
using EosVerify.Derivation;
using EosVerify.Derivation.Latex;
using EosVerify.Networks;

namespace EosVerify.Derivation;

/// <summary>
/// The derivation document of a problem as `eosverify derive` and the proofs/ catalogue write it: the symbolic
/// sections always; the expanded loss, gradient and Hessian (from <see cref="SymbolicModel"/>) when
/// P ≤ <see cref="MaxExpandedParameters"/>; the expanded det(I − ηH) when P ≤ <see cref="MaxDeterminantParameters"/>
/// and it has at most <see cref="MaxDeterminantTerms"/> terms.
/// </summary>
internal static class ProblemDerivation
{
    /// <summary>Loss, gradient and Hessian are expanded up to this many parameters (the printer's own limit).</summary>
    public const int MaxExpandedParameters = DerivationDocument.MaxExpandedParameters;

    /// <summary>det(I − ηH) is expanded up to this many parameters: beyond it the term count grows too fast to be cheap.</summary>
    public const int MaxDeterminantParameters = 6;

    /// <summary>A longer determinant is left out: it would fill pages without helping a reader.</summary>
    public const int MaxDeterminantTerms = 2000;

    /// <summary>What went into a document: which expanded sections it holds, and the determinant's term count if computed.</summary>
    public sealed record Contents(bool Expanded, bool Determinant, int? DeterminantTerms);

    public static DerivationDocument Document(Problem problem) => Document(problem, out _);

    public static DerivationDocument Document(Problem problem, out Contents contents)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var expanded = Expand(problem, out contents);
        return new DerivationDocument(DerivationSetting.FromProblem(problem), expanded);
    }

    /// <summary>The expanded polynomials for <paramref name="problem"/>, or null when P is too large to print them.</summary>
    public static ExpandedPolynomials? Expand(Problem problem, out Contents contents)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int p = problem.ParameterCount;
        if (p > MaxExpandedParameters)
        {
            contents = new Contents(false, false, null);
            return null;
        }
        var model = SymbolicModel.Build(problem);
        Polynomial? determinant = p <= MaxDeterminantParameters ? TryDeterminant(model) : null;
        bool printDeterminant = determinant is not null && determinant.Count <= MaxDeterminantTerms;
        contents = new Contents(true, printDeterminant, determinant?.Count);
        var hessian = model.Hessian;
        return new ExpandedPolynomials
        {
            Loss = model.Loss.Terms.ToList(),
            Gradient = model.Gradient.Select(g => (IEnumerable<PolynomialTerm>)g.Terms.ToList()).ToList(),
            Hessian = Enumerable.Range(0, p).Select(i => (IReadOnlyList<IEnumerable<PolynomialTerm>>)Enumerable.Range(0, p)
                .Select(j => (IEnumerable<PolynomialTerm>)(i <= j ? hessian[i, j].Terms.ToList() : [])).ToList()).ToList(),
            GdJacobianDeterminant = printDeterminant ? determinant!.Terms.ToList() : null,
            EtaVariable = model.EtaIndex,
        };
    }

    /// <summary>null when the ring cannot hold the determinant's degree (deep networks): the section is then left out.</summary>
    private static Polynomial? TryDeterminant(SymbolicModel model)
    {
        try { return model.GdJacobianDeterminant(); }
        catch (NotSupportedException) { return null; }
    }
}

using EosVerify.Smt;

namespace EosVerify.Catalogue;

/// <summary>How one solver answered the re-check of the catalogue's certificates, against each file's expected answer.</summary>
internal sealed record SolverTally(string Solver, int Confirmed, int NoAnswer, int Contradicted)
{
    public int Total => Confirmed + NoAnswer + Contradicted;

    /// <summary>Counts <paramref name="results"/> (null: the solver was not run on that file, counted as no answer).</summary>
    public static SolverTally Of(string solver, IEnumerable<(ExpectedAnswer Expected, SolverResult? Result)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        int confirmed = 0, none = 0, contradicted = 0;
        foreach (var (expected, result) in results)
        {
            if (result is not null && result.Confirms(expected)) confirmed++;
            else if (result is not null && result.Contradicts(expected)) contradicted++;
            else none++;
        }
        return new SolverTally(solver, confirmed, none, contradicted);
    }
}

/// <summary>The re-check of every certificate: z3 must confirm each one, cvc5 must never contradict one.</summary>
internal sealed record CertificateTally(int Certificates, SolverTally Z3, SolverTally Cvc5)
{
    public static CertificateTally Of(IReadOnlyList<CertificateCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var judged = checks.Where(c => c.Expected is not null).ToList();
        if (judged.Count != checks.Count)
            throw new ArgumentException($"{checks.Count - judged.Count} certificate(s) are malformed: {string.Join("; ", checks.Where(c => c.Expected is null))}", nameof(checks));
        return new CertificateTally(checks.Count,
            SolverTally.Of("z3", judged.Select(c => (c.Expected!.Value, c.Primary))),
            SolverTally.Of("cvc5", judged.Select(c => (c.Expected!.Value, c.Secondary))));
    }

    /// <summary>Every certificate confirmed by z3 and none contradicted by either solver.</summary>
    public bool AllConfirmed => Z3.Confirmed == Certificates && Z3.Contradicted == 0 && Cvc5.Contradicted == 0;
}

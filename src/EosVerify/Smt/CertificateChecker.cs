namespace EosVerify.Smt;

internal enum CertificateStatus
{
    /// <summary>z3 gave the expected answer and cvc5 did not contradict it.</summary>
    Confirmed,
    /// <summary>z3 or cvc5 gave the opposite definite answer.</summary>
    Contradicted,
    /// <summary>z3 gave no answer (timeout, unknown, missing, crashed, error) and nothing contradicted.</summary>
    Inconclusive,
    /// <summary>The file is unreadable or not a certificate (no expected answer, not exactly one check-sat).</summary>
    Malformed,
}

/// <summary>The re-check of one certificate file.</summary>
internal sealed record CertificateCheck(
    string Path, ExpectedAnswer? Expected, CertificateStatus Status, SolverResult? Primary, SolverResult? Secondary, string Explanation)
{
    /// <summary>Confirmed, and the second solver gave the expected answer too (not merely no opinion).</summary>
    public bool BothAgree => Status == CertificateStatus.Confirmed && Expected is { } e && Secondary?.Confirms(e) == true;

    /// <summary>How far the solvers agree, in words: "z3 and cvc5 agree", "z3 only (cvc5 no opinion)", or the status.</summary>
    public string Agreement => Status switch
    {
        CertificateStatus.Confirmed when BothAgree => $"{Primary!.Solver} and {Secondary!.Solver} agree",
        CertificateStatus.Confirmed => $"{Primary!.Solver} only ({(Secondary is null ? "no second solver" : Secondary.Solver + " no opinion")})",
        _ => Status.ToString().ToLowerInvariant(),
    };

    public override string ToString() => $"{Path}: {Status.ToString().ToLowerInvariant()} — {Explanation}";
}

/// <summary>
/// Re-runs saved .smt2 certificates: the primary solver (z3) must give the expected answer; the second opinion
/// (cvc5) must never give the opposite one, but its unknown, timeout or absence is no opinion — never agreement.
/// </summary>
internal sealed class CertificateChecker
{
    private readonly ISmtSolver _primary;
    private readonly ISmtSolver? _secondary;

    public CertificateChecker(ISmtSolver primary, ISmtSolver? secondary)
    {
        _primary = primary ?? throw new ArgumentNullException(nameof(primary));
        _secondary = secondary;
    }

    public async Task<CertificateCheck> CheckFileAsync(string path, SolverBudget? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        SmtCertificate certificate;
        try
        {
            certificate = SmtCertificate.Load(path);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return new CertificateCheck(path, null, CertificateStatus.Malformed, null, null, e.Message);
        }
        return await CheckAsync(path, certificate, budget, cancellationToken).ConfigureAwait(false);
    }

    public CertificateCheck CheckFile(string path, SolverBudget? budget = null, CancellationToken cancellationToken = default) =>
        CheckFileAsync(path, budget, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Every *.smt2 file under <paramref name="directory"/>, in ordinal path order, checked one after another.</summary>
    public async Task<IReadOnlyList<CertificateCheck>> CheckDirectoryAsync(string directory, SolverBudget? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"No directory '{directory}'.");
        var files = Directory.GetFiles(directory, "*.smt2", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var checks = new List<CertificateCheck>(files.Length);
        foreach (var file in files)
            checks.Add(await CheckFileAsync(file, budget, cancellationToken).ConfigureAwait(false));
        return checks;
    }

    public async Task<CertificateCheck> CheckAsync(string label, SmtCertificate certificate, SolverBudget? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(certificate);
        var expected = certificate.Expected;
        var primary = await _primary.CheckAsync(certificate.Script, budget, cancellationToken).ConfigureAwait(false);
        var secondary = _secondary is null ? null : await _secondary.CheckAsync(certificate.Script, budget, cancellationToken).ConfigureAwait(false);
        var (status, explanation) = Judge(expected, primary, secondary);
        return new CertificateCheck(label, expected, status, primary, secondary, explanation);
    }

    internal static (CertificateStatus Status, string Explanation) Judge(ExpectedAnswer expected, SolverResult primary, SolverResult? secondary)
    {
        var wanted = expected.ToSmtText();
        var second = secondary is null ? "no second solver"
            : secondary.Confirms(expected) ? $"{secondary.Solver} agrees"
            : secondary.Contradicts(expected) ? $"{secondary.Solver} answers {SolverResult.OutcomeText(secondary.Outcome)}"
            : $"{secondary} is no opinion";
        if (primary.Contradicts(expected))
            return (CertificateStatus.Contradicted, $"expected {wanted}, {primary.Solver} answers {SolverResult.OutcomeText(primary.Outcome)}; {second}");
        if (secondary is not null && secondary.Contradicts(expected))
            return (CertificateStatus.Contradicted, $"expected {wanted}, {second}; {primary}");
        if (primary.Confirms(expected))
            return (CertificateStatus.Confirmed, $"{primary.Solver} answers {wanted} as expected; {second}");
        return (CertificateStatus.Inconclusive, $"expected {wanted}, {primary}; {second}");
    }
}

using EosVerify.Derivation;
using EosVerify.Derivation.Latex;
using EosVerify.IO;
using EosVerify.Reports;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Catalogue;

/// <summary>Settings of a catalogue run; the defaults are the ones proofs/ is generated with.</summary>
internal sealed record CatalogueSettings
{
    /// <summary>Per-query budget (the library default), for the theorem checks and for the re-check of the certificates.</summary>
    public SolverBudget SolverBudget { get; init; } = SolverBudget.Default;

    /// <summary>Seed of the checks' random points and restarts.</summary>
    public ulong Seed { get; init; } = 1;
}

/// <summary>A certificate in the catalogue: its path relative to the catalogue folder ('/' separated), the checks citing it, and its expected answer.</summary>
internal sealed record CatalogueCertificate(string File, IReadOnlyList<string> CitedBy, ExpectedAnswer Expected);

/// <param name="HasDeterminantAppendix">The derivation's det(I − ηH) is long: it is in full in <see cref="DeterminantFile"/>.</param>
internal sealed record CatalogueEntryResult(CatalogueEntry Entry, CheckReport Report, IReadOnlyList<CatalogueCertificate> Certificates,
    bool HasDeterminantAppendix = false)
{
    public string DerivationFile => $"{Entry.Name}/{ProofCatalogue.DerivationFile}";
    public string? DeterminantFile => HasDeterminantAppendix ? $"{Entry.Name}/{ProofCatalogue.DeterminantFile}" : null;
    public string ReportFile => $"{Entry.Name}/{ProofCatalogue.ReportFile}";
}

/// <summary>What a generation wrote, and how the solvers answered the re-check of its certificates.</summary>
internal sealed record CatalogueResult(CatalogueSettings Settings, IReadOnlyList<CatalogueEntryResult> Entries,
    IReadOnlyList<CertificateCheck> Rechecks, CertificateTally Tally);

/// <summary>
/// Writes the proofs/ catalogue into a folder: for each of <see cref="CatalogueEntries.All"/>, NAME/derivation.tex
/// (<see cref="ProblemDerivation"/>), NAME/report.json (<see cref="CheckReportJson"/>) and the .smt2 certificates
/// the theorem checker saved there; then re-runs every certificate (prover must confirm, second opinion must not
/// contradict) and writes catalogue.json (the manifest) and README.md with the counts. Deterministic byte for byte
/// as each solver query is decided (or not) by its resource limit, not by the wall-clock safety net.
/// </summary>
internal static class ProofCatalogue
{
    public const string DerivationFile = "derivation.tex";
    public const string DeterminantFile = DerivationDocument.DeterminantAppendixName + ".tex";
    public const string ReportFile = "report.json";
    public const string ManifestFile = "catalogue.json";
    public const string ReadmeFile = "README.md";

    /// <summary>
    /// Generates the catalogue into <paramref name="directory"/> (created if missing; it must be empty, so that no stale
    /// file survives). <paramref name="prover"/> (z3) decides the checks' queries and must confirm every certificate;
    /// <paramref name="secondOpinion"/> (cvc5, or null) must never contradict one.
    /// </summary>
    public static CatalogueResult Generate(string directory, ISmtSolver prover, ISmtSolver? secondOpinion,
        CatalogueSettings? settings = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(prover);
        settings ??= new CatalogueSettings();
        Directory.CreateDirectory(directory);
        if (Directory.EnumerateFileSystemEntries(directory).Any())
            throw new ArgumentException($"The catalogue folder '{directory}' must be empty (stale files would survive otherwise).", nameof(directory));

        var options = new CheckOptions { Seed = settings.Seed, SolverBudget = settings.SolverBudget };
        var entries = new List<CatalogueEntryResult>();
        foreach (var entry in CatalogueEntries.All())
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(entry.Name);
            string folder = Path.Combine(directory, entry.Name);
            Directory.CreateDirectory(folder);
            var derivation = ProblemDerivation.Document(entry.Problem);
            AtomicFile.WriteAllText(Path.Combine(folder, DerivationFile), derivation.ToLatex());
            string? appendix = derivation.DeterminantAppendixLatex(); // a long det(I − ηH) in full
            if (appendix is not null) AtomicFile.WriteAllText(Path.Combine(folder, DeterminantFile), appendix);
            var report = new TheoremChecker(options, prover, folder).Check(entry.Problem, cancellationToken: cancellationToken);
            AtomicFile.WriteAllText(Path.Combine(folder, ReportFile),
                CheckReportJson.Write([report], new ReportProvenance(null, settings.Seed, DataSource.BuiltIn("catalogue"))));
            entries.Add(new CatalogueEntryResult(entry, report, Certificates(entry.Name, folder, report), appendix is not null));
        }

        var checker = new CertificateChecker(prover, secondOpinion);
        var rechecks = new List<CertificateCheck>();
        foreach (var certificate in entries.SelectMany(e => e.Certificates))
        {
            progress?.Report($"re-check {certificate.File}");
            rechecks.Add(checker.CheckFile(Path.Combine(directory, certificate.File), settings.SolverBudget, cancellationToken));
        }
        var result = new CatalogueResult(settings, entries, rechecks, CertificateTally.Of(rechecks));
        AtomicFile.WriteAllText(Path.Combine(directory, ManifestFile), CatalogueManifest.Write(result));
        AtomicFile.WriteAllText(Path.Combine(directory, ReadmeFile), CatalogueReadme.Write(result));
        return result;
    }

    /// <summary>Every .smt2 file the checker left in the entry's folder, in ordinal order, with the checks that cite it.</summary>
    private static List<CatalogueCertificate> Certificates(string entryName, string folder, CheckReport report)
    {
        var certificates = new List<CatalogueCertificate>();
        var cited = report.Checks.SelectMany(c => c.Certificates).ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder, "*.smt2").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(path);
            var citedBy = report.Checks.Where(c => c.Certificates.Contains(name, StringComparer.Ordinal)).Select(c => c.Id).ToList();
            certificates.Add(new CatalogueCertificate($"{entryName}/{name}", citedBy, SmtCertificate.Load(path).Expected));
            cited.Remove(name);
        }
        if (cited.Count > 0)
            throw new InvalidOperationException($"{entryName}: the report cites certificates that were not written: {string.Join(", ", cited.Order(StringComparer.Ordinal))}.");
        return certificates;
    }
}

using System.Text;
using EosVerify.Smt;

namespace EosVerify.Theorems;

/// <summary>
/// Saves the SMT-LIB2 queries that decide verdicts into one folder, under names made from the problem, the check and
/// a purpose (deterministic: no counters that depend on run order, no timestamps). Returns names as reports cite them.
/// </summary>
internal sealed class CertificateStore
{
    public string Directory { get; }

    private readonly string _prefix;
    private readonly string _relativeFolder;

    /// <param name="directory">Where the .smt2 files go.</param>
    /// <param name="problemLabel">The problem's name, the first part of every file name.</param>
    /// <param name="relativeFolder">How reports name the folder (e.g. "certificates"), or "" for names alone.</param>
    public CertificateStore(string directory, string problemLabel, string relativeFolder = "")
    {
        Directory = directory;
        _prefix = Slug(problemLabel);
        _relativeFolder = relativeFolder;
    }

    /// <summary>A folder of its own under the system temp folder, for library use without an output folder.</summary>
    public static CertificateStore InTemporaryFolder(string problemLabel) =>
        new(Path.Combine(Path.GetTempPath(), "eosverify-certificates", Guid.NewGuid().ToString("N")), problemLabel);

    public string Save(SmtQuery query, string checkId, string purpose)
    {
        System.IO.Directory.CreateDirectory(Directory);
        string name = $"{_prefix}-{checkId}-{Slug(purpose)}.smt2";
        query.Save(Path.Combine(Directory, name));
        return _relativeFolder.Length == 0 ? name : _relativeFolder + "/" + name;
    }

    public static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text.ToLowerInvariant())
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        var slug = sb.ToString().Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Length == 0 ? "problem" : slug;
    }
}

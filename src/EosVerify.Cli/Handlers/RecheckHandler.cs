using System.Globalization;
using System.Text.Json.Nodes;
using EosVerify.Networks;
using EosVerify.Reports;
using EosVerify.Smt;

namespace EosVerify.Cli;

/// <summary>
/// <c>eosverify recheck DIR</c>: every *.smt2 under DIR, in ordinal path order, through z3 (which must give the
/// expected answer of the certificate's header) and cvc5 (which must never give the opposite; its unknown is no
/// opinion). One row per file; exit 1 if any certificate is contradicted or malformed, else 3 if any is not
/// confirmed, else 0. Nothing is written.
/// </summary>
internal static class RecheckHandler
{
    public static ExitCode Run(RecheckOptions options, Terminal terminal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(terminal);
        if (File.Exists(options.Folder) && !Directory.Exists(options.Folder))
            throw new InputException("DIR", $"'{options.Folder}' is a file; expected a folder holding .smt2 certificates");
        if (!Directory.Exists(options.Folder))
            throw new InputException("DIR", $"'{options.Folder}' does not exist; expected a folder holding .smt2 certificates");
        var files = Directory.GetFiles(options.Folder, "*.smt2", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
            throw new InputException("DIR", $"'{options.Folder}' holds no .smt2 certificates (searched with its subfolders)");

        var z3 = new SolverFaultWatch(new ProcessSmtSolver(SolverCommand.Z3(options.Paths.Z3), options.Budget), terminal.Warning);
        var cvc5 = new SolverFaultWatch(new ProcessSmtSolver(SolverCommand.Cvc5(options.Paths.Cvc5), options.Budget), terminal.Warning);
        z3.ProbeExecutable();
        cvc5.ProbeExecutable();
        var checker = new CertificateChecker(z3, cvc5);
        var checks = new List<CertificateCheck>(files.Length);
        for (int i = 0; i < files.Length; i++)
        {
            terminal.Info($"[{i + 1}/{files.Length}] {Relative(options.Folder, files[i])}");
            var check = checker.CheckFile(files[i], options.Budget, cancellationToken);
            checks.Add(check with { Path = Relative(options.Folder, files[i]) });
        }
        Show(checks, terminal);
        if (checks.Any(c => c.Status is CertificateStatus.Contradicted or CertificateStatus.Malformed)) return ExitCode.Violated;
        return checks.Any(c => c.Status == CertificateStatus.Inconclusive) ? ExitCode.Inconclusive : ExitCode.Success;
    }

    private static void Show(IReadOnlyList<CertificateCheck> checks, Terminal terminal)
    {
        if (terminal.Format == OutputFormat.Json)
        {
            terminal.Result(Json(checks).ToJsonString(ReportJson.Indented));
            return;
        }
        terminal.Table("EosVerify recheck", ["certificate", "expected", "z3", "cvc5", "status", "agreement"],
            checks.Select(c => (IReadOnlyList<string>)
            [
                c.Path, c.Expected?.ToSmtText() ?? "—", Answer(c.Primary), Answer(c.Secondary), c.Status.ToString().ToLowerInvariant(), c.Agreement,
            ]));
        foreach (var flagged in checks.Where(c => c.Status is CertificateStatus.Contradicted or CertificateStatus.Malformed))
            terminal.Warning($"{flagged.Path}: {flagged.Status.ToString().ToLowerInvariant()}: {flagged.Explanation}");
        terminal.Result(Summary(checks));
    }

    private static string Summary(IReadOnlyList<CertificateCheck> checks) => string.Create(CultureInfo.InvariantCulture,
        $"{checks.Count} certificates: {checks.Count(c => c.BothAgree)} confirmed by z3 and cvc5, " +
        $"{checks.Count(c => c.Status == CertificateStatus.Confirmed && !c.BothAgree)} by z3 only (cvc5 no opinion), " +
        $"{checks.Count(c => c.Status == CertificateStatus.Contradicted)} contradicted, " +
        $"{checks.Count(c => c.Status == CertificateStatus.Inconclusive)} inconclusive, " +
        $"{checks.Count(c => c.Status == CertificateStatus.Malformed)} malformed");

    private static JsonObject Json(IReadOnlyList<CertificateCheck> checks) => new()
    {
        ["certificates"] = new JsonArray(checks.Select(c => (JsonNode?)new JsonObject
        {
            ["file"] = c.Path,
            ["expected"] = c.Expected?.ToSmtText(),
            ["z3"] = SolverJson(c.Primary),
            ["cvc5"] = SolverJson(c.Secondary),
            ["status"] = c.Status.ToString().ToLowerInvariant(),
            ["agreement"] = c.Agreement,
            ["explanation"] = c.Explanation,
        }).ToArray()),
        ["summary"] = Summary(checks),
    };

    private static JsonObject? SolverJson(SolverResult? result) => result is null ? null : new JsonObject
    {
        ["answer"] = SolverResult.OutcomeText(result.Outcome),
        ["reason"] = result.Reason.Length == 0 ? null : result.Reason,
    };

    private static string Answer(SolverResult? result) => result is null ? "—" : SolverResult.OutcomeText(result.Outcome);

    private static string Relative(string folder, string file) => Path.GetRelativePath(folder, file).Replace('\\', '/');
}

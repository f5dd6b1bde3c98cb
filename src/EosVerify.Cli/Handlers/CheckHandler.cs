using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using EosVerify.Networks;
using EosVerify.Reports;
using EosVerify.Smt;
using EosVerify.Theorems;

namespace EosVerify.Cli;

/// <summary>
/// `check`: T1–T4 on the problem (or the default suite); report.json, report.md, report.tex and the certificates in
/// the output folder, timings in timings.json (kept out of the report so reports diff cleanly); a verdict table on
/// the terminal; the exit code of the worst verdict.
/// </summary>
public static class CheckHandler
{
    public const string CertificateFolder = "certificates";

    public static ExitCode Run(CheckOptions options, Terminal terminal, CancellationToken cancellationToken = default)
    {
        var problems = options.Problem is { } p ? [p] : DefaultSuite.Problems();
        var folder = options.Output.Folder ?? OutputFolder.Prepare(Commands.CheckCommand.DefaultOutputFolder, options.InputFiles ?? [], "--out");
        var solver = SmtSolvers.Create(SolverName(options.Solver.Solver), options.Solver.Paths, options.Solver.Timeout, out var notice);
        if (notice is not null) terminal.Warning(notice);
        var checkOptions = new Theorems.CheckOptions
        {
            Seed = options.Seed,
            SolverTimeout = options.Solver.Timeout,
            ClaimedMinSharpness = options.ClaimedMinSharpness,
            ClaimedRadius = options.ClaimedRadius,
        };
        var checker = new TheoremChecker(checkOptions, solver, folder.PathFor(CertificateFolder), CertificateFolder);

        var reports = new List<CheckReport>();
        for (int i = 0; i < problems.Count; i++)
        {
            var problem = problems[i];
            string label = problem.Name ?? problem.Architecture.ToString();
            terminal.Info($"[{i + 1}/{problems.Count}] checking {label} (P = {problem.ParameterCount})");
            var report = terminal.WithProgress(label, progress => checker.Check(problem, progress, cancellationToken));
            reports.Add(report);
        }

        var provenance = options.Provenance ?? new ReportProvenance(null, options.Seed,
            options.Problem is null ? DataSource.BuiltIn("default-suite") : DataSource.Given);
        folder.WriteAllText("report.json", CheckReportJson.Write(reports, provenance));
        folder.WriteAllText("report.md", CheckReportMarkdown.Write(reports));
        folder.WriteAllText("report.tex", CheckReportLatex.Write(reports));
        folder.WriteAllText("timings.json", Timings(reports));

        Show(reports, provenance, terminal, folder);
        return (ExitCode)VerdictExtensions.ExitCode(reports.SelectMany(r => r.Checks).Select(c => c.Verdict));
    }

    private static void Show(IReadOnlyList<CheckReport> reports, ReportProvenance provenance, Terminal terminal, OutputFolder folder)
    {
        switch (terminal.Format)
        {
            case OutputFormat.Json:
                terminal.Result(CheckReportJson.Write(reports, provenance).TrimEnd());
                return;
            case OutputFormat.Markdown:
                terminal.Result(CheckReportMarkdown.Write(reports).TrimEnd());
                return;
        }
        var rows = reports.SelectMany(r => r.Checks.Select(c => (IReadOnlyList<string>)
            [r.Problem.Name ?? r.Problem.Architecture.ToString(), c.Id, c.Verdict.Name(), c.Summary])).ToList();
        terminal.Table("EosVerify check", ["problem", "check", "verdict", "evidence"], rows);
        var all = reports.SelectMany(r => r.Checks).ToList();
        terminal.Result(string.Create(CultureInfo.InvariantCulture,
            $"{all.Count(c => c.Verdict == Verdict.HoldsCertified)} certified, {all.Count(c => c.Verdict == Verdict.HoldsNumerical)} numerical, " +
            $"{all.Count(c => c.Verdict == Verdict.Violated)} violated, {all.Count(c => c.Verdict == Verdict.Inconclusive)} inconclusive; " +
            $"report in {folder.DisplayPath}"));
    }

    private static string Timings(IReadOnlyList<CheckReport> reports)
    {
        var problems = new JsonArray();
        foreach (var r in reports)
            problems.Add(new JsonObject
            {
                ["problem"] = r.Problem.Name ?? r.Problem.Architecture.ToString(),
                ["checks"] = new JsonArray(r.Checks.Select(c => (JsonNode?)new JsonObject
                {
                    ["id"] = c.Id,
                    ["seconds"] = Math.Round(c.Elapsed.TotalSeconds, 3),
                }).ToArray()),
            });
        var root = new JsonObject
        {
            ["tool"] = "eosverify",
            ["version"] = typeof(CheckHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
            ["totalSeconds"] = Math.Round(reports.SelectMany(r => r.Checks).Sum(c => c.Elapsed.TotalSeconds), 3),
            ["problems"] = problems,
        };
        return root.ToJsonString(ReportJson.Indented) + "\n";
    }

    private static string SolverName(SolverChoice choice) => choice switch
    {
        SolverChoice.Z3 => "z3",
        SolverChoice.Cvc5 => "cvc5",
        SolverChoice.Z3Api => "z3-api",
        _ => "none",
    };
}

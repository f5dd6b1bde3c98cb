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
/// the terminal; the exit code of the worst verdict. The run is written into a staging folder and moved into place
/// at the end (<see cref="StagedRun"/>), so the output folder holds exactly one complete run, or is untouched.
/// </summary>
internal static class CheckHandler
{
    public const string CertificateFolder = "certificates";

    /// <summary>What one run writes at the top of the output folder; each replaces the same entry of an earlier run.</summary>
    public static IReadOnlyList<OutputEntry> RunEntries { get; } =
    [
        OutputEntry.File("report.json"), OutputEntry.File("report.md"), OutputEntry.File("report.tex"),
        OutputEntry.File("timings.json"), OutputEntry.Folder(CertificateFolder),
    ];

    public static ExitCode Run(CheckOptions options, Terminal terminal, CancellationToken cancellationToken = default)
    {
        var problems = options.Problem is { } p ? [p] : DefaultSuite.Problems();
        var target = options.Output.Folder ?? OutputFolder.Prepare(Commands.CheckCommand.DefaultOutputFolder, options.InputFiles ?? [], "--out");
        using var run = StagedRun.Begin(target, RunEntries);
        var folder = run.Folder;
        var solver = new SolverFaultWatch(Backend(options.Solver, terminal), terminal.Warning);
        solver.ProbeExecutable();
        var checkOptions = new Theorems.CheckOptions
        {
            Seed = options.Seed,
            SolverBudget = options.Solver.Budget,
            ClaimedMinSharpness = options.ClaimedMinSharpness,
            ClaimedRadius = options.ClaimedRadius,
            StageBudget = options.Budget ?? Theorems.CheckOptions.DefaultStageBudget,
        };
        var checker = new TheoremChecker(checkOptions, solver, folder.PathFor(CertificateFolder), CertificateFolder);

        var trust = SolverTrust.Statement(solver);
        var reports = new List<CheckReport>();
        for (int i = 0; i < problems.Count; i++)
        {
            var problem = problems[i];
            string label = problem.Label;
            terminal.Info($"[{i + 1}/{problems.Count}] checking {label} (P = {problem.ParameterCount})");
            var report = terminal.WithProgress(label, progress => checker.Check(problem, progress, cancellationToken));
            reports.Add(trust is null ? report : report with { Solvers = [.. report.Solvers, trust] });
        }

        var provenance = options.Provenance ?? new ReportProvenance(null, options.Seed,
            options.Problem is null ? DataSource.BuiltIn("default-suite") : DataSource.Given);
        folder.WriteAllText("report.json", CheckReportJson.Write(reports, provenance));
        folder.WriteAllText("report.md", CheckReportMarkdown.Write(reports));
        folder.WriteAllText("report.tex", CheckReportLatex.Write(reports));
        folder.WriteAllText("timings.json", Timings(reports));
        cancellationToken.ThrowIfCancellationRequested();
        run.Commit();

        Show(reports, provenance, terminal, target);
        if (trust is not null && reports.Any(r => r.Checks.Any(c => c.Certificates.Count > 0)))
            terminal.Info(trust);
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
            [r.Problem.Label, c.Id, c.Verdict.Name(), StepSize(c, r.Problem), c.Summary])).ToList();
        terminal.Table("EosVerify check", ["problem", "check", "verdict", "η", "evidence"], rows);
        var all = reports.SelectMany(r => r.Checks).ToList();
        terminal.Result(string.Create(CultureInfo.InvariantCulture,
            $"{Count(all, Verdict.HoldsCertified, "certified")}, {Count(all, Verdict.HoldsNumerical, "numerical")}, " +
            $"{all.Count(c => c.Verdict == Verdict.Violated)} violated, {all.Count(c => c.Verdict == Verdict.Inconclusive)} inconclusive; " +
            $"report in {folder.DisplayPath}"));
    }

    /// <summary>"N certified" or "N certified (M vacuous)": holds whose premise is false (no stable minima, or η ≤ η* for T4) are counted apart.</summary>
    private static string Count(IReadOnlyList<CheckResult> all, Verdict verdict, string name)
    {
        var matching = all.Where(c => c.Verdict == verdict).ToList();
        int vacuous = matching.Count(IsVacuous);
        return vacuous == 0 ? $"{matching.Count} {name}" : $"{matching.Count} {name} ({vacuous} vacuous)";
    }

    private static bool IsVacuous(CheckResult c) => c.Evidence switch
    {
        LargeStepInstabilityEvidence t4 => t4.Premise == false,
        BoundedStableMinimaEvidence t3 => t3.StableMinimaExist == false,
        _ => false,
    };

    /// <summary>
    /// The step size the check worked at: T3 and T4 choose one when the problem has none (their evidence says which),
    /// T1 uses the problem's, T2 needs none ("—").
    /// </summary>
    private static string StepSize(CheckResult c, Problem problem) =>
        c.Evidence is StepSizeEvidence { EtaApprox: { } eta } ? eta.ToString("G6", CultureInfo.InvariantCulture)
        : c.Id == "T1" && problem.Eta is { } given ? given.ToDouble().ToString("G6", CultureInfo.InvariantCulture)
        : "—";

    private static string Timings(IReadOnlyList<CheckReport> reports)
    {
        var problems = new JsonArray();
        foreach (var r in reports)
            problems.Add(new JsonObject
            {
                ["problem"] = r.Problem.Label,
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

    /// <summary>The backend asked for; with --require-agreement, it and the other process solver must agree.</summary>
    private static ISmtSolver Backend(SolverSettings settings, Terminal terminal)
    {
        var backend = SmtSolvers.Create(SolverName(settings.Solver), settings.Paths, settings.Budget, out var notice);
        if (notice is not null) terminal.Warning(notice);
        if (!settings.RequireAgreement || settings.Solver == SolverChoice.None) return backend;
        var other = SmtSolvers.Create(settings.Solver == SolverChoice.Cvc5 ? "z3" : "cvc5", settings.Paths, settings.Budget);
        return new AgreeingSmtSolver(backend, other);
    }

    private static string SolverName(SolverChoice choice) => choice switch
    {
        SolverChoice.Z3 => "z3",
        SolverChoice.Cvc5 => "cvc5",
        SolverChoice.Z3Api => "z3-api",
        _ => "none",
    };
}

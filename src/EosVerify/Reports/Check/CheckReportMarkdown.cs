using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EosVerify.Networks;
using EosVerify.Theorems;

namespace EosVerify.Reports;

/// <summary>report.md: a GitHub-readable summary table per problem, then each check's evidence as JSON blocks.</summary>
internal static class CheckReportMarkdown
{
    public static string Write(IReadOnlyList<CheckReport> reports)
    {
        var sb = new StringBuilder();
        sb.Append("# EosVerify check report\n\n");
        int exit = VerdictExtensions.ExitCode(reports.SelectMany(r => r.Checks).Select(c => c.Verdict));
        sb.Append($"Worst verdict over {reports.Count} problem(s): exit code {exit} ");
        sb.Append("(0 every check holds, 1 a check is violated, 3 inconclusive).\n\n");
        foreach (var r in reports) WriteProblem(sb, r);
        return sb.ToString();
    }

    private static void WriteProblem(StringBuilder sb, CheckReport report)
    {
        var p = report.Problem;
        sb.Append("## ").Append(Escape(p.Label)).Append("\n\n");
        sb.Append($"Architecture `{p.Architecture}` (P = {p.ParameterCount}), loss `{p.LossScale.Name()}`, n = {p.Moments.SampleCount}");
        if (p.Eta is { } eta) sb.Append($", η = {eta} (≈ {eta.ToDouble():G6})");
        sb.Append(".\n\n");
        sb.Append("| check | verdict | summary |\n|---|---|---|\n");
        foreach (var c in report.Checks)
            sb.Append($"| {c.Id} | **{c.Verdict.Name()}** | {Escape(c.Summary)} |\n");
        sb.Append('\n');
        foreach (var c in report.Checks)
        {
            sb.Append("### ").Append(c.Id).Append(": ").Append(Escape(c.Claim)).Append("\n\n");
            sb.Append("Verdict: **").Append(c.Verdict.Name()).Append("**. ").Append(Escape(c.Summary)).Append("\n\n");
            AppendJsonBlock(sb, "Evidence", EvidenceJson.ToJson(c.Evidence));
            if (c.Counterexample is { } counterexample) AppendJsonBlock(sb, "Counterexample", EvidenceJson.ToJson(counterexample));
            if (c.Certificates.Count > 0)
            {
                sb.Append("Certificates (re-run with `z3 -smt2 FILE` or `cvc5 FILE`):\n\n");
                foreach (var f in c.Certificates) sb.Append("- `").Append(f).Append("`\n");
                sb.Append('\n');
            }
        }
    }

    private static void AppendJsonBlock(StringBuilder sb, string title, JsonObject o)
    {
        sb.Append("<details><summary>").Append(title).Append("</summary>\n\n```json\n");
        sb.Append(o.ToJsonString(ReportJson.Indented)).Append("\n```\n\n</details>\n\n");
    }

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

using System.Text;
using EosVerify.Derivation.Latex;
using EosVerify.Networks;
using EosVerify.Theorems;

namespace EosVerify.Reports;

/// <summary>report.tex: a compilable article with one table of verdicts per problem and each check's summary.</summary>
internal static class CheckReportLatex
{
    public static string Write(IReadOnlyList<CheckReport> reports)
    {
        var sb = new StringBuilder();
        sb.Append("\\documentclass[10pt]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n\\usepackage{lmodern}\n");
        sb.Append("\\usepackage[margin=2cm]{geometry}\n\\usepackage{amsmath,amssymb}\n\\usepackage{array}\n");
        sb.Append("\\title{EosVerify check report}\n\\date{}\n\\begin{document}\n\\maketitle\n");
        int exit = VerdictExtensions.ExitCode(reports.SelectMany(r => r.Checks).Select(c => c.Verdict));
        sb.Append($"Worst verdict over {reports.Count} problem(s): exit code {exit} (0 every check holds, 1 a check is violated, 3 inconclusive).\n\n");
        foreach (var report in reports)
        {
            var p = report.Problem;
            sb.Append("\\section*{").Append(LatexText.Escape(p.Label)).Append("}\n");
            sb.Append(LatexText.Escape($"Architecture {p.Architecture} (P = {p.ParameterCount}), loss {p.LossScale.Name()}, n = {p.Moments.SampleCount}"));
            if (p.Eta is { } eta) sb.Append(", ").Append(LatexText.Escape($"η = {eta}"));
            sb.Append(".\n\n\\begin{tabular}{l l >{\\raggedright\\arraybackslash}p{11cm}}\n\\hline\ncheck & verdict & summary \\\\\n\\hline\n");
            foreach (var c in report.Checks)
                sb.Append(c.Id).Append(" & \\textbf{").Append(LatexText.Escape(c.Verdict.Name())).Append("} & ")
                    .Append(LatexText.Escape(c.Summary)).Append(" \\\\\n");
            sb.Append("\\hline\n\\end{tabular}\n\n");
        }
        sb.Append("\\end{document}\n");
        return sb.ToString();
    }
}

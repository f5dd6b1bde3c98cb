using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EosVerify.Derivation;
using EosVerify.Derivation.Latex;
using EosVerify.Networks;
using EosVerify.Reports;
using EosVerify.Reports.Tex;

namespace EosVerify.Cli;

/// <summary>
/// The body of <c>eosverify derive</c>: writes derivation.tex and derivation.md (atomically) into the --out folder
/// (default <see cref="DefaultFolder"/>), then compiles the .tex with pdflatex into derivation.pdf unless --no-compile.
/// <list type="bullet">
/// <item>pdflatex missing: a warning line, exit 0 — the .tex and .md are the product, the PDF a convenience.</item>
/// <item>pdflatex rejects the generated LaTeX or times out: a warning line with its first error, exit 70 (the
/// generated LaTeX should always compile, so this is a bug to report); the .tex is kept for the report.</item>
/// <item>A derivation.pdf left from an earlier run is removed whenever no new one is written, so that the folder
/// never holds a PDF that does not match its .tex.</item>
/// </list>
/// </summary>
internal sealed class DeriveHandler(string pdflatexExecutable = PdfLatex.DefaultExecutable)
{
    /// <summary>The output folder when --out is not given, relative to the working directory.</summary>
    public const string DefaultFolder = "derivation";

    public const string TexFile = "derivation.tex";
    public const string MarkdownFile = "derivation.md";
    public const string PdfFile = "derivation.pdf";
    public const string AppendixTexFile = DerivationDocument.DeterminantAppendixName + ".tex";
    public const string AppendixMarkdownFile = DerivationDocument.DeterminantAppendixName + ".md";
    public const string AppendixPdfFile = DerivationDocument.DeterminantAppendixName + ".pdf";

    /// <summary>The default --budget: a document estimated to take longer to write and typeset is refused (see <see cref="DerivationCost"/>).</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(30);

    /// <summary>Generous: a derivation compiles in well under a second, but the machine may be loaded.</summary>
    public static readonly TimeSpan CompileTimeout = TimeSpan.FromSeconds(120);

    public ExitCode Run(DeriveOptions options, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(terminal);
        var problem = options.Problem;
        DerivationCost.RequireWithin(problem, compile: !options.NoCompile, options.Budget ?? DefaultBudget);
        var folder = options.Output.Folder ?? OutputFolder.Prepare(DefaultFolder, options.InputFiles ?? [], "--out");

        foreach (var name in new[] { TexFile, MarkdownFile, PdfFile, AppendixTexFile, AppendixMarkdownFile, AppendixPdfFile })
            folder.PathFor(name); // no input is overwritten, and nothing is written if one would be
        var document = ProblemDerivation.Document(problem, out var contents);
        string texPath = Write(folder, TexFile, document.ToLatex(), terminal);
        string markdownPath = Write(folder, MarkdownFile, document.ToMarkdown(), terminal);
        string? appendixTex = document.DeterminantAppendixLatex() is { } appendix ? Write(folder, AppendixTexFile, appendix, terminal) : null;
        if (document.DeterminantAppendixMarkdown() is { } appendixMarkdown) Write(folder, AppendixMarkdownFile, appendixMarkdown, terminal);
        else RemoveStale(folder, [AppendixTexFile, AppendixMarkdownFile], terminal);

        var (pdfStatus, pdfPath, message) = options.NoCompile
            ? ("skipped", null, "pdflatex not run (--no-compile)")
            : Compile(folder, texPath, PdfFile);
        string? appendixPdf = null;
        if (pdfStatus == "compiled" && appendixTex is not null)
        {
            var (appendixStatus, compiledAppendix, appendixMessage) = Compile(folder, appendixTex, AppendixPdfFile);
            appendixPdf = compiledAppendix;
            (pdfStatus, message) = appendixStatus == "compiled" ? (pdfStatus, message + "\n" + appendixMessage) : (appendixStatus, appendixMessage);
        }
        if (pdfPath is null) RemoveStale(folder, [PdfFile], terminal);
        if (pdfPath is null || appendixTex is null) RemoveStale(folder, [AppendixPdfFile], terminal);
        var exitCode = pdfStatus is "failed" or "timed-out" ? ExitCode.InternalError : ExitCode.Success;
        switch (pdfStatus)
        {
            case "compiled" or "skipped":
                foreach (var line in message.Split('\n')) terminal.Info(line);
                break;
            case "not-found":
                terminal.Warning($"{message} {TexFile} and {MarkdownFile} were written; {PdfFile} was not (use --no-compile to skip pdflatex).");
                break;
            default:
                terminal.Warning($"{message} The generated LaTeX should always compile: please report this as a bug with the command line; {texPath} was kept.");
                break;
        }

        if (terminal.Format == OutputFormat.Json)
            terminal.Result(Json(problem, contents, texPath, markdownPath, pdfPath, appendixTex, appendixPdf, pdfStatus, message, exitCode).ToJsonString(ReportJson.Indented));
        else
            terminal.Result(Summary(problem, contents, folder, pdfPath, appendixTex is not null));
        return exitCode;
    }

    private static string Write(OutputFolder folder, string name, string text, Terminal terminal)
    {
        string path = folder.WriteAllText(name, text);
        terminal.Info($"wrote {Path.Combine(folder.DisplayPath, name)}");
        return path;
    }

    private (string Status, string? PdfPath, string Message) Compile(OutputFolder folder, string texPath, string pdfFile)
    {
        string target = folder.PathFor(pdfFile); // refuses to overwrite an input file before pdflatex runs
        var scratch = Directory.CreateTempSubdirectory("eosverify-derive-");
        try
        {
            string scratchPdf = Path.Combine(scratch.FullName, pdfFile);
            var result = PdfLatex.Compile(texPath, CompileTimeout, pdflatexExecutable, scratchPdf);
            switch (result.Outcome)
            {
                case PdfLatexOutcome.Succeeded:
                    folder.WriteAllBytes(pdfFile, File.ReadAllBytes(scratchPdf));
                    string overfull = result.OverfullBoxes.Count == 0 ? "no overfull boxes"
                        : $"{result.OverfullBoxes.Count} overfull \\hbox warning(s), widest {result.WorstOverfullPoints:0.##} pt";
                    return ("compiled", target, $"wrote {Path.Combine(folder.DisplayPath, pdfFile)} ({overfull})");
                case PdfLatexOutcome.NotFound:
                    return ("not-found", null, result.Message);
                case PdfLatexOutcome.TimedOut:
                    return ("timed-out", null, result.Message);
                default:
                    return ("failed", null, result.Message);
            }
        }
        finally
        {
            try { scratch.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static void RemoveStale(OutputFolder folder, IEnumerable<string> names, Terminal terminal)
    {
        foreach (var name in names)
        {
            string stale = folder.PathFor(name);
            if (!File.Exists(stale)) continue;
            try
            {
                File.Delete(stale);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputWriteException(stale, e);
            }
            terminal.Info($"removed {stale} from an earlier run: it no longer matches {TexFile}");
        }
    }

    private static string Summary(Problem problem, ProblemDerivation.Contents contents, OutputFolder folder, string? pdfPath, bool appendix)
    {
        string files = pdfPath is null ? $"{TexFile} and {MarkdownFile}" : $"{TexFile}, {MarkdownFile} and {PdfFile}";
        string full = appendix ? $"; det(I − ηH) in full in {DerivationDocument.DeterminantAppendixName}.*" : "";
        return $"derivation of {problem.Architecture} (P = {problem.ParameterCount}): {Sections(contents)}; {files} in {folder.DisplayPath}{full}";
    }

    private static string Sections(ProblemDerivation.Contents contents)
    {
        if (!contents.Expanded)
            return $"symbolic sections only (expanded polynomials are printed for P ≤ {ProblemDerivation.MaxExpandedParameters})";
        if (contents.Determinant)
            return $"expanded loss, gradient, Hessian and det(I − ηH) ({contents.DeterminantTerms} terms)";
        return contents.DeterminantTerms is { } terms
            ? $"expanded loss, gradient and Hessian (det(I − ηH) has {terms} terms, more than {ProblemDerivation.MaxDeterminantTerms}: left out)"
            : $"expanded loss, gradient and Hessian (det(I − ηH) is expanded for P ≤ {ProblemDerivation.MaxDeterminantParameters})";
    }

    private static JsonObject Json(Problem problem, ProblemDerivation.Contents contents, string tex, string markdown, string? pdf,
        string? appendixTex, string? appendixPdf, string pdfStatus, string message, ExitCode exitCode) => new()
    {
        ["command"] = "derive",
        ["architecture"] = problem.Architecture.ToString(),
        ["parameters"] = problem.ParameterCount,
        ["files"] = new JsonObject
        {
            ["tex"] = tex, ["markdown"] = markdown, ["pdf"] = pdf,
            ["determinantTex"] = appendixTex, ["determinantPdf"] = appendixPdf,
        },
        ["expanded"] = new JsonObject
        {
            ["loss"] = contents.Expanded,
            ["gradient"] = contents.Expanded,
            ["hessian"] = contents.Expanded,
            ["gdJacobianDeterminant"] = contents.Determinant,
        },
        ["gdJacobianDeterminantTerms"] = contents.DeterminantTerms,
        ["pdflatex"] = pdfStatus,
        ["message"] = message,
        ["exitCode"] = (int)exitCode,
    };
}

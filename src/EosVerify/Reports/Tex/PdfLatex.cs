using System.ComponentModel;
using System.Diagnostics;

namespace EosVerify.Reports.Tex;

/// <summary>
/// Runs pdflatex on a .tex file in a scratch folder (-interaction=nonstopmode -halt-on-error -no-shell-escape) and
/// reports the outcome, the log's errors and its overfull \hbox warnings. A missing pdflatex or a timeout is a
/// result, never an exception. On success the PDF is copied next to the .tex (or to <c>pdfPath</c>).
/// </summary>
internal static class PdfLatex
{
    public const string DefaultExecutable = "pdflatex";
    /// <summary>The Debian packages the generated documents need (fonts lmodern, amsmath from texlive-latex-base/-recommended).</summary>
    public const string InstallHint =
        "install the Debian packages texlive-latex-base texlive-latex-recommended texlive-fonts-recommended lmodern " +
        "(apt-get install texlive-latex-base texlive-latex-recommended texlive-fonts-recommended lmodern)";

    public static PdfLatexResult Compile(string texPath, TimeSpan timeout, string executable = DefaultExecutable, string? pdfPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(texPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        if (timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(timeout), $"The timeout must be positive, got {timeout}.");
        if (!File.Exists(texPath)) throw new FileNotFoundException($"No LaTeX file at '{texPath}'.", texPath);

        var scratch = Directory.CreateTempSubdirectory("eosverify-tex-");
        try
        {
            string name = Path.GetFileName(texPath);
            File.Copy(texPath, Path.Combine(scratch.FullName, name));
            var start = new ProcessStartInfo(executable)
            {
                WorkingDirectory = scratch.FullName,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape" })
                start.ArgumentList.Add(argument);
            start.ArgumentList.Add(name);

            using var process = new Process { StartInfo = start };
            try
            {
                if (!process.Start()) return NotFound(executable, "it did not start");
            }
            catch (Win32Exception e)
            {
                return NotFound(executable, e.Message);
            }
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new PdfLatexResult(PdfLatexOutcome.TimedOut, $"pdflatex did not finish within {timeout.TotalSeconds:0.#} s and was stopped.", null, [], []);
            }
            process.WaitForExit(); // flushes the redirected streams
            string console = stdout.Result + stderr.Result;

            string logFile = Path.Combine(scratch.FullName, Path.ChangeExtension(name, ".log"));
            string log = File.Exists(logFile) ? File.ReadAllText(logFile) : console;
            var errors = PdfLatexLog.Errors(log);
            var overfull = PdfLatexLog.OverfullBoxes(log);
            string producedPdf = Path.Combine(scratch.FullName, Path.ChangeExtension(name, ".pdf"));
            if (process.ExitCode != 0 || !File.Exists(producedPdf))
            {
                var reported = errors.Count > 0 ? errors : [$"pdflatex exited with code {process.ExitCode} and no error message in its log."];
                return new PdfLatexResult(PdfLatexOutcome.Failed, $"pdflatex failed: {reported[0]}", null, reported, overfull);
            }
            string target = pdfPath ?? Path.ChangeExtension(Path.GetFullPath(texPath), ".pdf");
            File.Copy(producedPdf, target, overwrite: true);
            string summary = overfull.Count == 0 ? "no overfull boxes"
                : $"{overfull.Count} overfull \\hbox warning(s), widest {overfull.Max(b => b.Points):0.##} pt";
            return new PdfLatexResult(PdfLatexOutcome.Succeeded, $"wrote {target} ({summary})", target, errors, overfull);
        }
        finally
        {
            try { scratch.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static PdfLatexResult NotFound(string executable, string reason) =>
        new(PdfLatexOutcome.NotFound, $"pdflatex not found: {InstallHint} (tried '{executable}': {reason}).", null, [], []);
}

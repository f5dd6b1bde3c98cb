using System.Text.Json.Nodes;
using EosVerify.Cli;
using EosVerify.Reports.Tex;

namespace EosVerify.Tests.Cli;

/// <summary>`eosverify derive` end to end, in-process, with the real pdflatex where the test needs it.</summary>
[NonParallelizable]
public class DeriveCommandTests
{
    private string _folder = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateFolder()
    {
        _temp = new TempFolder("eosverify-derive-test-");
        _folder = _temp.Path;
    }

    [TearDown]
    public void DeleteFolder() => _temp.Dispose();

    private string Out => Path.Combine(_folder, "out");
    private string OutFile(string name) => Path.Combine(Out, name);

    /// <summary>Handlers whose derive runs a pdflatex that does not exist.</summary>
    private sealed class NoPdfLatexHandlers : CommandHandlers
    {
        public override ExitCode Derive(DeriveOptions options, Terminal terminal) =>
            new DeriveHandler("/nonexistent/eosverify-test/pdflatex").Run(options, terminal);
    }

    private static void RequirePdfLatex()
    {
        var probe = Directory.CreateTempSubdirectory("eosverify-pdflatex-probe-");
        try
        {
            string tex = Path.Combine(probe.FullName, "probe.tex");
            File.WriteAllText(tex, "\\documentclass{article}\\begin{document}x\\end{document}\n");
            if (PdfLatex.Compile(tex, TimeSpan.FromSeconds(60)).Outcome == PdfLatexOutcome.NotFound)
                Assert.Ignore($"pdflatex is not installed ({PdfLatex.InstallHint}).");
        }
        finally
        {
            probe.Delete(recursive: true);
        }
    }

    [Test]
    public void TwoTwoOneWritesTexThatPdfLatexCompilesWithoutErrors()
    {
        RequirePdfLatex();
        var outcome = CliRunner.Run("derive", "--arch", "2-2-1", "--out", Out);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        string tex = File.ReadAllText(OutFile("derivation.tex"));
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(OutFile("derivation.md")), "derivation.md");
            Assert.That(File.ReadAllBytes(OutFile("derivation.pdf")).Take(5), Is.EqualTo("%PDF-"u8.ToArray()), "derivation.pdf is a PDF");
            Assert.That(tex, Does.Contain("Expanded polynomials").And.Contain("Hessian").And.Contain("Determinant of the GD-map Jacobian"),
                "P = 6: loss, gradient, Hessian and det(I − ηH) expanded");
            Assert.That(outcome.Error, Is.Empty);
            Assert.That(outcome.Out, Does.Contain("derivation of 2-2-1 (P = 6)"));
        });
        // Compiled again, independently of the command, from the file it wrote.
        string copy = Path.Combine(_folder, "again.tex");
        File.Copy(OutFile("derivation.tex"), copy);
        var again = PdfLatex.Compile(copy, TimeSpan.FromSeconds(120));
        Assert.That(again.Outcome, Is.EqualTo(PdfLatexOutcome.Succeeded), again.Message);
        Assert.That(again.Errors, Is.Empty);
    }

    [Test]
    public void NoCompileWritesTexAndMarkdownOnlyAndRemovesAStalePdf()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(OutFile("derivation.pdf"), "old");
        var outcome = CliRunner.Run("derive", "--arch", "1-1-1", "--out", Out, "--no-compile");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
            Assert.That(File.Exists(OutFile("derivation.tex")) && File.Exists(OutFile("derivation.md")));
            Assert.That(File.Exists(OutFile("derivation.pdf")), Is.False, "the stale PDF no longer matches the .tex");
            Assert.That(outcome.Out, Does.Contain("--no-compile"));
            Assert.That(Directory.GetFiles(Out).Select(Path.GetFileName), Is.EquivalentTo(new[] { "derivation.tex", "derivation.md" }), "no temporary files left");
        });
    }

    [Test]
    public void MissingPdfLatexIsAWarningAndTheTexIsStillWritten()
    {
        var outcome = CliRunner.Run(new NoPdfLatexHandlers(), "derive", "--arch", "1-1", "--out", Out);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0));
            Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
            Assert.That(outcome.ErrorLines[0], Does.StartWith("eosverify: warning: pdflatex not found").And.Contain("texlive-latex-base"));
            Assert.That(File.Exists(OutFile("derivation.tex")) && File.Exists(OutFile("derivation.md")));
            Assert.That(File.Exists(OutFile("derivation.pdf")), Is.False);
        });
    }

    [Test]
    public void JsonResultNamesTheFilesAndSections()
    {
        var outcome = CliRunner.Run("derive", "--arch", "2-3-1", "--out", Out, "--no-compile", "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var json = JsonNode.Parse(outcome.Out)!;
        Assert.Multiple(() =>
        {
            Assert.That((string)json["command"]!, Is.EqualTo("derive"));
            Assert.That((int)json["parameters"]!, Is.EqualTo(9));
            Assert.That((string)json["files"]!["tex"]!, Is.EqualTo(OutFile("derivation.tex")));
            Assert.That(json["files"]!["pdf"], Is.Null);
            Assert.That((bool)json["expanded"]!["hessian"]!, Is.True);
            Assert.That((bool)json["expanded"]!["gdJacobianDeterminant"]!, Is.False, "P = 9 > 6");
            Assert.That((string)json["pdflatex"]!, Is.EqualTo("skipped"));
        });
    }

    [Test]
    public void ProblemFileMomentsReachTheDocument()
    {
        string problem = Path.Combine(_folder, "chain.json");
        File.WriteAllText(problem, """{ "architecture": "1-1-1", "data": { "moments": { "n": 4, "Sxx": [[2]], "Syx": [["3/2"]], "Syy": [["5/4"]] } } }""");
        var outcome = CliRunner.Run("derive", "--problem", problem, "--out", Out, "--no-compile");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        string markdown = File.ReadAllText(OutFile("derivation.md"));
        // By hand (SmallProblems): L = ½(2 w1²w2² − 3 w1w2 + 5/4) = w1²w2² − 3/2 w1w2 + 5/8.
        Assert.That(markdown, Does.Contain(@"L(\theta) &= {W^{(1)}_{11}}^{2} {W^{(2)}_{11}}^{2} - \frac{3}{2} W^{(1)}_{11} W^{(2)}_{11} + \frac{5}{8}"));
    }

    [Test]
    public void WithoutOutTheDefaultFolderIsUsed()
    {
        string previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _folder;
        try
        {
            var outcome = CliRunner.Run("derive", "--arch", "1-1", "--no-compile");
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
            Assert.That(File.Exists(Path.Combine(_folder, DeriveHandler.DefaultFolder, "derivation.tex")));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Test]
    public void TheDefaultFolderNeverOverwritesAnInputFile()
    {
        string previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _folder;
        try
        {
            // A problem file that happens to sit where the default output would go.
            string input = Path.Combine(_folder, DeriveHandler.DefaultFolder, "derivation.md");
            Directory.CreateDirectory(Path.GetDirectoryName(input)!);
            string json = """{ "architecture": "1-1", "data": { "moments": { "n": 1, "Sxx": [[1]], "Syx": [[1]], "Syy": [[1]] } } }""";
            File.WriteAllText(input, json);
            var outcome = CliRunner.Run("derive", "--problem", input, "--no-compile");
            Assert.Multiple(() =>
            {
                Assert.That(outcome.ExitCode, Is.EqualTo(2));
                Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1).And.Some.Contains("would overwrite an input file"));
                Assert.That(File.ReadAllText(input), Is.EqualTo(json), "the input is untouched");
                Assert.That(File.Exists(Path.Combine(_folder, DeriveHandler.DefaultFolder, "derivation.tex")), Is.False, "nothing was written");
            });
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Test]
    public void BadInputAndUnusableOutputFolderExitWithTwo()
    {
        string file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "");
        var badArch = CliRunner.Run("derive", "--arch", "2-x-1", "--out", Out);
        var outIsFile = CliRunner.Run("derive", "--arch", "1-1", "--out", file);
        Assert.Multiple(() =>
        {
            Assert.That(badArch.ExitCode, Is.EqualTo(2));
            Assert.That(badArch.ErrorLines, Has.Length.EqualTo(1).And.Some.StartsWith("eosverify: --arch:"));
            Assert.That(outIsFile.ExitCode, Is.EqualTo(2));
            Assert.That(outIsFile.ErrorLines, Has.Length.EqualTo(1).And.Some.StartsWith("eosverify: --out:"));
        });
    }

    [Test]
    public void HelpDocumentsTheDefaultFolderAndThePdfLatexDecision()
    {
        var outcome = CliRunner.Run("derive", "--help");
        string help = string.Join(" ", outcome.Out.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Multiple(() =>
        {
            Assert.That(help, Does.Contain("./" + DeriveHandler.DefaultFolder));
            Assert.That(help, Does.Contain("if pdflatex is not installed that is a warning"));
            Assert.That(help, Does.Contain($"P <= {EosVerify.Derivation.ProblemDerivation.MaxExpandedParameters}"));
            Assert.That(help, Does.Contain($"P <= {EosVerify.Derivation.ProblemDerivation.MaxDeterminantParameters}"));
        });
    }
}

using System.Text.RegularExpressions;
using EosVerify.Tests.Packaging;

namespace EosVerify.Tests.Readme;

/// <summary>
/// Issue 10's acceptance check, through scripts/readme-example.sh: a fresh NUnit project that references the packed
/// EosVerify and EosVerify.Testing packages (restored offline from the packed feed and the local NuGet cache) runs the
/// README's library example, which is at most 10 non-blank lines. Slow: about 30 s on the reference machine with the
/// Release build already made (pack --no-build, restore, build and test of the consumer); Packaging category.
/// </summary>
[Category("Packaging")]
public class ReadmeConsumerProjectTests
{
    [Test, CancelAfter(300_000)]
    public void AFreshNUnitProjectRunsTheReadmeExampleAgainstThePackedLibrary()
    {
        string script = Path.Combine(RepositoryFolder.Root, "scripts", "readme-example.sh");
        string[] arguments = PackedFeed.Configuration == "Release" ? [script, "--no-build"] : [script];
        var run = ProcessRunner.Run("bash", arguments, workingDirectory: RepositoryFolder.Root, timeout: TimeSpan.FromMinutes(5));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Out, Does.Contain("Passed!").And.Contain("Total:     1"), run.ToString());
        var lines = Regex.Match(run.Error, @"readme-example: (\d+) non-blank lines");
        Assert.That(lines.Success, Is.True, run.ToString());
        Assert.That(int.Parse(lines.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Is.LessThanOrEqualTo(10));
    }
}

using EosVerify.Networks;
using EosVerify.Tests.Cli;

namespace EosVerify.Tests.Networks.Readers;

// Issue 9, item 10: a data value too large for the double-precision moments is refused where the user wrote it
// (file, row, column), never under a field the user never wrote (moments.Sxx).
public class DataMagnitudeTests
{
    [TestCase("x,y\n1e999,1\n2,3\n", "data.csv:2:1", "1e999")]
    [TestCase("x,y\n1,1\n2, 1e200\n", "data.csv:3:3", "1e200")]
    public void ACsvCellTooLargeIsNamedByFileRowAndColumn(string csv, string location, string value)
    {
        var e = Assert.Throws<InputException>(() => CsvDataReader.Parse(csv, "data.csv", inputs: 1))!;
        Assert.Multiple(() =>
        {
            Assert.That(e.Field, Is.EqualTo(location));
            Assert.That(e.Problem, Does.Contain(value).And.Contain("1e150"));
        });
    }

    [Test]
    public void ValuesUpToTheLimitAreRead()
    {
        var (x, _) = CsvDataReader.Parse("1e150,-1e150\n1,2\n", "data.csv", inputs: 1);
        Assert.That(x[0, 0].ToDouble(), Is.EqualTo(1e150));
    }

    [Test]
    public void AJsonDataEntryTooLargeIsNamedByItsPath()
    {
        var json = """{ "architecture": "1-1", "data": { "X": [[1, 2]], "Y": [[3, 1e400]] } }""";
        var e = Assert.Throws<InputException>(() => ProblemFileReader.Parse(json, "problem.json"))!;
        Assert.That(e.Field, Is.EqualTo("data.Y[0][1]"));
    }

    [Test]
    public void TheCommandLineNamesTheCsvCellAndWritesNothing()
    {
        using var temp = new TempFolder("eosverify-magnitude-");
        string root = temp.Path;
        string data = Path.Combine(root, "big.csv");
        File.WriteAllText(data, "x,y\n1e999,1\n2,3\n");
        var outcome = CliRunner.Run("check", "--arch", "1-1-1", "--data", data, "--eta", "0.1", "--out", Path.Combine(root, "out"), "--quiet");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2));
            Assert.That(outcome.ErrorLines, Has.Length.EqualTo(1));
            Assert.That(outcome.Error, Does.Contain("big.csv:2:1").And.Not.Contain("moments.Sxx"));
            Assert.That(Directory.Exists(Path.Combine(root, "out")), Is.False);
        });
    }
}

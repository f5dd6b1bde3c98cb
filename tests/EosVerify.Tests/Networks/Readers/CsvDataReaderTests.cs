using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Networks.Readers;

public class CsvDataReaderTests
{
    private static Rational R(long p, long q = 1) => new(p, q);

    [TestCase("0.1,2,-3\n0.5,1/3,4e-1\n")]
    [TestCase("x1,x2,y\n0.1,2,-3\n0.5,1/3,4e-1\n")]
    [TestCase("# exported\r\nx1 , x2, y\r\n\r\n 0.1, 2 ,-3\r\n\"0.5\",\"1/3\",4e-1\r\n")]
    public void ReadsSamplesAsColumnsExactly(string text)
    {
        var (x, y) = CsvDataReader.Parse(text, "d.csv", inputs: 2);
        Assert.Multiple(() =>
        {
            Assert.That(x.RowCount, Is.EqualTo(2));
            Assert.That(x.ColumnCount, Is.EqualTo(2));
            Assert.That(y.RowCount, Is.EqualTo(1));
            Assert.That(x[0, 0], Is.EqualTo(R(1, 10)));
            Assert.That(x[1, 0], Is.EqualTo(R(2)));
            Assert.That(x[0, 1], Is.EqualTo(R(1, 2)));
            Assert.That(x[1, 1], Is.EqualTo(R(1, 3)));
            Assert.That(y[0, 0], Is.EqualTo(R(-3)));
            Assert.That(y[0, 1], Is.EqualTo(R(2, 5)));
        });
    }

    [Test]
    public void InputsSplitTheColumns()
    {
        var (x, y) = CsvDataReader.Parse("1,2,3,4\n5,6,7,8\n", "d.csv", inputs: 1);
        Assert.That(x.RowCount, Is.EqualTo(1));
        Assert.That(y.RowCount, Is.EqualTo(3));
        Assert.That(y[2, 1], Is.EqualTo(R(8)));
    }

    [TestCase("1,2,3\n4,5\n", 2, "d.csv:2:1", TestName = "Csv: short row")]
    [TestCase("1,2,3\n4,5,6,7\n", 2, "d.csv:2:1", TestName = "Csv: long row")]
    [TestCase("1,2,3\n4,abc,6\n", 2, "d.csv:2:3", TestName = "Csv: non-numeric cell")]
    [TestCase("1,2,3\n4,5,NaN\n", 2, "d.csv:2:5", TestName = "Csv: NaN")]
    [TestCase("1,2,3\n\n# c\n4,5,-inf\n", 2, "d.csv:4:5", TestName = "Csv: infinity after blank and comment lines")]
    [TestCase("1,2,3\n4,,6\n", 2, "d.csv:2:3", TestName = "Csv: empty cell")]
    [TestCase("1,2,3\n4,5,1e99999\n", 2, "d.csv:2:5", TestName = "Csv: huge number")]
    [TestCase("1,2,3\n4,\"5,6\n", 2, "d.csv:2:3", TestName = "Csv: unclosed quote")]
    [TestCase("NaN,2,3\n", 2, "d.csv:1:1", TestName = "Csv: NaN in the first row is data, not a header")]
    [TestCase("1,2\n", 2, "d.csv:1:1", TestName = "Csv: no output column")]
    [TestCase("x,y,z\n", 2, "d.csv", TestName = "Csv: header only")]
    [TestCase("", 2, "d.csv", TestName = "Csv: empty")]
    [TestCase("1,2,3\n", 0, "inputs", TestName = "Csv: zero inputs")]
    public void ErrorsNameFileLineAndColumn(string text, int inputs, string field)
    {
        var e = Assert.Throws<InputException>(() => CsvDataReader.Parse(text, "d.csv", inputs));
        Assert.That(e!.Field, Is.EqualTo(field), e.Message);
        Assert.That(e.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void ReadsFromDisk()
    {
        string path = Path.Combine(Path.GetTempPath(), $"eosverify-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "a,b\n1.5,2\n");
        try
        {
            var (x, y) = CsvDataReader.Read(path, 1);
            Assert.That(x[0, 0], Is.EqualTo(R(3, 2)));
            Assert.That(y[0, 0], Is.EqualTo(R(2)));
        }
        finally { File.Delete(path); }
        var e = Assert.Throws<InputException>(() => CsvDataReader.Read(path, 1));
        Assert.That(e!.Field, Is.EqualTo(path));
    }
}

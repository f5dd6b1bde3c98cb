using System.Numerics;
using System.Text;
using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Networks.Readers;

public class NpyReaderTests
{
    private static Rational R(long p, long q = 1) => new(p, q);

    // The double nearest 0.1 is 3602879701896397 / 2^55 (IEEE 754; e.g. Python's (0.1).as_integer_ratio()).
    private static readonly Rational DoubleTenth = new(3602879701896397, BigInteger.Pow(2, 55));

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void ReadsFloat64InCOrderForEveryVersion(int major)
    {
        // 2×3 matrix [[0.5, -3, 0.1], [0.25, 8, -0.125]] stored row after row.
        var bytes = NpyFiles.Float64([0.5, -3, 0.1, 0.25, 8, -0.125], fortran: false, major, 2, 3);
        var a = NpyReader.Parse(bytes, "a.npy");
        Assert.Multiple(() =>
        {
            Assert.That(a.Shape, Is.EqualTo(new[] { 2, 3 }));
            Assert.That(a[0, 0], Is.EqualTo(R(1, 2)));
            Assert.That(a[0, 1], Is.EqualTo(R(-3)));
            Assert.That(a[0, 2], Is.EqualTo(DoubleTenth));
            Assert.That(a[1, 0], Is.EqualTo(R(1, 4)));
            Assert.That(a[1, 2], Is.EqualTo(R(-1, 8)));
        });
    }

    [Test]
    public void FortranOrderIsTransposedBack()
    {
        // Same matrix stored column after column.
        var bytes = NpyFiles.Float64([0.5, 0.25, -3, 8, 0.1, -0.125], fortran: true, 1, 2, 3);
        var a = NpyReader.Parse(bytes, "f.npy");
        Assert.That(a[0, 1], Is.EqualTo(R(-3)));
        Assert.That(a[1, 1], Is.EqualTo(R(8)));
        Assert.That(a[0, 2], Is.EqualTo(DoubleTenth));
        Assert.That(a[1, 2], Is.EqualTo(R(-1, 8)));
    }

    [Test]
    public void ReadsOtherDtypesExactly()
    {
        var f4 = NpyReader.Parse(NpyFiles.Float32([0.1f, -2.5f], 2), "f4.npy");
        // The float nearest 0.1 is 13421773 / 2^27.
        Assert.That(f4.Values[0], Is.EqualTo(new Rational(13421773, 1 << 27)));
        Assert.That(f4.Values[1], Is.EqualTo(R(-5, 2)));
        var i8 = NpyReader.Parse(NpyFiles.Int64([long.MinValue, 7], 2, 1), "i8.npy");
        Assert.That(i8[0, 0], Is.EqualTo(new Rational(long.MinValue)));
        Assert.That(i8[1, 0], Is.EqualTo(R(7)));
        var i4 = NpyReader.Parse(NpyFiles.Int32([-4, 9, 1], 3), "i4.npy");
        Assert.That(i4.Values, Is.EqualTo(new[] { R(-4), R(9), R(1) }));
    }

    [Test]
    public void DataAreSamplesInRowsTransposedToColumns()
    {
        string folder = Path.Combine(Path.GetTempPath(), "eosverify-npy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string xPath = Path.Combine(folder, "x.npy"), yPath = Path.Combine(folder, "y.npy");
            // 3 samples of d0 = 2: (1, 2), (3, 4), (5, 6); y 1-D: 7, 8, 9.
            File.WriteAllBytes(xPath, NpyFiles.Float64([1, 2, 3, 4, 5, 6], false, 1, 3, 2));
            File.WriteAllBytes(yPath, NpyFiles.Float64([7, 8, 9], false, 1, 3));
            var (x, y) = NpyReader.ReadData(xPath, yPath);
            Assert.That(x.RowCount, Is.EqualTo(2));
            Assert.That(x.ColumnCount, Is.EqualTo(3));
            Assert.That(x[1, 0], Is.EqualTo(R(2)));
            Assert.That(x[0, 2], Is.EqualTo(R(5)));
            Assert.That(y.RowCount, Is.EqualTo(1));
            Assert.That(y[0, 1], Is.EqualTo(R(8)));

            File.WriteAllBytes(yPath, NpyFiles.Float64([7, 8], false, 1, 2));
            var e = Assert.Throws<InputException>(() => NpyReader.ReadData(xPath, yPath));
            Assert.That(e!.Field, Is.EqualTo(yPath));
        }
        finally { Directory.Delete(folder, true); }
    }

    private static IEnumerable<TestCaseData> MalformedFiles()
    {
        var good = NpyFiles.Float64([1, 2, 3, 4], false, 1, 2, 2);
        TestCaseData Case(byte[] bytes, string contains, string name) => new TestCaseData(bytes, contains).SetName("Npy: " + name);
        yield return Case([.. NpyFiles.Header(NpyFiles.Dict(">f8", false, 2)), .. new byte[16]], "big-endian", "big-endian dtype");
        yield return Case([.. NpyFiles.Header(NpyFiles.Dict("<c16", false, 1)), .. new byte[16]], "dtype", "complex dtype");
        yield return Case([.. NpyFiles.Header(NpyFiles.Dict("|O", false, 1)), .. new byte[8]], "dtype", "object dtype");
        yield return Case([.. NpyFiles.Header("{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), }"), .. new byte[8]], "structured", "structured dtype");
        yield return Case("PK\x03\x04 not npy"u8.ToArray(), "not a NumPy", "wrong magic");
        yield return Case(good[..5], "not a NumPy", "truncated magic");
        yield return Case(good[..20], "truncated", "truncated header");
        yield return Case(good[..^3], "truncated", "truncated data");
        yield return Case([.. good, 0], "after the data", "trailing bytes");
        var version4 = (byte[])good.Clone(); version4[6] = 4;
        yield return Case(version4, "version", "unknown version");
        yield return Case(NpyFiles.Float64([1, double.NaN], false, 1, 2), "NaN", "NaN value");
        yield return Case(NpyFiles.Float64([double.PositiveInfinity], false, 1, 1), "infinite", "infinite value");
        yield return Case(NpyFiles.Float64([1, 2, 3, 4, 5, 6, 7, 8], false, 1, 2, 2, 2), "1-D or 2-D", "3-D array");
        yield return Case([.. NpyFiles.Header(NpyFiles.Dict("<f8", false, 0, 2))], "no values", "empty array");
        yield return Case([.. NpyFiles.Header("{'descr': '<f8', 'fortran_order': False, 'shape': (), }"), .. new byte[8]], "single number", "scalar");
        yield return Case([.. NpyFiles.Header(NpyFiles.Dict("<f8", false, 100000, 100000))], "more than", "huge shape");
        yield return Case([.. NpyFiles.Header(NpyFiles.Dict("<f8", false, 1, 2)[..^3])], "malformed", "unterminated header dict");
        yield return Case([.. NpyFiles.Header("{'descr': '<f8', 'fortran_order': maybe, 'shape': (1,), }"), .. new byte[8]], "True or False", "bad fortran_order");
        yield return Case([.. NpyFiles.Header("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'extra': 1}"), .. new byte[8]], "unknown header key", "unknown key");
        yield return Case([.. NpyFiles.Header("{'descr': '<f8', 'shape': (1,), }"), .. new byte[8]], "without", "missing key");
        yield return Case([.. NpyFiles.Header("{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999,), }")], "dimension", "overflowing dimension");
    }

    [TestCaseSource(nameof(MalformedFiles))]
    public void MalformedFilesAreRefusedNamingTheFile(byte[] bytes, string contains)
    {
        var e = Assert.Throws<InputException>(() => NpyReader.Parse(bytes, "bad.npy"));
        Assert.That(e!.Field, Is.EqualTo("bad.npy"));
        Assert.That(e.Problem, Does.Contain(contains));
        Assert.That(e.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void HeaderTextIsIndependentOfTheWriterHelper()
    {
        // A header exactly as numpy 1.26 writes np.save of np.zeros((2,), '<f8').
        string dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }";
        var header = Encoding.Latin1.GetBytes(dict + new string(' ', 128 - 10 - dict.Length - 1) + "\n");
        byte[] bytes = [0x93, .. "NUMPY"u8.ToArray(), 1, 0, (byte)header.Length, 0, .. header, .. new byte[16]];
        var a = NpyReader.Parse(bytes, "zeros.npy");
        Assert.That(a.Values, Is.EqualTo(new[] { Rational.Zero, Rational.Zero }));
    }
}

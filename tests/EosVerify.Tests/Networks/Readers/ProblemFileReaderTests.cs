using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Tests.Networks.Readers;

public class ProblemFileReaderTests
{
    private const string DesignExample = """
        {
          "architecture": "2-3-1",
          "loss": "half-mean",
          "data": { "X": [[0.5, -1.2, 0.3], [1.0, 0.0, 2.0]], "Y": [[1.0, -0.5, 0.25]] },
          "theta": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
          "eta": 0.1
        }
        """;

    private static Rational R(long p, long q = 1) => new(p, q);

    [Test]
    public void ReadsTheDesignExampleExactly()
    {
        var problem = ProblemFileReader.Parse(DesignExample, "example.json");
        Assert.Multiple(() =>
        {
            Assert.That(problem.Architecture.ToString(), Is.EqualTo("2-3-1"));
            Assert.That(problem.LossScale, Is.EqualTo(LossScale.HalfMean));
            Assert.That(problem.Eta, Is.EqualTo(R(1, 10)), "0.1 must be read as exactly 1/10");
            Assert.That(problem.Theta, Is.EqualTo(Enumerable.Range(1, 9).Select(k => R(k, 10)).ToArray()));
            Assert.That(problem.Moments.SampleCount, Is.EqualTo(3));
        });
        // Moments by hand: X = [[1/2, -6/5, 3/10], [1, 0, 2]], Y = [[1, -1/2, 1/4]], n = 3.
        // Sxx00 = (1/4 + 36/25 + 9/100)/3 = (25 + 144 + 9)/300 = 178/300; Sxx01 = (1/2 + 0 + 3/5)/3 = 11/30; Sxx11 = 5/3.
        // Syx0 = (1/2 + 3/5 + 3/40)/3 = 47/120; Syx1 = (1 + 0 + 1/2)/3 = 1/2; Syy = (1 + 1/4 + 1/16)/3 = 21/48.
        var m = problem.Moments;
        Assert.Multiple(() =>
        {
            Assert.That(m.Sxx[0, 0], Is.EqualTo(R(178, 300)));
            Assert.That(m.Sxx[0, 1], Is.EqualTo(R(11, 30)));
            Assert.That(m.Sxx[1, 0], Is.EqualTo(R(11, 30)));
            Assert.That(m.Sxx[1, 1], Is.EqualTo(R(5, 3)));
            Assert.That(m.Syx[0, 0], Is.EqualTo(R(47, 120)));
            Assert.That(m.Syx[0, 1], Is.EqualTo(R(1, 2)));
            Assert.That(m.Syy[0, 0], Is.EqualTo(R(21, 48)));
        });
    }

    [Test]
    public void AcceptsWidthArraysFractionStringsAndMeanLoss()
    {
        var problem = ProblemFileReader.Parse("""
            { "architecture": [1, 1], "loss": "mean", "name": "scalar",
              "data": { "X": [["1/3", 2]], "Y": [[1, "-2.5e-1"]] }, "eta": "1/7" }
            """, "p.json");
        Assert.Multiple(() =>
        {
            Assert.That(problem.Architecture, Is.EqualTo(Architecture.Parse("1-1")));
            Assert.That(problem.LossScale, Is.EqualTo(LossScale.Mean));
            Assert.That(problem.Eta, Is.EqualTo(R(1, 7)));
            Assert.That(problem.Name, Is.EqualTo("scalar"));
            // Sxx = (1/9 + 4)/2 = 37/18; Syx = (1/3 − 1/2)/2 = −1/12; Syy = (1 + 1/16)/2 = 17/32.
            Assert.That(problem.Moments.Sxx[0, 0], Is.EqualTo(R(37, 18)));
            Assert.That(problem.Moments.Syx[0, 0], Is.EqualTo(R(-1, 12)));
            Assert.That(problem.Moments.Syy[0, 0], Is.EqualTo(R(17, 32)));
            Assert.That(problem.Theta, Is.Null);
        });
    }

    [Test]
    public void ReadsMomentsAsGiven()
    {
        var problem = ProblemFileReader.Parse("""
            { "architecture": "2-1", "data": { "moments": { "n": 10, "Sxx": [[2, 0.5], [0.5, 1]], "Syx": [[0.3, "1/3"]], "Syy": [[4]] } } }
            """, "p.json");
        Assert.Multiple(() =>
        {
            Assert.That(problem.Moments.SampleCount, Is.EqualTo(10));
            Assert.That(problem.Moments.Sxx[0, 1], Is.EqualTo(R(1, 2)));
            Assert.That(problem.Moments.Syx[0, 0], Is.EqualTo(R(3, 10)));
            Assert.That(problem.Moments.Syx[0, 1], Is.EqualTo(R(1, 3)));
            Assert.That(problem.Moments.Syy[0, 0], Is.EqualTo(R(4)));
        });
    }

    [Test]
    public void SingularButConsistentMomentsAreAccepted()
    {
        // One sample x = (1, 0), y = 2: Sxx = [[1, 0], [0, 0]], Syx = [[2, 0]], Syy = [[4]] (PSD of rank 1).
        var problem = ProblemFileReader.Parse("""
            { "architecture": "2-1", "data": { "moments": { "n": 1, "Sxx": [[1, 0], [0, 0]], "Syx": [[2, 0]], "Syy": [[4]] } } }
            """, "p.json");
        Assert.That(problem.Moments.Syy[0, 0], Is.EqualTo(R(4)));
    }

    [Test]
    public void GeneratePassesItsParametersToTheDataGenerator()
    {
        var problem = ProblemFileReader.Parse("""
            { "architecture": "2-2-1", "data": { "generate": { "samples": 7, "seed": 42, "noise": 0.25 } } }
            """, "p.json");
        var expected = DataGenerator.GenerateMoments(Architecture.Parse("2-2-1"), 7, 42, 0.25);
        Assert.That(problem.Moments.SampleCount, Is.EqualTo(7));
        Assert.That(problem.Moments.Sxx, Is.EqualTo(expected.Sxx));
        Assert.That(problem.Moments.Syx, Is.EqualTo(expected.Syx));
    }

    [Test]
    public void GenerateDefaultsAreTheDocumentedOnes()
    {
        var problem = ProblemFileReader.Parse("""{ "architecture": "1-2-1", "data": { "generate": {} } }""", "p.json");
        var expected = DataGenerator.GenerateMoments(Architecture.Parse("1-2-1"), GeneratedDataDefaults.Samples, GeneratedDataDefaults.Seed, 0.1);
        Assert.That(problem.Moments.SampleCount, Is.EqualTo(GeneratedDataDefaults.Samples));
        Assert.That(problem.Moments.Syx, Is.EqualTo(expected.Syx));
    }

    [Test]
    public void CommentsAreAllowed()
    {
        var problem = ProblemFileReader.Parse("""
            // a scalar chain
            { "architecture": "1-1", /* data */ "data": { "X": [[1]], "Y": [[2]] } }
            """, "p.json");
        Assert.That(problem.Moments.Syx[0, 0], Is.EqualTo(R(2)));
    }

    private const string Xy23 = "\"X\": [[1, 2, 3], [4, 5, 6]], \"Y\": [[1, 0, 1]]";

    private static IEnumerable<TestCaseData> MalformedFields()
    {
        TestCaseData Case(string json, string field, string because) => new TestCaseData(json, field).SetName($"Malformed: {because}");
        yield return Case("""{ "architecture": "2-3-1", "data": { "X": [[1, 2, 3], [4, 5]], "Y": [[1, 0, 1]] } }""", "data.X[1]", "ragged X");
        yield return Case("""{ "architecture": "3-1", "data": { "X": [[1, 2, 3], [4, 5, 6]], "Y": [[1, 0, 1]] } }""", "data.X", "X rows differ from d0");
        yield return Case("""{ "architecture": "2-2", "data": { "X": [[1, 2, 3], [4, 5, 6]], "Y": [[1, 0, 1]] } }""", "data.Y", "Y rows differ from dL");
        yield return Case("""{ "architecture": "2-1", "data": { "X": [[1, 2, 3], [4, 5, 6]], "Y": [[1, 0]] } }""", "data.Y", "sample counts differ");
        yield return Case("""{ "architecture": "2-1", "data": { "X": [], "Y": [[1]] } }""", "data.X", "empty X");
        yield return Case("""{ "architecture": "2-1", "data": { "X": [[], []], "Y": [[1]] } }""", "data.X[0]", "empty row");
        yield return Case("""{ "architecture": "2-1", "data": { "X": [1, 2], "Y": [[1]] } }""", "data.X[0]", "row not an array");
        yield return Case($$"""{ "architecture": "2-3-1", "data": { {{Xy23}} }, "theta": [1, 2] }""", "theta", "theta too short");
        yield return Case($$"""{ "architecture": "2-1", "data": { {{Xy23}} }, "theta": [1, 2, 3] }""", "theta", "theta too long");
        yield return Case($$"""{ "architecture": "2-1", "data": { {{Xy23}} }, "theta": [1, "Infinity"] }""", "theta[1]", "Infinity string");
        yield return Case("""{ "architecture": "2-1", "data": { "X": [[1, "NaN", 3], [4, 5, 6]], "Y": [[1, 0, 1]] } }""", "data.X[0][1]", "NaN string");
        yield return Case("""{ "architecture": "2-1", "data": { "X": [[1, 2, 3], [4, 5, 6]], "Y": [["abc", 0, 1]] } }""", "data.Y[0][0]", "non-numeric entry");
        yield return Case("""{ "architecture": "2-1", "data": { "X": [[1, 2, 3], [4, null, 6]], "Y": [[1, 0, 1]] } }""", "data.X[1][1]", "null entry");
        yield return Case("""{ "architecture": "2-1", "data": { "X": [[1, 2, 3], [4, 1e99999, 6]], "Y": [[1, 0, 1]] } }""", "data.X[1][1]", "huge number");
        yield return Case($$"""{ "architecture": "2-1", "data": { {{Xy23}} }, "eta": 1e-4000 }""", "eta", "tiny number beyond the bit bound");
        yield return Case($$"""{ "architecture": "2-1", "data": { {{Xy23}} }, "eta": 0 }""", "eta", "zero eta");
        yield return Case($$"""{ "architecture": "2-1", "data": { {{Xy23}} }, "eta": -0.5 }""", "eta", "negative eta");
        yield return Case($$"""{ "architecture": "2-1", "data": { {{Xy23}} }, "eta": true }""", "eta", "boolean eta");
        yield return Case($$"""{ "architecture": "2-1", "data": { {{Xy23}} }, "eta": "1/0" }""", "eta", "division by zero");
        yield return Case($$"""{ "architecure": "2-1", "data": { {{Xy23}} } }""", "architecure", "misspelt top key");
        yield return Case($$"""{ "architecture": "2-1", "data": { {{Xy23}}, "Z": 1 } }""", "data.Z", "unknown data key");
        yield return Case($$"""{ "architecture": "2-1", "": 1, "data": { {{Xy23}} } }""", "\"\"", "empty key");
        yield return Case($$"""{ "architecture": "2-1", "data": { {{Xy23}}, "x y\n": 1 } }""", "data.\"x y\\u000a\"", "key with a space and a line break");
        yield return Case($$"""{ "architecture": "2-1", "data": { {{Xy23}} }, "eta": 1, "eta": 2 }""", "eta", "duplicate key");
        yield return Case($$"""{ "data": { {{Xy23}} } }""", "architecture", "missing architecture");
        yield return Case("""{ "architecture": "2-1" }""", "data", "missing data");
        yield return Case("""{ "architecture": "2-1", "data": {} }""", "data", "empty data");
        yield return Case($$"""{ "architecture": "2-1", "data": { {{Xy23}}, "generate": {} } }""", "data", "mixed data forms");
        yield return Case("""{ "architecture": "2-1", "data": { "X": [[1, 2, 3], [4, 5, 6]] } }""", "data.Y", "X without Y");
        yield return Case($$"""{ "architecture": "2-x-1", "data": { {{Xy23}} } }""", "architecture", "bad architecture string");
        yield return Case($$"""{ "architecture": [2, 0, 1], "data": { {{Xy23}} } }""", "architecture[1]", "zero width");
        yield return Case($$"""{ "architecture": [2, 1.5, 1], "data": { {{Xy23}} } }""", "architecture[1]", "fractional width");
        yield return Case($$"""{ "architecture": 21, "data": { {{Xy23}} } }""", "architecture", "architecture as number");
        yield return Case($$"""{ "architecture": "2-1", "loss": "squared", "data": { {{Xy23}} } }""", "loss", "unknown loss");
        yield return Case($$"""{ "architecture": "2-1", "name": "a\nb", "data": { {{Xy23}} } }""", "name", "control character in name");
        yield return Case("""{ "architecture": "2-1", "data": { "moments": { "n": 3, "Sxx": [[1, 2], [3, 1]], "Syx": [[1, 1]], "Syy": [[1]] } } }""", "data.moments.Sxx", "non-symmetric Sxx");
        yield return Case("""{ "architecture": "2-1", "data": { "moments": { "n": 3, "Sxx": [[1, 0], [0, 1]], "Syx": [[1, 1, 1]], "Syy": [[1]] } } }""", "data.moments.Syx", "Syx of the wrong shape");
        yield return Case("""{ "architecture": "2-1", "data": { "moments": { "n": 3, "Sxx": [[1, 0], [0, 1]], "Syx": [[1, 1]] } } }""", "data.moments.Syy", "missing Syy");
        yield return Case("""{ "architecture": "2-1", "data": { "moments": { "n": 0, "Sxx": [[1, 0], [0, 1]], "Syx": [[1, 1]], "Syy": [[1]] } } }""", "data.moments.n", "zero samples");
        yield return Case("""{ "architecture": "2-1", "data": { "moments": { "n": 2.5, "Sxx": [[1, 0], [0, 1]], "Syx": [[1, 1]], "Syy": [[1]] } } }""", "data.moments.n", "fractional n");
        yield return Case("""{ "architecture": "1-1", "data": { "moments": { "n": 3, "Sxx": [[-1]], "Syx": [[0]], "Syy": [[1]] } } }""", "data.moments", "negative Sxx");
        yield return Case("""{ "architecture": "1-1", "data": { "moments": { "n": 3, "Sxx": [[1]], "Syx": [[2]], "Syy": [[1]] } } }""", "data.moments", "Syy below Syx Sxx⁻¹ Sxy");
        yield return Case("""{ "architecture": "2-1", "data": { "moments": { "n": 3, "Sxx": [[0, 0], [0, 1]], "Syx": [[1, 0]], "Syy": [[5]] } } }""", "data.moments", "zero variance with nonzero covariance");
        yield return Case("""{ "architecture": "2-1", "data": { "moments": { "n": 2, "Sxy": [[1, 0], [0, 1]] } } }""", "data.moments.Sxy", "misspelt moment");
        yield return Case("""{ "architecture": "2-1", "data": { "generate": { "samples": 1000000000000 } } }""", "data.generate.samples", "absurd sample count");
        yield return Case("""{ "architecture": "2-1", "data": { "generate": { "samples": 0 } } }""", "data.generate.samples", "zero samples generated");
        yield return Case("""{ "architecture": "2-1", "data": { "generate": { "seed": -1 } } }""", "data.generate.seed", "negative seed");
        yield return Case("""{ "architecture": "2-1", "data": { "generate": { "noise": "NaN" } } }""", "data.generate.noise", "NaN noise");
        yield return Case("""{ "architecture": "2-1", "data": { "generate": { "noise": -1 } } }""", "data.generate.noise", "negative noise");
        yield return Case("""{ "architecture": "3000-1", "data": { "generate": { "samples": 1000 } } }""", "data.generate.samples", "generation beyond the work bound");
        yield return Case("""{ "architecture": "3000-1", "data": { "moments": { "n": 1, "Sxx": [], "Syx": [], "Syy": [] } } }""", "data.moments.Sxx", "moment shape against the architecture");
        yield return Case("""[1, 2]""", "the problem file", "root is not an object");
    }

    [TestCaseSource(nameof(MalformedFields))]
    public void MalformedFieldIsNamedOnOneLine(string json, string field)
    {
        var e = Assert.Throws<InputException>(() => ProblemFileReader.Parse(json, "p.json"));
        Assert.That(e!.Field, Is.EqualTo(field), e.Message);
        Assert.That(e.Message, Does.Not.Contain('\n'));
        Assert.That(e.Problem, Is.Not.Empty);
    }

    [Test]
    public void MisspeltKeyGetsASuggestion()
    {
        var e = Assert.Throws<InputException>(() => ProblemFileReader.Parse($$"""{ "architecure": "2-1", "data": { {{Xy23}} } }""", "p.json"));
        Assert.That(e!.Problem, Does.Contain("did you mean \"architecture\""));
    }

    [TestCase("{ \"architecture\": \"2-1\",\n  \"eta\": NaN }", 2, "NaN")]
    [TestCase("{ \"architecture\": \"2-1\",\n\n  \"eta\": -Infinity }", 3, "Infinity")]
    [TestCase("{ \"architecture\": \"2-1\", \"eta\": 1, }", 1, "")]
    [TestCase("{ \"architecture\": \"2-1\"\n", 2, "")]
    [TestCase("{ 'architecture': '2-1' }", 1, "")]
    public void InvalidJsonNamesTheFileAndLine(string json, int line, string hint)
    {
        var e = Assert.Throws<InputException>(() => ProblemFileReader.Parse(json, "bad.json"));
        Assert.That(e!.Field, Is.EqualTo("bad.json"));
        Assert.That(e.Problem, Does.Contain($"line {line}"));
        Assert.That(e.Problem, Does.Contain(hint));
        Assert.That(e.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void DeepNestingIsRefusedAsInvalidJson()
    {
        string json = "{ \"architecture\": " + new string('[', 500) + new string(']', 500) + " }";
        var e = Assert.Throws<InputException>(() => ProblemFileReader.Parse(json, "deep.json"));
        Assert.That(e!.Field, Is.EqualTo("deep.json"));
    }

    [TestCase("")]
    [TestCase("   \n ")]
    public void EmptyTextIsRefused(string json)
    {
        var e = Assert.Throws<InputException>(() => ProblemFileReader.Parse(json, "empty.json"));
        Assert.That(e!.Field, Is.EqualTo("empty.json"));
    }

    [Test]
    public void ReadsFilesAndNamesMissingOnes()
    {
        using var temp = new TempFolder("eosverify-reader-");
        string folder = temp.Path;
        string path = Path.Combine(folder, "p.json");
        File.WriteAllText(path, DesignExample);
        Assert.That(ProblemFileReader.Read(path).Eta, Is.EqualTo(R(1, 10)));

        string missing = Path.Combine(folder, "missing.json");
        var e = Assert.Throws<InputException>(() => ProblemFileReader.Read(missing));
        Assert.That(e!.Field, Is.EqualTo(missing));
        Assert.That(e.Problem, Does.Contain("does not exist"));

        var d = Assert.Throws<InputException>(() => ProblemFileReader.Read(folder));
        Assert.That(d!.Problem, Does.Contain("folder"));

        string latin = Path.Combine(folder, "latin.json");
        File.WriteAllBytes(latin, [(byte)'{', 0xFF, (byte)'}']);
        var u = Assert.Throws<InputException>(() => ProblemFileReader.Read(latin));
        Assert.That(u!.Field, Is.EqualTo(latin));
        Assert.That(u.Problem, Does.Contain("UTF-8"));
    }
}

using EosVerify.Algebra;
using EosVerify.Networks;
using EosVerify.Tests.Networks.Readers;

namespace EosVerify.Tests.Api;

public class ProblemBuilderTests
{
    // Three samples (rows) of a 2-input, 1-output network; by hand, with X = [[1,0,1],[0,1,1]] and Y = [1,2,3]:
    // Sxx = XXᵀ/3 = [[2,1],[1,2]]/3, Syx = YXᵀ/3 = [4,5]/3, Syy = 14/3.
    private static readonly double[,] X = { { 1, 0 }, { 0, 1 }, { 1, 1 } };
    private static readonly double[,] Y = { { 1 }, { 2 }, { 3 } };

    private static void AssertHandMoments(Problem problem)
    {
        var m = problem.Moments;
        Assert.Multiple(() =>
        {
            Assert.That(m.SampleCount, Is.EqualTo(3));
            Assert.That(m.Sxx, Is.EqualTo(TestMatrix("2/3,1/3;1/3,2/3")));
            Assert.That(m.Syx, Is.EqualTo(TestMatrix("4/3,5/3")));
            Assert.That(m.Syy, Is.EqualTo(TestMatrix("14/3")));
        });
    }

    private static RationalMatrix TestMatrix(string rows) => EosVerify.Tests.Theorems.TestProblems.Matrix(rows);

    [Test]
    public void ArraysOneSampleARowGiveTheMomentsComputedByHand()
    {
        var problem = ProblemBuilder.ForArchitecture(2, 2, 1).WithData(X, Y).WithEta("0.1").WithName("hand").Build();
        AssertHandMoments(problem);
        Assert.That(problem.Architecture.ToString(), Is.EqualTo("2-2-1"));
        Assert.That(problem.Eta, Is.EqualTo(new Rational(1, 10)));
        Assert.That(problem.Name, Is.EqualTo("hand"));
        Assert.That(problem.LossScale, Is.EqualTo(LossScale.HalfMean));
    }

    [Test]
    public void ExactMatricesInMathOrientationGiveTheSameMoments()
    {
        var problem = ProblemBuilder.ForArchitecture("2-2-1")
            .WithData(TestMatrix("1,0,1;0,1,1"), TestMatrix("1,2,3")).Build();
        AssertHandMoments(problem);
    }

    [Test]
    public void NpyFilesGiveTheSameMomentsAsTheArrays()
    {
        using var temp = new TempFolder("eosverify-builder-");
        string xPath = Path.Combine(temp.Path, "x.npy"), yPath = Path.Combine(temp.Path, "y.npy");
        File.WriteAllBytes(xPath, NpyFiles.Float64([1, 0, 0, 1, 1, 1], fortran: false, major: 1, 3, 2));
        File.WriteAllBytes(yPath, NpyFiles.Float64([1, 2, 3], fortran: false, major: 1, 3));
        AssertHandMoments(ProblemBuilder.ForArchitecture(2, 2, 1).FromNpy(xPath, yPath).Build());
    }

    [Test]
    public void CsvFileGivesTheSameMomentsAsTheArrays()
    {
        string path = Path.Combine(Path.GetTempPath(), $"eosverify-builder-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "x1,x2,y\n1,0,1\n0,1,2\n1,1,3\n");
            AssertHandMoments(ProblemBuilder.ForArchitecture(2, 2, 1).FromCsv(path).Build());
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void MomentsAreTakenAsGiven()
    {
        var problem = ProblemBuilder.ForArchitecture(2, 2, 1)
            .WithMoments(3, new double[,] { { 2.0 / 4, 1.0 / 4 }, { 1.0 / 4, 2.0 / 4 } }, new double[,] { { 1, 1.25 } }, new double[,] { { 3.5 } })
            .Build();
        Assert.That(problem.Moments.Sxx, Is.EqualTo(TestMatrix("1/2,1/4;1/4,1/2")));
        Assert.That(problem.Moments.Syx, Is.EqualTo(TestMatrix("1,5/4")));
    }

    [Test]
    public void ScalarArraysAreOneInputAndOneOutput()
    {
        // x = (1, 2), y = (2, 4): Sxx = 5/2, Syx = 5, Syy = 10.
        var m = ProblemBuilder.ForArchitecture(1, 1, 1).WithData([1.0, 2.0], [2.0, 4.0]).Build().Moments;
        Assert.That((m.Sxx[0, 0], m.Syx[0, 0], m.Syy[0, 0]), Is.EqualTo((new Rational(5, 2), (Rational)5, (Rational)10)));
    }

    [Test]
    public void GeneratedDataAreThoseOfTheCommandLineGenerator()
    {
        var problem = ProblemBuilder.ForArchitecture(2, 3, 1).WithGeneratedData(samples: 20, seed: 7).Build();
        var expected = DataGenerator.GenerateMoments(Architecture.Parse("2-3-1"), 20, 7, 0.1);
        Assert.That((problem.Moments.Sxx, problem.Moments.Syx, problem.Moments.Syy), Is.EqualTo((expected.Sxx, expected.Syx, expected.Syy)));
    }

    [Test]
    public void BadInputIsAnInputExceptionNamingTheField()
    {
        Assert.Multiple(() =>
        {
            Expect(() => ProblemBuilder.ForArchitecture(2, 2, 1).Build(), "data", "is missing");
            Expect(() => ProblemBuilder.ForArchitecture(3, 2, 1).WithData(X, Y), "x", "has 2 input coordinates; architecture 3-2-1 has d0 = 3");
            Expect(() => ProblemBuilder.ForArchitecture(2, 2, 1).WithData(X, new double[,] { { 1 }, { 2 } }), "y", "has 2 samples");
            Expect(() => ProblemBuilder.ForArchitecture(2, 2, 1).WithData(new double[,] { { 1, double.NaN } }, new double[,] { { 1 } }), "x", "NaN at row 0, column 1");
            Expect(() => ProblemBuilder.ForArchitecture(2, 2, 1).WithData(X, Y).WithGeneratedData(), "data", "is given twice");
            Expect(() => ProblemBuilder.ForArchitecture(2, 2, 1).WithData(X, Y).WithEta("-1"), "eta", "must be positive");
            Expect(() => ProblemBuilder.ForArchitecture(2, 2, 1).WithData(X, Y).WithEta("fast"), "eta", "");
            Expect(() => ProblemBuilder.ForArchitecture(2, 2, 1).WithTheta(1, 2, 3), "theta", "");
            Expect(() => ProblemBuilder.ForArchitecture(1), "architecture", "at least two widths");
            // Joint moments [[1, 2], [2, 1]] are not positive semidefinite: no data set has them.
            Expect(() => ProblemBuilder.ForArchitecture(1, 1).WithMoments(2, new double[,] { { 1 } }, new double[,] { { 2 } }, new double[,] { { 1 } }), "moments", "");
            Expect(() => ProblemBuilder.ForArchitecture(2, 2, 1).FromNpy("/nonexistent/x.npy", "/nonexistent/y.npy"), "/nonexistent/x.npy", "");
        });
    }

    private static void Expect(TestDelegate action, string field, string fragment)
    {
        var e = Assert.Throws<InputException>(action)!;
        Assert.That(e.Field, Does.StartWith(field), e.Message);
        Assert.That(e.Message, Does.Contain(fragment));
    }
}

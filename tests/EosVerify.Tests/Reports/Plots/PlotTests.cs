using System.Buffers.Binary;
using System.Xml.Linq;
using EosVerify.Experiments;
using EosVerify.Networks;
using EosVerify.Reports.Plots;

namespace EosVerify.Tests.Reports.Plots;

public class PlotTests
{
    private string _directory = "";

    private TempFolder _temp = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _temp = new TempFolder("eosverify-plots-");
        _directory = _temp.Path;
    }

    [TearDown]
    public void DeleteDirectory() => _temp.Dispose();

    private static SimulationResult Trajectory() => new(0.1, 20, 0.5,
        Enumerable.Range(0, 50).Select(i => new TrajectoryPoint(i, 1 + 10 * Math.Exp(-0.1 * i) + (i % 7 == 0 ? 0.5 : 0), 1.0 / (i + 1),
            20 * (1 - Math.Exp(-0.2 * i)) + (i > 20 ? Math.Sin(i) : 0), 1.0 / (i + 1))).ToArray(),
        RunOutcome.Neither, 49, [0.0]);

    private static SweepResult Sweep() => new(0.25, SweepOptions.DefaultRatios
        .Select(r => new SweepRow(0.25 * r, r, 100, r < 1 ? 90 : 0, r < 1 ? 5 : 40, 0, r < 1 ? 5 : 60)).ToArray());

    [Test]
    public void Trajectory_png_is_a_png_of_the_requested_size()
    {
        var path = Path.Combine(_directory, "trajectory.png");
        TrajectoryPlot.Save(Trajectory(), path, width: 800, height: 500);
        AssertPng(path, 800, 500);
    }

    [Test]
    public void Sweep_png_is_a_png_of_the_requested_size()
    {
        var path = Path.Combine(_directory, "sub", "sweep.png");
        SweepPlot.Save(Sweep(), path, width: 640, height: 480);
        AssertPng(path, 640, 480);
    }

    [Test]
    public void Svg_files_are_svg_documents_with_the_threshold_label()
    {
        var trajectory = Path.Combine(_directory, "trajectory.svg");
        var sweep = Path.Combine(_directory, "sweep.svg");
        TrajectoryPlot.Save(Trajectory(), trajectory);
        SweepPlot.Save(Sweep(), sweep);
        foreach (var (path, label) in new[] { (trajectory, "2/η = 20"), (sweep, "η* = 0.25") })
        {
            var document = XDocument.Load(path);
            Assert.That(document.Root!.Name.LocalName, Is.EqualTo("svg"));
            Assert.That(document.Descendants().Any(e => e.Value.Contains(label)), Is.True, label);
        }
    }

    [Test]
    public void Unknown_extension_is_an_input_error()
    {
        var ex = Assert.Throws<InputException>(() => SweepPlot.Save(Sweep(), Path.Combine(_directory, "sweep.gif")));
        Assert.That(ex!.Field, Is.EqualTo("plot"));
    }

    [Test]
    public void A_diverged_trajectory_with_non_finite_points_still_renders()
    {
        var result = new SimulationResult(1, 2, 0, [new TrajectoryPoint(0, 1, 1, 3, 1), new TrajectoryPoint(1, double.PositiveInfinity, double.NaN, double.NaN, double.NaN)],
            RunOutcome.Diverged, 1, [double.NaN]);
        var path = Path.Combine(_directory, "diverged.png");
        TrajectoryPlot.Save(result, path);
        AssertPng(path, PlotFile.DefaultWidth, PlotFile.DefaultHeight);
    }

    private static void AssertPng(string path, int width, int height)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.That(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), Is.EqualTo(width));
        Assert.That(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)), Is.EqualTo(height));
        Assert.That(bytes, Has.Length.GreaterThan(5000), "an empty canvas compresses to far less");
    }
}

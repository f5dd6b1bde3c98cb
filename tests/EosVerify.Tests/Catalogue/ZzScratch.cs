using System.Diagnostics;
using EosVerify.Derivation;
using EosVerify.Networks;

namespace EosVerify.Tests.Catalogue;

[Explicit]
public class ZzScratch
{
    [TestCase("2-2-1")] [TestCase("1-1-1-1")] [TestCase("2-3")] [TestCase("1-2-1")] [TestCase("1-1-1-1-1")] [TestCase("1-1-1-1-1-1")] [TestCase("1-1-1-1-1-1-1")] [TestCase("1-3-1")] [TestCase("2-1-2")] [TestCase("3-1-1")]
    public void Det(string arch)
    {
        var a = Architecture.Parse(arch);
        var problem = new Problem(a, DataGenerator.GenerateMoments(a, 8, 1, 0.1));
        var sw = Stopwatch.StartNew();
        var m = SymbolicModel.Build(problem);
        try
        {
            var d = m.GdJacobianDeterminant();
            TestContext.Out.WriteLine($"{arch}: P={a.ParameterCount} det terms {d.Count} in {sw.ElapsedMilliseconds} ms");
        }
        catch (NotSupportedException e) { TestContext.Out.WriteLine($"{arch}: {e.Message}"); }
    }
}

using System.Diagnostics;
using EosVerify.Algebra;
using EosVerify.Networks;
namespace EosVerify.Tests.Algebra.Linear;
public class ZzTimingScratch
{
    [Test, Explicit]
    public void Time()
    {
        int n = 200;
        var random = new SeededRandom(2026);
        var upper = new Rational[n, n];
        for (int i = 0; i < n; i++) for (int j = i; j < n; j++) upper[i, j] = new Rational(random.NextInt(201) - 100, 100);
        var h = RationalMatrix.Create(n, n, (i, j) => i <= j ? upper[i, j] : upper[j, i]);
        var a = RationalMatrix.Identity(n) - new Rational(1, 10) * h;
        var sw = Stopwatch.StartNew();
        var d1 = ExactLinearAlgebra.Determinant(a);
        TestContext.Out.WriteLine($"multimodular {sw.ElapsedMilliseconds} ms, bits {d1.Numerator.GetBitLength()}");
        var m = new ulong[1000 * 1000];
        for (int k = 0; k < m.Length; k++) m[k] = random.NextUInt64() % ModularArithmetic.MersennePrime61;
        sw.Restart();
        var r = ModularArithmetic.Determinant(m, 1000);
        TestContext.Out.WriteLine($"mod det 1000: {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        var d2 = ExactLinearAlgebra.BareissDeterminant(a);
        TestContext.Out.WriteLine($"bareiss {sw.ElapsedMilliseconds} ms equal {d1 == d2}");
    }
}

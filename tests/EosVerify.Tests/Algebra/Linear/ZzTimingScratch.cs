using System.Diagnostics;
using EosVerify.Algebra;
using EosVerify.Networks;
namespace EosVerify.Tests.Algebra.Linear;
public class ZzTimingScratch
{
    static RationalMatrix Gd(int n)
    {
        var random = new SeededRandom(2026);
        var upper = new Rational[n, n];
        for (int i = 0; i < n; i++) for (int j = i; j < n; j++) upper[i, j] = new Rational(random.NextInt(201) - 100, 100);
        var h = RationalMatrix.Create(n, n, (i, j) => i <= j ? upper[i, j] : upper[j, i]);
        return RationalMatrix.Identity(n) - new Rational(1, 10) * h;
    }
    [Test, Explicit]
    public void Time()
    {
        foreach (int n in new[] { 10, 20, 30, 40, 60, 100, 200 })
        {
            var a = Gd(n);
            var sw = Stopwatch.StartNew();
            for (int r = 0; r < 3; r++) MultimodularDeterminant.Compute(a);
            double mm = sw.Elapsed.TotalMilliseconds / 3;
            sw.Restart();
            if (n <= 100) ExactLinearAlgebra.BareissDeterminant(a);
            double b = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var cp = ExactLinearAlgebra.CharacteristicPolynomial(a);
            double c = sw.Elapsed.TotalMilliseconds; sw.Restart();
            if (n <= 20) ExactLinearAlgebra.CharacteristicPolynomialOverQ(a);
            double cq = sw.Elapsed.TotalMilliseconds;
            TestContext.Progress.WriteLine($"n={n} multimodular {mm:F1} ms bareiss {b:F1} ms charpoly {c:F1} ms charpolyQ {cq:F1} ms");
        }
    }
}

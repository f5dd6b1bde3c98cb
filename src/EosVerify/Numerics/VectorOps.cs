using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EosVerify.Numerics;

/// <summary>Vectorised dot and axpy with a fixed summation order (deterministic for a given length).</summary>
internal static class VectorOps
{
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length) throw new ArgumentException($"Lengths differ: {x.Length} and {y.Length}.");
        int i = 0;
        double s = 0;
        if (Vector256.IsHardwareAccelerated && x.Length >= 8)
        {
            var xv = MemoryMarshal.Cast<double, Vector256<double>>(x);
            var yv = MemoryMarshal.Cast<double, Vector256<double>>(y);
            Vector256<double> a0 = default, a1 = default;
            int v = 0;
            for (; v + 2 <= xv.Length; v += 2)
            {
                a0 = Vector256.FusedMultiplyAdd(xv[v], yv[v], a0);
                a1 = Vector256.FusedMultiplyAdd(xv[v + 1], yv[v + 1], a1);
            }
            if (v < xv.Length) a0 = Vector256.FusedMultiplyAdd(xv[v], yv[v], a0);
            s = Vector256.Sum(a0 + a1);
            i = xv.Length * 4;
        }
        for (; i < x.Length; i++) s += x[i] * y[i];
        return s;
    }

    /// <summary>y += a·x.</summary>
    public static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        if (x.Length != y.Length) throw new ArgumentException($"Lengths differ: {x.Length} and {y.Length}.");
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var xv = MemoryMarshal.Cast<double, Vector256<double>>(x);
            var yv = MemoryMarshal.Cast<double, Vector256<double>>(y);
            var av = Vector256.Create(a);
            for (int v = 0; v < xv.Length; v++) yv[v] = Vector256.FusedMultiplyAdd(av, xv[v], yv[v]);
            i = xv.Length * 4;
        }
        for (; i < x.Length; i++) y[i] += a * x[i];
    }

    public static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(Dot(x, x));
}

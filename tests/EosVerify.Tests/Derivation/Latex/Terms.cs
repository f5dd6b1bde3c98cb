using EosVerify.Algebra;
using EosVerify.Derivation.Latex;

namespace EosVerify.Tests.Derivation.Latex;

/// <summary>Hand-written polynomial terms and printer options with the symbols x, y, z (variables 0, 1, 2).</summary>
internal static class Terms
{
    public static readonly string[] Names = ["x", "y", "z"];

    public static PrinterOptions XYZ { get; } = new()
    {
        LatexSymbol = i => Names[i],
        PlainSymbol = i => Names[i],
    };

    public static PolynomialTerm T(Rational coefficient, params (int Variable, int Exponent)[] factors) =>
        new(coefficient, factors.Select(f => new VariablePower(f.Variable, f.Exponent)).ToArray());

    public static Rational Q(long p, long q) => new(p, q);
}

using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Theorems;

/// <summary>Seeded random rational points with small entries k/4, k ∈ [−8, 8] \ {0}: exact arithmetic on them stays cheap.</summary>
internal static class RationalPoints
{
    public static Rational[] Random(SeededRandom random, int count)
    {
        var theta = new Rational[count];
        for (int p = 0; p < count; p++)
        {
            int k = random.NextInt(16) - 8;
            theta[p] = new Rational(k >= 0 ? k + 1 : k, 4);
        }
        return theta;
    }

    public static Rational[] Zero(int count) => Enumerable.Repeat(Rational.Zero, count).ToArray();
}

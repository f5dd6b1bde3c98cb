using System.Numerics;

namespace EosVerify.Algebra;

/// <summary>
/// The double nearest to num/den (ties to even; correctly rounded except in the subnormal range, where rounding may
/// happen twice). The quotient is taken to 64 significant bits with a sticky bit for the remainder, so that the one
/// ulong → double conversion does the only rounding. (double)BigInteger truncates, and a truncated quotient made
/// 1/10 → 0.09999999999999999.
/// </summary>
internal static class NearestDouble
{
    public static double Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator must be positive.");
        if (numerator.IsZero) return 0;
        var num = BigInteger.Abs(numerator);
        long shift = 64 - ((long)num.GetBitLength() - (long)denominator.GetBitLength());
        var q = shift >= 0
            ? BigInteger.DivRem(num << (int)shift, denominator, out var remainder)
            : BigInteger.DivRem(num, denominator << (int)(-shift), out remainder);
        bool sticky = !remainder.IsZero;
        if (q.GetBitLength() > 64)
        {
            sticky |= !q.IsEven;
            q >>= 1;
            shift--;
        }
        ulong bits = (ulong)q | (sticky ? 1UL : 0UL);
        double magnitude = Math.ScaleB((double)bits, (int)Math.Clamp(-shift, int.MinValue + 1, int.MaxValue));
        return numerator.Sign < 0 ? -magnitude : magnitude;
    }
}

namespace EosVerify.Testing;

/// <summary>
/// Assertions on EosVerify verdicts in the classic style. A failure message shows the claim's verdict, summary,
/// evidence, counterexample and certificates.
/// </summary>
public static class EosAssert
{
    /// <summary>Fails unless <paramref name="claim"/> holds (certified or numerically).</summary>
    public static void Holds(ClaimReport claim) => Assert.That(claim, Testing.Holds.CertifiedOrNumerically);

    /// <summary>Fails unless <paramref name="claim"/> is holds-certified.</summary>
    public static void Certified(ClaimReport claim) => Assert.That(claim, Testing.Holds.Certified);

    /// <summary>Fails unless every claim of <paramref name="report"/> holds; the message shows each one that does not.</summary>
    public static void AllHold(VerificationReport report) => Assert.That(report, Testing.Holds.CertifiedOrNumerically);
}

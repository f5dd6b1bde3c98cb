namespace EosVerify.Testing;

/// <summary>
/// NUnit constraints for EosVerify verdicts: <c>Assert.That(report.T3, Holds.Certified)</c>, or on a whole
/// report, <c>Assert.That(report, Holds.CertifiedOrNumerically)</c>.
/// </summary>
public static class Holds
{
    /// <summary>The verdict is holds-certified: exact arithmetic or a solver's unsat on a saved SMT-LIB2 file.</summary>
    public static ClaimConstraint Certified => new(certifiedOnly: true);

    /// <summary>The verdict is holds-certified or holds-numerical (floating-point evidence with its tolerance).</summary>
    public static ClaimConstraint CertifiedOrNumerically => new(certifiedOnly: false);
}

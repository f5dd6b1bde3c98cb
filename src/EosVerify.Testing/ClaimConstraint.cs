using NUnit.Framework.Constraints;

namespace EosVerify.Testing;

/// <summary>
/// Succeeds when a <see cref="ClaimReport"/> (or every claim of a <see cref="VerificationReport"/>) holds as required.
/// On failure the message shows each failing claim in full: verdict, summary, evidence, counterexample, certificates.
/// Get one from <see cref="Holds"/>.
/// </summary>
public sealed class ClaimConstraint : Constraint
{
    private readonly bool _certifiedOnly;

    internal ClaimConstraint(bool certifiedOnly) => _certifiedOnly = certifiedOnly;

    /// <summary>What the constraint expects, for the "Expected:" line.</summary>
    public override string Description => _certifiedOnly
        ? "a claim that is holds-certified"
        : "a claim that holds (holds-certified or holds-numerical)";

    /// <summary>Applies the constraint to a <see cref="ClaimReport"/> or a <see cref="VerificationReport"/> (all of its claims).</summary>
    /// <exception cref="ArgumentException"><paramref name="actual"/> is neither.</exception>
    public override ConstraintResult ApplyTo<TActual>(TActual actual)
    {
        IReadOnlyList<ClaimReport> claims = actual switch
        {
            ClaimReport claim => [claim],
            VerificationReport report => report.Claims,
            _ => throw new ArgumentException(
                $"Holds.* applies to a ClaimReport or a VerificationReport, not {actual?.GetType().FullName ?? "null"}.", nameof(actual)),
        };
        var failing = claims.Where(c => !Satisfies(c)).ToList();
        return new ClaimConstraintResult(this, actual, failing);
    }

    private bool Satisfies(ClaimReport claim) => _certifiedOnly ? claim.IsCertified : claim.Holds;

    private sealed class ClaimConstraintResult(IConstraint constraint, object? actual, IReadOnlyList<ClaimReport> failing)
        : ConstraintResult(constraint, actual, failing.Count == 0)
    {
        public override void WriteActualValueTo(MessageWriter writer) =>
            writer.Write(string.Join("\n", failing.Select(c => c.ToString())));
    }
}

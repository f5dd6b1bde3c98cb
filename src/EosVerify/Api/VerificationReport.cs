using EosVerify.Networks;
using EosVerify.Theorems;

namespace EosVerify;

/// <summary>What <see cref="EosVerifier.Check(Problem, VerifierOptions?, CancellationToken)"/> found: one <see cref="ClaimReport"/> per claim.</summary>
public sealed class VerificationReport
{
    internal VerificationReport(Problem problem, IReadOnlyList<ClaimReport> claims, string solver,
        IReadOnlyList<string> warnings, string certificateDirectory)
    {
        Problem = problem;
        Claims = claims;
        Solver = solver;
        Warnings = warnings;
        CertificateDirectory = certificateDirectory;
    }

    /// <summary>The problem checked.</summary>
    public Problem Problem { get; }

    /// <summary>T1, T2, T3 and T4, in that order.</summary>
    public IReadOnlyList<ClaimReport> Claims { get; }

    /// <summary>T1: the GD map θ − η∇L(θ) is non-singular (det(I − ηH) is not identically zero).</summary>
    public ClaimReport T1 => Claim("T1");

    /// <summary>T2: the global minimizers form a smooth manifold of dimension P − dL·d0.</summary>
    public ClaimReport T2 => Claim("T2");

    /// <summary>T3: the stable minima (sharpness at most 2/η) form a bounded set.</summary>
    public ClaimReport T3 => Claim("T3");

    /// <summary>T4: for η above η* = 2/S_min every global minimum is linearly unstable.</summary>
    public ClaimReport T4 => Claim("T4");

    /// <summary>The SMT backend that answered, with its version, or "none: …" and the reason no solver was used.</summary>
    public string Solver { get; }

    /// <summary>Solver faults met on the way (a missing executable, a crash); each leaves the claims that needed it inconclusive.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The folder the certificates were saved in (created only when a certificate is saved).</summary>
    public string CertificateDirectory { get; }

    /// <summary>True when every claim holds (certified or numerically).</summary>
    public bool AllHold => Claims.All(c => c.Holds);

    /// <summary>The exit code <c>eosverify check</c> would give: 0 all hold, 1 some violated, 3 some inconclusive.</summary>
    public int ExitCode => VerdictExtensions.ExitCode(Claims.Select(c => c.Verdict));

    /// <summary>The claim with id <paramref name="id"/> (T1–T4).</summary>
    /// <exception cref="KeyNotFoundException">No claim has that id.</exception>
    public ClaimReport Claim(string id) =>
        Claims.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No claim '{id}': the claims are {string.Join(", ", Claims.Select(c => c.Id))}.");

    /// <summary>The solver line, then every claim as <see cref="ClaimReport.ToString"/> writes it.</summary>
    public override string ToString() =>
        $"{Problem.Label} (solver {Solver})\n" + string.Join("\n", Claims.Select(c => c.ToString()));
}

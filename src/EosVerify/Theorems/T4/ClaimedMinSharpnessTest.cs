using EosVerify.Algebra;

namespace EosVerify.Theorems;

/// <summary>How a claimed lower bound on S_min came out.</summary>
internal enum ClaimOutcome
{
    /// <summary>S_lo ≥ claim, exactly: the claim holds (certified).</summary>
    Proved,

    /// <summary>A rational global minimizer with S &lt; claim, verified exactly: the claim is false.</summary>
    Refuted,

    /// <summary>The claim lies inside the certified bracket and no exact point below it was found: not decided.</summary>
    Undecided,
}

/// <summary>
/// Tests a claimed minimal sharpness (--claimed-min-sharpness) against the certified bracket: proved when S_lo ≥ claim
/// (Theorems A/B), refuted when an exact point of M has S &lt; claim (the flat minimum θ_hi, re-tested exactly with
/// claim·(2c·D)⁻¹ − Γ ≻ 0 in product space; on a scalar chain a point refined by bisection until it verifies),
/// undecided in between — never certified there.
/// </summary>
internal static class ClaimedMinSharpnessTest
{
    public static (ClaimOutcome Outcome, FlatterMinimumCounterexample? Counterexample) Run(Rational claim, MinSharpnessBracket bracket, ScalarChain? chain, LargeStepInstabilityEvidence evidence)
    {
        evidence.ClaimedMinSharpness = claim;
        if (bracket.LowerAtLeast(claim))
        {
            evidence.ClaimHolds = "certified: the lower end of the certified bracket is ≥ the claim (exact)";
            return (ClaimOutcome.Proved, null);
        }
        Rational[]? witness = null;
        string recheck = "";
        if (chain is not null && ChainWitness.Below(chain, claim) is { } refined)
        {
            witness = refined;
            recheck = "∏ w_k = w* exactly, and S(θ) = 2c·Sxx·w*²·Σ_k 1/w_k² < claim (exact rational arithmetic)";
        }
        else if (bracket.Flat is { } flat && flat.Tests.ProvedBelow(claim))
        {
            witness = flat.Theta;
            recheck = "W_L⋯W_1 = W* exactly at θ (so G = 0 and H is the Gauss–Newton term), and claim·(2c·D)⁻¹ − Γ ≻ 0 (exact LDLᵀ in the dL·d0 product space), so S(θ) < claim";
        }
        if (witness is null)
        {
            evidence.ClaimHolds = "not decided: the claim lies between the certified lower end and the sharpness of every exact minimizer tried";
            return (ClaimOutcome.Undecided, null);
        }
        evidence.ClaimHolds = "refuted: an exact global minimizer is flatter than the claim";
        var counterexample = new FlatterMinimumCounterexample { Theta = witness, ClaimedMinSharpness = claim, Recheck = recheck };
        return (ClaimOutcome.Refuted, counterexample);
    }
}

namespace EosVerify.Theorems;

/// <summary>The four outcomes of a check (MATH.md §3), ordered from best to worst for the exit code.</summary>
public enum Verdict
{
    /// <summary>Backed by exact arithmetic or a solver's unsat on a saved SMT-LIB2 file.</summary>
    HoldsCertified,

    /// <summary>Floating-point evidence only, with its tolerance.</summary>
    HoldsNumerical,

    /// <summary>The tool could not decide (timeout, missing solver, hypothesis undecidable at this size): the reason is given.</summary>
    Inconclusive,

    /// <summary>A counterexample was found that can be re-checked exactly.</summary>
    Violated,
}

/// <summary>The report spelling of a verdict, whether it holds, and the exit code of a set of verdicts.</summary>
public static class VerdictExtensions
{
    /// <summary>The spelling used in reports: holds-certified, holds-numerical, violated, inconclusive.</summary>
    public static string Name(this Verdict verdict) => verdict switch
    {
        Verdict.HoldsCertified => "holds-certified",
        Verdict.HoldsNumerical => "holds-numerical",
        Verdict.Violated => "violated",
        Verdict.Inconclusive => "inconclusive",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    /// <summary>True for holds-certified and holds-numerical.</summary>
    public static bool Holds(this Verdict verdict) => verdict is Verdict.HoldsCertified or Verdict.HoldsNumerical;

    /// <summary>Exit code of a run: any violated → 1, else any inconclusive → 3, else 0.</summary>
    public static int ExitCode(IEnumerable<Verdict> verdicts)
    {
        var all = verdicts.ToList();
        if (all.Contains(Verdict.Violated)) return 1;
        if (all.Contains(Verdict.Inconclusive)) return 3;
        return 0;
    }
}

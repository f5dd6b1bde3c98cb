using System.Globalization;

namespace EosVerify.Numerics;

/// <summary>
/// The one cost model of the expensive steps (`--budget SECONDS`): a step states its cost in nominal operations,
/// computed from the architecture alone, and runs only if the cost fits the budget converted at the fixed rate
/// <see cref="OperationsPerSecond"/>. The decision therefore depends on the sizes and the budget, never on how fast
/// or loaded the machine is, so the same inputs give the same report. (Wall-clock time is only the CLI's safety net.)
/// </summary>
/// <remarks>
/// One operation is one double-precision multiply-add. A 61-bit modular multiply-add counts
/// <see cref="ModularOperation"/> operations, a multiply-add of small rationals <see cref="RationalOperation"/>
/// (entry growth beyond a few machine words is not modelled: such steps are kept at sizes where it is mild).
/// The rate is set so that the default 60 s is met with room on the reference machine (2 shared cores).
/// </remarks>
internal sealed record WorkBudget
{
    /// <summary>Nominal operations per budget-second: the one place where seconds become operations.</summary>
    public const double OperationsPerSecond = 1e8;

    /// <summary>Cost of one multiply-add modulo a 61-bit prime, in operations.</summary>
    public const double ModularOperation = 4;

    /// <summary>Cost of one multiply-add of small rationals (a few machine words), in operations.</summary>
    public const double RationalOperation = 100;

    /// <summary>
    /// Largest working set one step may allocate, in bytes. Fixed (not scaled by --budget): it keeps the whole run
    /// under 4 GB whatever the budget.
    /// </summary>
    public const double MaxStepBytes = 1.5e9;

    /// <summary>The default budget of one check and of `evaluate`: 60 s.</summary>
    public static readonly TimeSpan DefaultTime = TimeSpan.FromSeconds(60);

    public static WorkBudget Default { get; } = new(DefaultTime);

    public WorkBudget(TimeSpan time)
    {
        if (time <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(time), "A budget must be positive.");
        Time = time;
        Operations = time.TotalSeconds * OperationsPerSecond;
    }

    /// <summary>The budget as given (seconds of the reference machine).</summary>
    public TimeSpan Time { get; }

    /// <summary>The budget in nominal operations.</summary>
    public double Operations { get; }

    /// <summary>The part of this budget given to one step (the shares of a check's steps are fixed, so decisions stay deterministic).</summary>
    public double Share(double fraction) => fraction * Operations;

    /// <summary>Whether a step costing <paramref name="operations"/> fits the <paramref name="fraction"/> of this budget given to it.</summary>
    public bool Allows(double operations, double fraction = 1) => operations <= Share(fraction);

    /// <summary>Whether a step costing <paramref name="operations"/> and holding <paramref name="bytes"/> fits (see <see cref="MaxStepBytes"/>).</summary>
    public bool Allows(double operations, double bytes, double fraction) => Allows(operations, fraction) && bytes <= MaxStepBytes;

    /// <summary>The reason for skipping a step of this cost and working set: its operations or its memory (this one is not raised by --budget).</summary>
    public string SizeLimit(string step, double operations, double bytes, double fraction) =>
        Allows(operations, fraction)
            ? string.Create(CultureInfo.InvariantCulture, $"size limit: {step} needs about {bytes / 1e9:G3} GB, beyond the {MaxStepBytes / 1e9:G3} GB a step may hold (not raised by --budget)")
            : SizeLimit(step, operations, fraction);

    /// <summary>The one-line reason for a step skipped before it started: "size limit: …; raise with --budget".</summary>
    public string SizeLimit(string step, double operations, double fraction = 1) =>
        string.Create(CultureInfo.InvariantCulture,
            $"size limit: {step} needs about {operations:G3} operations, beyond its {Describe(fraction)}; raise with --budget");

    /// <summary>"budget of 1.5e+09 operations (1/4 of 60 s at 1e+08 operations/s)".</summary>
    public string Describe(double fraction = 1) =>
        string.Create(CultureInfo.InvariantCulture,
            $"budget of {Share(fraction):G3} operations ({(fraction == 1 ? "" : $"{fraction:G3} of ")}{Time.TotalSeconds:G6} s at {OperationsPerSecond:G3} operations/s)");

    /// <summary>Cost of a dense n×n elimination (determinant, rank, LDLᵀ): n³/3 multiply-adds of the given kind.</summary>
    public static double Elimination(double n, double operationCost = 1) => n * n * n / 3 * operationCost;

    /// <summary>
    /// Cost of Gauss–Jordan elimination (solve, rank, echelon form, LDLᵀ) on an n×n rational matrix whose entries
    /// have <paramref name="entryBits"/> bits: n³/3 multiply-adds on numbers that grow to about n·entryBits bits,
    /// each costing (n·entryBits/64)² word operations (schoolbook multiplication) — far above
    /// <see cref="RationalOperation"/> once n·entryBits exceeds a few words.
    /// </summary>
    public static double RationalElimination(double n, double entryBits)
    {
        double words = Math.Max(1, n * entryBits / 64);
        return n * n * n / 3 * Math.Max(RationalOperation, words * words);
    }

    /// <summary>Cost of an eigendecomposition of a dense symmetric n×n matrix (tridiagonalisation and QR): about 10·n³.</summary>
    public static double SymmetricEigen(double n) => 10 * n * n * n;
}

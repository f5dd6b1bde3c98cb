using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Cli;

// The typed, validated inputs of each command, as its handler receives them. Seed seeds the command's own random
// choices (random points, initialisations, restarts); it is --seed, or GeneratedDataDefaults.Seed.

/// <param name="Problem">null: run the embedded default suite.</param>
/// <param name="ClaimedMinSharpness">--claimed-min-sharpness: a lower bound on S over the minimizers for T4 to test.</param>
/// <param name="ClaimedRadius">--claimed-radius: a radius of the stable minima for T3 to test.</param>
/// <param name="InputFiles">Files the user gave, which the default output folder must not overwrite.</param>
/// <param name="Budget">--budget: the wall-clock budget of each check (null: <see cref="Theorems.CheckOptions.DefaultStageBudget"/>).</param>
/// <param name="Provenance">The command line, seed and data source that report.json records (null: a bare library call).</param>
internal sealed record CheckOptions(Problem? Problem, ulong Seed, SolverSettings Solver, OutputSettings Output,
    Rational? ClaimedMinSharpness = null, Rational? ClaimedRadius = null, IReadOnlyList<string?>? InputFiles = null, TimeSpan? Budget = null,
    Reports.ReportProvenance? Provenance = null);

/// <param name="NoCompile">--no-compile: write the LaTeX but do not run pdflatex.</param>
/// <param name="InputFiles">Files the user gave, which the default output folder must not overwrite.</param>
/// <param name="Budget">--budget: the time the document may take to write and typeset (null: <see cref="DeriveHandler.DefaultBudget"/>).</param>
internal sealed record DeriveOptions(Problem Problem, bool NoCompile, OutputSettings Output, IReadOnlyList<string?>? InputFiles = null, TimeSpan? Budget = null);

/// <param name="Budget">--budget: how long the evaluation may run (null: <see cref="EvaluateHandler.DefaultBudget"/>).</param>
internal sealed record EvaluateOptions(Problem Problem, ulong Seed, OutputSettings Output, TimeSpan? Budget = null);

/// <param name="Steps">GD steps to run (the cap when <paramref name="UntilConverged"/>).</param>
/// <param name="Every">Record loss and sharpness every this many steps.</param>
/// <param name="Scale">Scale of the random initialisation when the problem has no θ.</param>
/// <param name="UntilConverged">Stop early once the gradient norm is below <paramref name="Tolerance"/>.</param>
/// <param name="Demo">No problem was given: <paramref name="Problem"/> is the Edge-of-Stability preset.</param>
/// <param name="TopK">--top-k: record the top K Hessian eigenvalues (1: the sharpness only).</param>
internal sealed record SimulateOptions(Problem Problem, ulong Seed, int Steps, int Every, double Scale, bool UntilConverged,
    double Tolerance, OutputSettings Output, bool Demo = false, int TopK = 1,
    Numerics.KernelChoice Kernels = Numerics.KernelChoice.Auto);

/// <param name="Runs">Random initialisations per step size.</param>
/// <param name="Ratios">Step sizes as multiples of η*, exact, ascending as given.</param>
/// <param name="Tolerance">A run has converged when its gradient norm is below this.</param>
/// <param name="Scale">Initialisations θ_i = Scale·N(0,1).</param>
/// <param name="Shard">--shard K/N: run only part K of N and write a shard file (null: the whole sweep and its report).</param>
/// <param name="EtaStarBracket">A (certified) bracket of η* to shade on the plots, when the caller has one.</param>
internal sealed record SweepOptions(Problem Problem, ulong Seed, int Runs, int Steps, IReadOnlyList<Rational> Ratios,
    double Tolerance, OutputSettings Output, double Scale = 0.5, Experiments.ShardSpec? Shard = null,
    Experiments.EtaBracket? EtaStarBracket = null, Numerics.KernelChoice Kernels = Numerics.KernelChoice.Auto);

/// <param name="Files">The shard files of one sweep, each part once, in any order.</param>
internal sealed record SweepMergeOptions(IReadOnlyList<string> Files, OutputSettings Output);

/// <param name="Ratio">η = Ratio·η*.</param>
/// <param name="Runs">Random initialisations (the sweep's starts).</param>
/// <param name="Steps">Steps per run (stopping only at divergence).</param>
internal sealed record SaddleCommandOptions(Problem Problem, ulong Seed, double Ratio, int Runs, int Steps, double Tolerance, double Scale,
    OutputSettings Output, Numerics.KernelChoice Kernels = Numerics.KernelChoice.Auto);

/// <param name="Folder">The folder searched for *.smt2 certificates.</param>
/// <param name="Budget">Per-query budget of each solver (--rlimit decides, --timeout is the safety net).</param>
internal sealed record RecheckOptions(string Folder, Smt.SolverBudget Budget, Smt.SolverPaths Paths, OutputSettings Output);

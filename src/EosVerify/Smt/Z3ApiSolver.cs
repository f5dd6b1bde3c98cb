using System.Diagnostics;
using System.Runtime.CompilerServices;
using EosVerify.Algebra;
using Microsoft.Z3;

namespace EosVerify.Smt;

/// <summary>
/// z3 in-process through the Microsoft.Z3 4.12.2 wrapper. Only construct it through <see cref="TryCreate"/>: the
/// package ships native libraries for win-x64 and osx-x64 only, and an older system libz3 (Debian's 4.8.12) lacks
/// entry points the wrapper calls, so the probe reports why it cannot load instead of throwing. Each query gets
/// its own <see cref="Context"/> and a solver for the qfnra-nlsat tactic (as the process backend: no wall-clock
/// limits inside the strategy) with the budget's <c>rlimit</c> and <c>timeout</c>; the wall-clock limit plus
/// <see cref="Grace"/> interrupts it.
/// </summary>
internal sealed class Z3ApiSolver : ISmtSolver
{
    private Z3ApiSolver(SolverBudget defaultBudget, TimeSpan grace, string version)
    {
        DefaultBudget = defaultBudget;
        Grace = grace;
        Version = version;
    }

    public string Name => "z3-api";
    public string Version { get; }
    public SolverBudget DefaultBudget { get; }
    public TimeSpan Grace { get; }
    public string Description => $"z3-api: Microsoft.Z3 in-process, native z3 {Version}";

    /// <summary>
    /// Loads the native library and runs a one-line query. Returns the solver, or null and a one-line reason.
    /// Never throws for a missing or incompatible native library.
    /// </summary>
    public static Z3ApiSolver? TryCreate(SolverBudget defaultBudget, out string reason, TimeSpan? grace = null)
    {
        ArgumentNullException.ThrowIfNull(defaultBudget);
        defaultBudget.Validated();
        try
        {
            return TryCreateLoaded(defaultBudget, out reason, grace);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException) // Microsoft.Z3 is an optional package
        {
            reason = "the Microsoft.Z3 package is not referenced (add Microsoft.Z3 4.12.2 to use z3-api)";
            return null;
        }
    }

    /// <summary>Compiling this method loads Microsoft.Z3 (its catch names Z3Exception), so it is kept out of <see cref="TryCreate"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Z3ApiSolver? TryCreateLoaded(SolverBudget budget, out string reason, TimeSpan? grace)
    {
        try
        {
            var version = ProbeNative();
            reason = "";
            return new Z3ApiSolver(budget, grace ?? TimeSpan.FromSeconds(2), version);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException
                                   or BadImageFormatException or System.Runtime.InteropServices.MarshalDirectiveException
                                   or Z3Exception or InvalidOperationException)
        {
            reason = $"Microsoft.Z3 native library unusable here ({e.GetType().Name}: {SolverReplies.FirstLine(e.Message)})";
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string ProbeNative()
    {
        using var context = new Context();
        var x = context.MkRealConst("x");
        using var solver = context.MkSolver();
        solver.Assert(context.MkGt(x, context.MkReal(0)));
        if (solver.Check() != Status.SATISFIABLE) throw new InvalidOperationException("probe query x > 0 was not sat");
        return Microsoft.Z3.Version.FullVersion;
    }

    public Task<SolverResult> CheckAsync(SmtScript script, SolverBudget? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var limit = SmtSolverExtensions.ValidBudget(budget, DefaultBudget);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.Run(() => Run(script, limit, cancellationToken), cancellationToken);
    }

    private SolverResult Run(SmtScript script, SolverBudget limit, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var context = new Context(new Dictionary<string, string> { ["model"] = "true" });
        using var wallClock = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wallClock.CancelAfter(limit.SafetyTimeout + Grace);
        using var registration = wallClock.Token.Register(context.Interrupt);
        try
        {
            var assertions = context.ParseSMTLIB2String(script.Commands);
            using var solver = context.MkSolver(context.MkTactic("qfnra-nlsat"));
            var parameters = context.MkParams();
            parameters.Add("rlimit", (uint)limit.ResourceLimit);
            parameters.Add("timeout", (uint)Math.Clamp(Math.Ceiling(limit.SafetyTimeout.TotalMilliseconds), 1, uint.MaxValue));
            solver.Parameters = parameters;
            solver.Assert(assertions);
            var status = solver.Check();
            cancellationToken.ThrowIfCancellationRequested();
            return status switch
            {
                Status.UNSATISFIABLE => Result(SolverOutcome.Unsat, "", null),
                Status.SATISFIABLE => Result(SolverOutcome.Sat, "", ReadModel(solver.Model)),
                _ => Unknown(solver.ReasonUnknown ?? ""),
            };
        }
        catch (Z3Exception e)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Result(SolverOutcome.Error, "z3 rejected the query: " + SolverReplies.FirstLine(e.Message), null);
        }

        SolverResult Unknown(string reason)
        {
            var (outcome, _, _) = SolverReplies.Interpret($"unknown\n(:reason-unknown \"{reason.Replace("\"", "")}\")\n", "", 0);
            if (wallClock.IsCancellationRequested) outcome = SolverOutcome.Timeout;
            var (settled, wording) = SolverReplies.WhichLimit(outcome, reason.Length > 0 ? reason : "no reason given", stopwatch.Elapsed, limit);
            return Result(settled, wording, null);
        }

        SolverResult Result(SolverOutcome outcome, string reason, SmtModel? model) =>
            new(outcome, reason, model, Name, stopwatch.Elapsed)
            {
                Budget = limit,
                SolverVersion = Version,
                TrustBase = outcome is SolverOutcome.Sat or SolverOutcome.Unsat ? $"{Name} alone (z3 {Version}; {limit})" : null,
            };
    }

    private static SmtModel ReadModel(Model model)
    {
        var values = new List<KeyValuePair<string, SmtValue>>();
        foreach (var declaration in model.ConstDecls)
        {
            var value = model.ConstInterp(declaration);
            Rational? exact = value switch
            {
                RatNum ratio => new Rational(ratio.BigIntNumerator, ratio.BigIntDenominator),
                IntNum integer => new Rational(integer.BigInteger),
                _ => null,
            };
            var text = exact is { } r ? SmtPrinter.Print(r) : value.ToString();
            values.Add(new(declaration.Name.ToString().Trim('|'), new SmtValue(text, exact)));
        }
        return new SmtModel(values);
    }
}

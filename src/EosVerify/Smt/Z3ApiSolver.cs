using System.Diagnostics;
using System.Runtime.CompilerServices;
using EosVerify.Algebra;
using Microsoft.Z3;

namespace EosVerify.Smt;

/// <summary>
/// z3 in-process through the Microsoft.Z3 4.12.2 wrapper. Only construct it through <see cref="TryCreate"/>: the
/// package ships native libraries for win-x64 and osx-x64 only, and an older system libz3 (Debian's 4.8.12) lacks
/// entry points the wrapper calls, so the probe reports why it cannot load instead of throwing. Each query gets
/// its own <see cref="Context"/>; the wall-clock limit interrupts it.
/// </summary>
internal sealed class Z3ApiSolver : ISmtSolver
{
    private Z3ApiSolver(TimeSpan defaultTimeout, TimeSpan grace, string version)
    {
        DefaultTimeout = defaultTimeout;
        Grace = grace;
        Version = version;
    }

    public string Name => "z3-api";
    public string Version { get; }
    public TimeSpan DefaultTimeout { get; }
    public TimeSpan Grace { get; }
    public string Description => $"z3-api: Microsoft.Z3 in-process, native z3 {Version}";

    /// <summary>
    /// Loads the native library and runs a one-line query. Returns the solver, or null and a one-line reason.
    /// Never throws for a missing or incompatible native library.
    /// </summary>
    public static Z3ApiSolver? TryCreate(TimeSpan defaultTimeout, out string reason, TimeSpan? grace = null)
    {
        try
        {
            return TryCreateLoaded(defaultTimeout, out reason, grace);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException) // Microsoft.Z3 is an optional package
        {
            reason = "the Microsoft.Z3 package is not referenced (add Microsoft.Z3 4.12.2 to use z3-api)";
            return null;
        }
    }

    /// <summary>Compiling this method loads Microsoft.Z3 (its catch names Z3Exception), so it is kept out of <see cref="TryCreate"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Z3ApiSolver? TryCreateLoaded(TimeSpan defaultTimeout, out string reason, TimeSpan? grace)
    {
        var timeout = SmtSolverExtensions.ValidTimeout(defaultTimeout, defaultTimeout);
        try
        {
            var version = ProbeNative();
            reason = "";
            return new Z3ApiSolver(timeout, grace ?? TimeSpan.FromSeconds(2), version);
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

    public Task<SolverResult> CheckAsync(SmtScript script, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var limit = SmtSolverExtensions.ValidTimeout(timeout, DefaultTimeout);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.Run(() => Run(script, limit, cancellationToken), cancellationToken);
    }

    private SolverResult Run(SmtScript script, TimeSpan limit, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var context = new Context(new Dictionary<string, string> { ["model"] = "true" });
        using var wallClock = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wallClock.CancelAfter(limit + Grace);
        using var registration = wallClock.Token.Register(context.Interrupt);
        try
        {
            var assertions = context.ParseSMTLIB2String(script.Commands);
            using var solver = context.MkSolver();
            var parameters = context.MkParams();
            parameters.Add("timeout", (uint)Math.Clamp(Math.Ceiling(limit.TotalMilliseconds), 1, uint.MaxValue));
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
            var isTimeout = reason is "timeout" or "canceled" or "cancelled" || wallClock.IsCancellationRequested;
            return Result(isTimeout ? SolverOutcome.Timeout : SolverOutcome.Unknown,
                isTimeout ? $"{(reason.Length > 0 ? reason : "timeout")} after {limit.TotalMilliseconds:0} ms (raise it with --timeout)" : reason, null);
        }

        SolverResult Result(SolverOutcome outcome, string reason, SmtModel? model) => new(outcome, reason, model, Name, stopwatch.Elapsed);
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

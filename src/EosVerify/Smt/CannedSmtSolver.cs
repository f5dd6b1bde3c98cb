namespace EosVerify.Smt;

/// <summary>
/// An in-process fake for tests: answers each query with the next canned reply text, interpreted exactly as a
/// process solver's stdout would be (e.g. "unsat", "sat\n(error \"x\")\n((define-fun x () Real 1))",
/// "unknown (:reason-unknown timeout)", or garbage). Records the scripts it was given.
/// After the last reply it repeats the last one.
/// </summary>
internal sealed class CannedSmtSolver : ISmtSolver
{
    private readonly string[] _replies;
    private readonly List<SmtScript> _received = [];
    private readonly Lock _gate = new();

    public CannedSmtSolver(string name, params IReadOnlyList<string> replies)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Count == 0) throw new ArgumentException("At least one canned reply is required.", nameof(replies));
        Name = name;
        _replies = replies.ToArray();
    }

    public string Name { get; }
    public string Description => $"{Name}: canned replies (test fake)";
    public SolverBudget DefaultBudget => SolverBudget.Default;

    public IReadOnlyList<SmtScript> Received
    {
        get { lock (_gate) return _received.ToArray(); }
    }

    public Task<SolverResult> CheckAsync(SmtScript script, SolverBudget? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        SmtSolverExtensions.ValidBudget(budget, DefaultBudget);
        cancellationToken.ThrowIfCancellationRequested();
        string reply;
        lock (_gate)
        {
            reply = _replies[Math.Min(_received.Count, _replies.Length - 1)];
            _received.Add(script);
        }
        var (outcome, reason, model) = SolverReplies.Interpret(reply, "", 0);
        return Task.FromResult(new SolverResult(outcome, reason, model, Name, TimeSpan.Zero));
    }
}

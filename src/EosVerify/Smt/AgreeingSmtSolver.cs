namespace EosVerify.Smt;

/// <summary>
/// Two independent solvers that must agree (--require-agreement): an answer, sat or unsat, is given only when both
/// give it; a definite disagreement is an error (a solver is wrong, so no verdict may rest on either); one answer
/// against the other's unknown, timeout or absence is <see cref="SolverOutcome.Unknown"/> — an unknown is no
/// opinion, never agreement. The queries run one after the other (the machine's cores are shared).
/// </summary>
internal sealed class AgreeingSmtSolver(ISmtSolver primary, ISmtSolver secondary) : ISmtSolver
{
    public ISmtSolver Primary { get; } = primary ?? throw new ArgumentNullException(nameof(primary));
    public ISmtSolver Secondary { get; } = secondary ?? throw new ArgumentNullException(nameof(secondary));

    public string Name => $"{Primary.Name}+{Secondary.Name}";

    public string Description => $"{Primary.Name} and {Secondary.Name} must agree: {Primary.Description}; {Secondary.Description}";

    public SolverBudget DefaultBudget => Primary.DefaultBudget;

    public async Task<SolverResult> CheckAsync(SmtScript script, SolverBudget? budget = null, CancellationToken cancellationToken = default)
    {
        var first = await Primary.CheckAsync(script, budget, cancellationToken).ConfigureAwait(false);
        var second = await Secondary.CheckAsync(script, budget, cancellationToken).ConfigureAwait(false);
        return Combine(first, second);
    }

    internal SolverResult Combine(SolverResult first, SolverResult second)
    {
        var elapsed = first.Elapsed + second.Elapsed;
        if (first.IsAnswer && second.IsAnswer && first.Outcome == second.Outcome)
        {
            string answer = SolverResult.OutcomeText(first.Outcome);
            return new SolverResult(first.Outcome, "", first.Model ?? second.Model, Name, elapsed)
            {
                TrustBase = $"{Primary.Name} and {Secondary.Name} agree on {answer} ({first.TrustBase ?? first.Solver}; {second.TrustBase ?? second.Solver})",
            };
        }
        if (first.IsAnswer && second.IsAnswer)
            return new SolverResult(SolverOutcome.Error,
                $"the solvers disagree: {first.Solver} answers {SolverResult.OutcomeText(first.Outcome)}, {second.Solver} answers {SolverResult.OutcomeText(second.Outcome)}; one of them is wrong",
                null, Name, elapsed);
        if (first.IsAnswer || second.IsAnswer)
        {
            var (answered, silent) = first.IsAnswer ? (first, second) : (second, first);
            return new SolverResult(SolverOutcome.Unknown,
                $"agreement required (--require-agreement): {answered.Solver} answers {SolverResult.OutcomeText(answered.Outcome)}, but {silent} is no opinion",
                null, Name, elapsed);
        }
        return first with { Solver = Name, Elapsed = elapsed };
    }
}

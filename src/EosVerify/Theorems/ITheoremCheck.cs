namespace EosVerify.Theorems;

/// <summary>One claim of MATH.md §3. Implementations check the hypotheses first and never throw for a verdict.</summary>
internal interface ITheoremCheck
{
    string Id { get; }

    string Claim { get; }

    CheckResult Run(CheckContext context, CancellationToken cancellationToken);
}

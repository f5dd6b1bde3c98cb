using System.CommandLine;

namespace EosVerify.Cli;

/// <summary>
/// --budget SECONDS: how long a command's stages may take on the reference machine. check and evaluate turn it into
/// nominal operations (<see cref="Numerics.WorkBudget"/>: check per check, evaluate for the whole report); derive
/// estimates the document's size. A stage beyond it is refused or reported as a size limit naming --budget — never a hang.
/// </summary>
internal sealed class BudgetOption
{
    public const int MaxSeconds = 86_400;

    public BudgetOption(string defaultSeconds, string what)
    {
        DefaultSeconds = defaultSeconds;
        Option = new Option<string>("--budget")
        {
            Description = $"Budget in seconds for {what}; a step that does not fit is skipped (or refused) before it starts and reported as a size limit, never a hang.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => defaultSeconds,
        };
    }

    public string DefaultSeconds { get; }

    public Option<string> Option { get; }

    public TimeSpan Read(ParseResult result) =>
        OptionValues.Seconds(result.GetValue(Option) ?? DefaultSeconds, "--budget", MaxSeconds);
}

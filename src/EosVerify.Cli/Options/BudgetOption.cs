using System.CommandLine;

namespace EosVerify.Cli;

/// <summary>
/// --budget SECONDS: how long a command's stages may take on this machine. Each command turns it into its own
/// limits through a stated cost model (check: per check; evaluate: per stage; derive: the document's size), and a
/// stage beyond it is refused or reported as a size limit naming --budget — never a hang.
/// </summary>
internal sealed class BudgetOption
{
    public const int MaxSeconds = 86_400;

    public BudgetOption(string defaultSeconds, string what)
    {
        DefaultSeconds = defaultSeconds;
        Option = new Option<string>("--budget")
        {
            Description = $"Time budget in seconds for {what}; beyond it the command stops with a size-limit message instead of running on.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => defaultSeconds,
        };
    }

    public string DefaultSeconds { get; }

    public Option<string> Option { get; }

    public TimeSpan Read(ParseResult result) =>
        OptionValues.Seconds(result.GetValue(Option) ?? DefaultSeconds, "--budget", MaxSeconds);
}

using System.CommandLine;

namespace EosVerify.Cli;

/// <summary>--scale S: random initialisations θ_i = S·N(0,1), with one default for simulate and sweep.</summary>
internal static class InitialScaleOption
{
    public const string Default = "0.5";

    public static Option<string> Create(string description) =>
        new("--scale") { Description = description, HelpName = "S", DefaultValueFactory = _ => Default };
}

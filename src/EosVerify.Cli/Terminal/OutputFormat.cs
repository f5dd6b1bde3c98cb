namespace EosVerify.Cli;

/// <summary>--format: how results are written to standard output.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Markdown,
}

/// <summary>How the terminal renders: Spectre.Console on an interactive terminal, plain text when redirected, or quiet.</summary>
internal enum TerminalMode
{
    Rich,
    Plain,
    Quiet,
}

namespace EosVerify.Cli;

/// <summary>What every command needs from its surroundings: the output streams, whether stdout is a terminal, and the handlers.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool Interactive, CommandHandlers Handlers)
{
    public Terminal TerminalFor(OutputSettings output) =>
        Terminal.Create(Out, Error, Interactive, output.Quiet, output.Format);
}

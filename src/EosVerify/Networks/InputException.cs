namespace EosVerify.Networks;

/// <summary>
/// Bad user input: names the field or option at fault and what was expected. The CLI prints the message as one
/// line and exits with code 2.
/// </summary>
public sealed class InputException(string field, string problem) : Exception($"{field}: {problem}")
{
    public string Field { get; } = field;
    public string Problem { get; } = problem;
}

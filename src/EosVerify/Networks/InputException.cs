namespace EosVerify.Networks;

/// <summary>
/// Bad user input: names the field or option at fault and what was expected. The CLI prints the message as one
/// line and exits with code 2.
/// </summary>
public sealed class InputException(string field, string problem) : Exception($"{field}: {problem}")
{
    /// <summary>The field, option or file at fault (e.g. <c>data.X[1][2]</c>, <c>eta</c>, a file name).</summary>
    public string Field { get; } = field;
    /// <summary>What is wrong with it and what was expected.</summary>
    public string Problem { get; } = problem;
}

namespace EosVerify.Smt;

/// <summary>The answer a certificate's query is expected to get: written as <c>; expected: sat|unsat</c>.</summary>
internal enum ExpectedAnswer { Sat, Unsat }

internal static class ExpectedAnswerText
{
    public static string ToSmtText(this ExpectedAnswer answer) => answer switch
    {
        ExpectedAnswer.Sat => "sat",
        ExpectedAnswer.Unsat => "unsat",
        _ => throw new ArgumentOutOfRangeException(nameof(answer)),
    };

    public static bool TryParse(string text, out ExpectedAnswer answer)
    {
        switch (text.Trim())
        {
            case "sat": answer = ExpectedAnswer.Sat; return true;
            case "unsat": answer = ExpectedAnswer.Unsat; return true;
            default: answer = default; return false;
        }
    }
}

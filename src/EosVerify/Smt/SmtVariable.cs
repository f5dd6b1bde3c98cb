namespace EosVerify.Smt;

/// <summary>
/// A real variable declared in one <see cref="SmtQuery"/>. <see cref="Name"/> is the caller's name;
/// <see cref="SmtName"/> is the sanitised symbol written to SMT-LIB2 (only [A-Za-z0-9_.], unique in its query).
/// Create variables with <see cref="SmtQuery.DeclareReal"/>; a variable belongs to the query that declared it.
/// </summary>
internal sealed class SmtVariable : SmtTerm
{
    public string Name { get; }
    public string SmtName { get; }
    internal SmtQuery Owner { get; }

    internal SmtVariable(string name, string smtName, SmtQuery owner)
    {
        Name = name;
        SmtName = smtName;
        Owner = owner;
    }
}

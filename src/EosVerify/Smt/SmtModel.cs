using EosVerify.Algebra;

namespace EosVerify.Smt;

/// <summary>
/// A value from a solver's model. <see cref="Exact"/> is set when the value is a rational number; otherwise (an
/// algebraic number such as z3's <c>(root-obj (+ (^ x 2) (- 2)) 1)</c>, or anything unexpected) only
/// <see cref="Text"/> is kept, and a caller that re-checks counterexamples exactly must skip or refine it.
/// </summary>
internal sealed record SmtValue(string Text, Rational? Exact)
{
    public bool IsRational => Exact.HasValue;

    public bool IsAlgebraicNumber => !IsRational && Text.StartsWith("(root-obj", StringComparison.Ordinal);
}

/// <summary>A model: SMT symbol name (unquoted) → value, for the nullary real/Boolean constants the solver reported.</summary>
internal sealed class SmtModel
{
    private readonly SortedDictionary<string, SmtValue> _values;

    public SmtModel(IEnumerable<KeyValuePair<string, SmtValue>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new SortedDictionary<string, SmtValue>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
            if (!_values.TryAdd(name, value)) throw new ArgumentException($"The model names '{name}' twice.", nameof(values));
    }

    /// <summary>Values in ordinal order of the SMT names.</summary>
    public IReadOnlyDictionary<string, SmtValue> Values => _values;

    /// <summary>True when every reported value is rational, so the model can be re-checked exactly.</summary>
    public bool IsFullyRational => _values.Values.All(v => v.IsRational);

    public SmtValue? ValueOf(SmtVariable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return _values.GetValueOrDefault(variable.SmtName);
    }

    /// <summary>
    /// The exact point the model gives <paramref name="variables"/> (e.g. a query's <see cref="SmtQuery.Variables"/>,
    /// θ in layout order), for re-checking a counterexample exactly. False when a value is missing or not rational
    /// (an algebraic number): then no exact point can be built from this model.
    /// </summary>
    public bool TryGetPoint(IReadOnlyList<SmtVariable> variables, out Rational[] point)
    {
        ArgumentNullException.ThrowIfNull(variables);
        point = new Rational[variables.Count];
        for (int i = 0; i < variables.Count; i++)
        {
            if (TryGetRational(variables[i], out point[i])) continue;
            point = [];
            return false;
        }
        return true;
    }

    /// <summary>The exact value of the variable, if the model gives one and it is rational.</summary>
    public bool TryGetRational(SmtVariable variable, out Rational value)
    {
        var found = ValueOf(variable);
        value = found?.Exact ?? Rational.Zero;
        return found?.Exact is not null;
    }
}

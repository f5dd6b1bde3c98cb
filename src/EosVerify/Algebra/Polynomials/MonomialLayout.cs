namespace EosVerify.Algebra;

/// <summary>
/// How a ring packs exponent vectors into a <see cref="Monomial"/>: field 0 is the total degree, field 1 + i the
/// exponent of variable i; every field is <see cref="BitsPerField"/> bits wide and no field crosses a word.
/// Because every exponent is at most the total degree, a product whose total degree is at most
/// <see cref="MaxTotalDegree"/> cannot overflow any field.
/// </summary>
internal sealed class MonomialLayout
{
    public const int MaxWords = 4;
    private const int MaxBitsPerField = 31;

    public int VariableCount { get; }
    public int BitsPerField { get; }
    public int FieldsPerWord { get; }
    public int WordCount { get; }
    public int MaxTotalDegree { get; }

    private readonly ulong _fieldMask;
    private readonly Monomial[] _unitVariables; // x_i: exponent 1 in field i + 1 and 1 in the degree field

    public MonomialLayout(int variableCount, int requiredTotalDegree)
    {
        if (variableCount < 0) throw new ArgumentOutOfRangeException(nameof(variableCount), "A ring cannot have a negative number of variables.");
        if (requiredTotalDegree < 1) throw new ArgumentOutOfRangeException(nameof(requiredTotalDegree), $"The degree limit must be at least 1, got {requiredTotalDegree}.");
        int fields = variableCount + 1;
        int neededBits = 64 - (int)ulong.LeadingZeroCount((ulong)requiredTotalDegree);
        if (neededBits > MaxBitsPerField)
            throw new ArgumentOutOfRangeException(nameof(requiredTotalDegree), $"Degree limit {requiredTotalDegree} exceeds the largest supported ({(1L << MaxBitsPerField) - 1}).");
        int words = (fields + 64 / neededBits - 1) / (64 / neededBits);
        if (words > MaxWords)
            throw new NotSupportedException(
                $"A ring of {variableCount} variables with total degree up to {requiredTotalDegree} needs {words} words per monomial; " +
                $"at most {MaxWords} are supported ({MaxWords * 64} bits for {fields} fields of {neededBits} bits). Use fewer variables or a lower degree.");
        // Spread the fields evenly over the words we need and widen them: headroom costs nothing.
        int fieldsPerWord = (fields + words - 1) / words;
        int bits = Math.Min(MaxBitsPerField, 64 / fieldsPerWord);
        VariableCount = variableCount;
        BitsPerField = bits;
        FieldsPerWord = 64 / bits;
        WordCount = (fields + FieldsPerWord - 1) / FieldsPerWord;
        MaxTotalDegree = (int)((1UL << bits) - 1);
        _fieldMask = (1UL << bits) - 1;
        _unitVariables = new Monomial[variableCount];
        for (int i = 0; i < variableCount; i++)
        {
            var e = new int[variableCount];
            e[i] = 1;
            _unitVariables[i] = Pack(e);
        }
    }

    private (int Word, int Shift) Position(int field) => (field / FieldsPerWord, 64 - BitsPerField * (field % FieldsPerWord + 1));

    public Monomial UnitVariable(int variable) => _unitVariables[variable];

    public int TotalDegree(Monomial m) => (int)(m.W0 >> (64 - BitsPerField));

    public int Exponent(Monomial m, int variable)
    {
        var (word, shift) = Position(variable + 1);
        ulong w = word switch { 0 => m.W0, 1 => m.W1, 2 => m.W2, _ => m.W3 };
        return (int)((w >> shift) & _fieldMask);
    }

    public Monomial Pack(ReadOnlySpan<int> exponents)
    {
        if (exponents.Length != VariableCount)
            throw new ArgumentException($"Expected {VariableCount} exponents, got {exponents.Length}.", nameof(exponents));
        Span<ulong> words = stackalloc ulong[MaxWords];
        words.Clear();
        long degree = 0;
        for (int i = 0; i < exponents.Length; i++)
        {
            if (exponents[i] < 0) throw new ArgumentException($"Exponent of variable {i} is negative ({exponents[i]}).", nameof(exponents));
            degree += exponents[i];
            if (degree > MaxTotalDegree) throw DegreeOverflow(degree);
            var (word, shift) = Position(i + 1);
            words[word] |= (ulong)exponents[i] << shift;
        }
        var (w0, s0) = Position(0);
        words[w0] |= (ulong)degree << s0;
        return new Monomial(words[0], words[1], words[2], words[3]);
    }

    public int[] Unpack(Monomial m)
    {
        var e = new int[VariableCount];
        for (int i = 0; i < VariableCount; i++) e[i] = Exponent(m, i);
        return e;
    }

    public Monomial Multiply(Monomial a, Monomial b)
    {
        int degree = TotalDegree(a) + TotalDegree(b);
        if (degree > MaxTotalDegree) throw DegreeOverflow(degree);
        return a + b;
    }

    /// <summary>Throws the limit exception unless a product of total degree <paramref name="degree"/> fits.</summary>
    public void RequireDegree(long degree)
    {
        if (degree > MaxTotalDegree) throw DegreeOverflow(degree);
    }

    public OverflowException DegreeOverflow(long degree) =>
        new($"Total degree {degree} exceeds this ring's limit of {MaxTotalDegree} ({BitsPerField}-bit exponent fields); " +
            "create the ring with a larger degree limit.");
}

namespace EosVerify.Networks;

/// <summary>
/// θ = concat(vec W_1, …, vec W_L) with each W_k ∈ R^{d_k × d_{k−1}} row-major:
/// W_k[i,j] sits at Offset(k) + i·d_{k−1} + j (MATH.md §1). Layers are numbered k = 1..L.
/// </summary>
public sealed class ParameterLayout
{
    private readonly int[] _offsets; // _offsets[k-1] = offset of W_k; _offsets[L] = P

    /// <summary>The architecture laid out.</summary>
    public Architecture Architecture { get; }

    /// <summary>The layout of <paramref name="architecture"/>'s parameters.</summary>
    public ParameterLayout(Architecture architecture)
    {
        Architecture = architecture;
        _offsets = new int[architecture.Depth + 1];
        for (int k = 1; k <= architecture.Depth; k++)
            _offsets[k] = _offsets[k - 1] + Rows(k) * Columns(k);
    }

    /// <summary>P, the length of θ.</summary>
    public int ParameterCount => _offsets[^1];

    /// <summary>d_k: rows of W_k.</summary>
    public int Rows(int k) => Architecture.Width(k);

    /// <summary>d_{k−1}: columns of W_k.</summary>
    public int Columns(int k) => Architecture.Width(k - 1);

    /// <summary>The index in θ of the first entry of W_k (k from 1 to L).</summary>
    public int Offset(int k) => _offsets[k - 1];

    /// <summary>The index in θ of entry (i, j) of W_k (k from 1 to L, i and j 0-based).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such layer or entry.</exception>
    public int Index(int k, int i, int j)
    {
        if (k < 1 || k > Architecture.Depth) throw new ArgumentOutOfRangeException(nameof(k), $"Layer {k} is not in 1..{Architecture.Depth}.");
        if ((uint)i >= (uint)Rows(k) || (uint)j >= (uint)Columns(k))
            throw new ArgumentOutOfRangeException(nameof(i), $"Entry ({i},{j}) is outside W_{k} of size {Rows(k)}×{Columns(k)}.");
        return _offsets[k - 1] + i * Columns(k) + j;
    }

    /// <summary>The inverse of <see cref="Index"/>: (k, i, j) of parameter p.</summary>
    public (int Layer, int Row, int Column) Locate(int p)
    {
        if ((uint)p >= (uint)ParameterCount) throw new ArgumentOutOfRangeException(nameof(p), $"Parameter {p} is not in 0..{ParameterCount - 1}.");
        int k = 1;
        while (_offsets[k] <= p) k++;
        int local = p - _offsets[k - 1];
        return (k, local / Columns(k), local % Columns(k));
    }

    /// <summary>Splits θ into W_1..W_L (index 0 holds W_1), each row-major as a jagged [row][column] copy.</summary>
    public T[][,] Split<T>(IReadOnlyList<T> theta)
    {
        RequireLength(theta.Count);
        var result = new T[Architecture.Depth][,];
        for (int k = 1; k <= Architecture.Depth; k++)
        {
            var w = new T[Rows(k), Columns(k)];
            int o = Offset(k);
            for (int i = 0; i < Rows(k); i++)
                for (int j = 0; j < Columns(k); j++)
                    w[i, j] = theta[o + i * Columns(k) + j];
            result[k - 1] = w;
        }
        return result;
    }

    /// <summary>Concatenates W_1..W_L (index 0 holds W_1) into θ.</summary>
    public T[] Join<T>(IReadOnlyList<T[,]> weights)
    {
        if (weights.Count != Architecture.Depth)
            throw new ArgumentException($"Expected {Architecture.Depth} weight matrices, got {weights.Count}.");
        var theta = new T[ParameterCount];
        for (int k = 1; k <= Architecture.Depth; k++)
        {
            var w = weights[k - 1];
            if (w.GetLength(0) != Rows(k) || w.GetLength(1) != Columns(k))
                throw new ArgumentException($"W_{k} must be {Rows(k)}×{Columns(k)}, got {w.GetLength(0)}×{w.GetLength(1)}.");
            int o = Offset(k);
            for (int i = 0; i < Rows(k); i++)
                for (int j = 0; j < Columns(k); j++)
                    theta[o + i * Columns(k) + j] = w[i, j];
        }
        return theta;
    }

    /// <summary>Throws unless <paramref name="length"/> is P.</summary>
    /// <exception cref="InputException">The length is not P (field <c>theta</c>).</exception>
    public void RequireLength(int length)
    {
        if (length != ParameterCount)
            throw new InputException("theta", $"has {length} entries; architecture {Architecture} needs P = {ParameterCount}");
    }
}

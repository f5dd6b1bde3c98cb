using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>An array read from a .npy file: its shape and its values, exact, in C (row-major) order.</summary>
internal sealed class NpyArray
{
    public IReadOnlyList<int> Shape { get; }
    public IReadOnlyList<Rational> Values { get; }

    /// <summary>The dtype descriptor as written in the file, e.g. "&lt;f8".</summary>
    public string DataType { get; }

    public NpyArray(IReadOnlyList<int> shape, IReadOnlyList<Rational> values, string dataType)
    {
        long count = 1;
        foreach (int d in shape) count *= d;
        if (count != values.Count) throw new ArgumentException($"Shape ({string.Join(", ", shape)}) holds {count} values, got {values.Count}.");
        Shape = shape.ToArray();
        Values = values;
        DataType = dataType;
    }

    public int Rank => Shape.Count;

    /// <summary>Entry (row, column) of a 2-D array.</summary>
    public Rational this[int row, int column] => Values[row * Shape[1] + column];
}

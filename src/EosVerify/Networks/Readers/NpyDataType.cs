using System.Buffers.Binary;
using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>A supported .npy element type and its exact conversion to <see cref="Rational"/>.</summary>
internal sealed class NpyDataType
{
    public char Kind { get; }
    public int Size { get; }

    private NpyDataType(char kind, int size)
    {
        Kind = kind;
        Size = size;
    }

    public static NpyDataType Parse(string descr, string sourceName)
    {
        if (descr.Length < 3 || !int.TryParse(descr.AsSpan(2), out int size))
            throw new InputException(sourceName, $"has dtype {ExactNumber.Quote(descr)}; expected a numeric dtype such as '<f8'");
        char order = descr[0], kind = descr[1];
        bool supported = kind switch
        {
            'f' => size is 2 or 4 or 8,
            'i' or 'u' => size is 1 or 2 or 4 or 8,
            _ => false,
        };
        if (!supported)
            throw new InputException(sourceName, $"has dtype {ExactNumber.Quote(descr)}; supported are float64, float32, float16 and integers ('<f8', '<f4', '<f2', '<i8', '<i4', …)");
        bool littleEndian = order switch
        {
            '<' => true,
            '>' => size == 1,
            '|' when size == 1 => true,
            '|' => throw new InputException(sourceName, $"has dtype {ExactNumber.Quote(descr)}: byte order '|' is only meaningful for one-byte types"),
            '=' => BitConverter.IsLittleEndian,
            _ => throw new InputException(sourceName, $"has dtype {ExactNumber.Quote(descr)} with an unknown byte order '{order}'"),
        };
        if (!littleEndian)
            throw new InputException(sourceName, $"has big-endian dtype {ExactNumber.Quote(descr)}; save it little-endian, e.g. numpy.save(f, a.astype('<f8'))");
        return new NpyDataType(kind, size);
    }

    /// <summary>The exact value of one element; false for NaN and infinities.</summary>
    public bool TryRead(ReadOnlySpan<byte> slot, out Rational value)
    {
        double d;
        switch (Kind, Size)
        {
            case ('f', 8): d = BinaryPrimitives.ReadDoubleLittleEndian(slot); break;
            case ('f', 4): d = BinaryPrimitives.ReadSingleLittleEndian(slot); break;
            case ('f', 2): d = (double)BinaryPrimitives.ReadHalfLittleEndian(slot); break;
            case ('i', 1): value = (sbyte)slot[0]; return true;
            case ('i', 2): value = BinaryPrimitives.ReadInt16LittleEndian(slot); return true;
            case ('i', 4): value = BinaryPrimitives.ReadInt32LittleEndian(slot); return true;
            case ('i', 8): value = BinaryPrimitives.ReadInt64LittleEndian(slot); return true;
            case ('u', 1): value = slot[0]; return true;
            case ('u', 2): value = BinaryPrimitives.ReadUInt16LittleEndian(slot); return true;
            case ('u', 4): value = (long)BinaryPrimitives.ReadUInt32LittleEndian(slot); return true;
            case ('u', 8): value = new System.Numerics.BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(slot)); return true;
            default: throw new InvalidOperationException($"Unsupported dtype {Kind}{Size}.");
        }
        if (!double.IsFinite(d)) { value = Rational.Zero; return false; }
        value = Rational.FromDouble(d);
        return true;
    }
}

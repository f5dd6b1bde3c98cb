using System.Buffers.Binary;
using System.Text;

namespace EosVerify.Tests.Networks.Readers;

/// <summary>Writes .npy files byte by byte, following the NumPy format specification (independent of the reader).</summary>
internal static class NpyFiles
{
    public static byte[] Header(string dict, int major = 1)
    {
        int prefix = major == 1 ? 10 : 12;
        // The header (with its trailing newline) is padded with spaces so the data start at a multiple of 64.
        int length = dict.Length + 1;
        int padded = (prefix + length + 63) / 64 * 64 - prefix;
        string text = dict + new string(' ', padded - length) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange("NUMPY"u8.ToArray());
        bytes.Add((byte)major);
        bytes.Add(0);
        if (major == 1) { var b = new byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(b, (ushort)padded); bytes.AddRange(b); }
        else { var b = new byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(b, (uint)padded); bytes.AddRange(b); }
        bytes.AddRange(major == 3 ? Encoding.UTF8.GetBytes(text) : Encoding.Latin1.GetBytes(text));
        return bytes.ToArray();
    }

    public static string Dict(string descr, bool fortran, params int[] shape)
    {
        string dims = shape.Length == 1 ? $"({shape[0]},)" : "(" + string.Join(", ", shape) + ")";
        return $"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': {dims}, }}";
    }

    public static byte[] Float64(double[] values, bool fortran, int major, params int[] shape)
    {
        var data = new byte[values.Length * 8];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(i * 8), values[i]);
        return [.. Header(Dict("<f8", fortran, shape), major), .. data];
    }

    public static byte[] Float32(float[] values, params int[] shape)
    {
        var data = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(i * 4), values[i]);
        return [.. Header(Dict("<f4", false, shape)), .. data];
    }

    public static byte[] Int64(long[] values, params int[] shape)
    {
        var data = new byte[values.Length * 8];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteInt64LittleEndian(data.AsSpan(i * 8), values[i]);
        return [.. Header(Dict("<i8", false, shape)), .. data];
    }

    public static byte[] Int32(int[] values, params int[] shape)
    {
        var data = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(i * 4), values[i]);
        return [.. Header(Dict("<i4", false, shape)), .. data];
    }
}

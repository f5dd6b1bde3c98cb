using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace EosVerify.Benchmarks;

/// <summary>Writes little-endian float64 arrays (1-D or C-order 2-D) as NumPy .npy version 1.0, for the Python twin.</summary>
internal static class NpyWriter
{
    public static void Write(string path, double[] data, params int[] shape)
    {
        if (shape.Aggregate(1L, (p, d) => p * d) != data.Length) throw new ArgumentException("Shape and data length differ.");
        string dims = shape.Length == 1 ? shape[0].ToString(CultureInfo.InvariantCulture) + "," : string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + dims + "), }";
        int total = 10 + header.Length + 1;
        header += new string(' ', (64 - total % 64) % 64) + "\n";
        using var stream = File.Create(path);
        stream.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0]);
        Span<byte> length = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)header.Length);
        stream.Write(length);
        stream.Write(Encoding.ASCII.GetBytes(header));
        var bytes = new byte[8 * data.Length];
        for (int i = 0; i < data.Length; i++) BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(8 * i), data[i]);
        stream.Write(bytes);
    }
}

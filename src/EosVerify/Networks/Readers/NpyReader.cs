using System.Buffers.Binary;
using System.Text;
using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// Reads NumPy .npy files (format versions 1.0, 2.0 and 3.0): little-endian '&lt;f8', '&lt;f4', '&lt;f2', '&lt;i8',
/// '&lt;i4', '&lt;i2', '|i1', '|u1' (and the unsigned '&lt;u2', '&lt;u4', '&lt;u8'), 1-D or 2-D, C or Fortran order.
/// Every value is converted exactly (a double is a dyadic rational). Big-endian data, structured dtypes, objects,
/// NaN or infinities, and malformed, truncated or oversized files are refused with an <see cref="InputException"/>
/// naming the file.
/// </summary>
internal static class NpyReader
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];
    private const int MaxHeaderLength = 64 * 1024;

    public static NpyArray Read(string path) => Parse(InputFile.ReadAllBytes(path), path);

    /// <summary>
    /// Data as NumPy users store it: X of shape (n, d0) and Y of shape (n, dL), one sample a row; a 1-D array of
    /// length n is one coordinate (d = 1). Returned transposed to MATH.md's X (d0 × n) and Y (dL × n).
    /// </summary>
    public static (RationalMatrix X, RationalMatrix Y) ReadData(string xPath, string yPath)
    {
        var x = Read(xPath);
        var y = Read(yPath);
        return ToData(x, xPath, y, yPath);
    }

    public static (RationalMatrix X, RationalMatrix Y) ToData(NpyArray x, string xName, NpyArray y, string yName)
    {
        int n = x.Shape[0], ny = y.Shape[0];
        if (ny != n)
            throw new InputException(yName, $"has {ny} samples (rows); {xName} has {n} (both store one sample a row, shape (n, d))");
        int d0 = x.Rank == 1 ? 1 : x.Shape[1], dL = y.Rank == 1 ? 1 : y.Shape[1];
        InputLimits.RequireMomentWork(xName, n, d0, dL);
        RequireMagnitudes(x, xName, d0);
        RequireMagnitudes(y, yName, dL);
        var xm = RationalMatrix.Create(d0, n, (i, s) => x.Values[s * d0 + i]);
        var ym = RationalMatrix.Create(dL, n, (i, s) => y.Values[s * dL + i]);
        return (xm, ym);
    }

    private static void RequireMagnitudes(NpyArray array, string name, int width)
    {
        for (int k = 0; k < array.Values.Count; k++)
            DataMagnitude.Require(array.Values[k], name, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"element [{k / width}][{k % width}]"));
    }

    public static NpyArray Parse(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (string.IsNullOrEmpty(sourceName)) sourceName = "array";
        if (bytes.Length < 10 || !bytes[..6].SequenceEqual(Magic))
            throw new InputException(sourceName, "is not a NumPy .npy file (it does not start with \\x93NUMPY)");
        int major = bytes[6], minor = bytes[7];
        if (major is < 1 or > 3 || minor != 0)
            throw new InputException(sourceName, $"has .npy format version {major}.{minor}; versions 1.0, 2.0 and 3.0 are read");
        int prefix;
        long headerLength;
        if (major == 1) { headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]); prefix = 10; }
        else
        {
            if (bytes.Length < 12) throw new InputException(sourceName, "is truncated inside its header");
            headerLength = BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]);
            prefix = 12;
        }
        if (headerLength > MaxHeaderLength) throw new InputException(sourceName, $"declares a header of {headerLength} bytes; at most {MaxHeaderLength} are read");
        if (prefix + headerLength > bytes.Length) throw new InputException(sourceName, "is truncated inside its header");
        var headerBytes = bytes.Slice(prefix, (int)headerLength);
        string header;
        try
        {
            header = major == 3
                ? new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(headerBytes)
                : Encoding.Latin1.GetString(headerBytes);
        }
        catch (DecoderFallbackException) { throw new InputException(sourceName, "has a header that is not valid UTF-8"); }

        var (descr, fortranOrder, shape) = NpyHeader.Parse(header, sourceName);
        var type = NpyDataType.Parse(descr, sourceName);
        long count = 1;
        foreach (int d in shape) count *= d;
        if (shape.Length == 0) throw new InputException(sourceName, "holds a single number (shape ()); expected a 1-D or 2-D array");
        if (shape.Length > 2) throw new InputException(sourceName, $"has shape ({string.Join(", ", shape)}); expected a 1-D or 2-D array");
        if (count == 0) throw new InputException(sourceName, $"has shape ({string.Join(", ", shape)}) and holds no values");
        if (count > InputLimits.MaxMatrixEntries) throw new InputException(sourceName, $"has {count} values; more than {InputLimits.MaxMatrixEntries} are not read");
        long dataStart = prefix + headerLength;
        long expected = count * type.Size;
        long actual = bytes.Length - dataStart;
        if (actual < expected) throw new InputException(sourceName, $"is truncated: shape ({string.Join(", ", shape)}) of {descr} needs {expected} data bytes, the file has {actual}");
        if (actual > expected) throw new InputException(sourceName, $"has {actual - expected} bytes after the data of shape ({string.Join(", ", shape)}) {descr}");

        var data = bytes[(int)dataStart..];
        var values = new Rational[count];
        int rows = shape[0], columns = shape.Length == 2 ? shape[1] : 1;
        for (long k = 0; k < count; k++)
        {
            // Fortran order stores column after column; values[] is always row-major.
            long target = fortranOrder && shape.Length == 2 ? (k % rows) * columns + k / rows : k;
            var slot = data.Slice((int)(k * type.Size), type.Size);
            if (!type.TryRead(slot, out values[target]))
                throw new InputException(sourceName, $"holds a NaN or infinite value at {Position(target, shape)}; data must be finite");
        }
        return new NpyArray(shape, values, descr);
    }

    private static string Position(long index, int[] shape) =>
        shape.Length == 1 ? $"index {index}" : $"row {index / shape[1]}, column {index % shape[1]} (0-based)";
}

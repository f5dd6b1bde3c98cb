using System.Text;

namespace EosVerify.Networks;

/// <summary>Reads a user-supplied input file whole, turning every I/O failure into an <see cref="InputException"/> naming the file.</summary>
internal static class InputFile
{
    public static byte[] ReadAllBytes(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new InputException("file", "no file name given");
        try
        {
            if (Directory.Exists(path)) throw new InputException(path, "is a folder; expected a file");
            var info = new FileInfo(path);
            if (!info.Exists) throw new InputException(path, "does not exist");
            if (info.Length > InputLimits.MaxFileBytes)
                throw new InputException(path, $"is {info.Length} bytes; files above {InputLimits.MaxFileBytes} bytes are not read");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // Read at most one byte past the limit: the file may have grown since it was measured.
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > InputLimits.MaxFileBytes)
                    throw new InputException(path, $"is more than {InputLimits.MaxFileBytes} bytes; larger files are not read");
            }
            return buffer.ToArray();
        }
        catch (UnauthorizedAccessException) { throw new InputException(path, "cannot be read (permission denied)"); }
        catch (PathTooLongException) { throw new InputException(path, "is not a usable file name (too long)"); }
        catch (IOException e) { throw new InputException(path, $"cannot be read: {OneLine(e.Message)}"); }
        catch (ArgumentException) { throw new InputException(ExactNumber.Quote(path), "is not a usable file name"); }
        catch (NotSupportedException) { throw new InputException(ExactNumber.Quote(path), "is not a usable file name"); }
    }

    /// <summary>The file as UTF-8 text (a leading byte-order mark is dropped); invalid UTF-8 is an input error.</summary>
    public static string ReadAllText(string path)
    {
        var bytes = ReadAllBytes(path);
        return DecodeUtf8(bytes, path);
    }

    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException(sourceName, $"is not UTF-8 text (invalid byte at offset {e.Index})");
        }
    }

    internal static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}

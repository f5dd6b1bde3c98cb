using System.Text;

namespace EosVerify.Smt;

/// <summary>
/// What was read from one output stream of a solver: at most a fixed number of bytes, decoded as UTF-8, and whether
/// the stream held more. A solver that prints without end cannot make the tool hold more than the limit.
/// </summary>
internal sealed record BoundedOutput(string Text, bool Overflowed)
{
    /// <summary>
    /// Reads <paramref name="stream"/> until it ends. Once more than <paramref name="limit"/> bytes arrived,
    /// <paramref name="onOverflow"/> runs once (the caller kills the solver) and the rest is read and dropped, so a
    /// writer is never blocked by a full pipe.
    /// </summary>
    public static async Task<BoundedOutput> ReadAsync(Stream stream, long limit, Action? onOverflow)
    {
        var kept = new MemoryStream();
        var buffer = new byte[81920];
        bool overflowed = false;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                if (overflowed) continue;
                long room = limit - kept.Length;
                if (read <= room)
                {
                    kept.Write(buffer, 0, read);
                    continue;
                }
                if (room > 0) kept.Write(buffer, 0, (int)room);
                overflowed = true;
                onOverflow?.Invoke();
            }
        }
        catch (IOException)
        {
            // The pipe broke because the process was killed: what arrived so far is the output.
        }
        catch (ObjectDisposedException)
        {
        }
        return new BoundedOutput(Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length), overflowed);
    }
}

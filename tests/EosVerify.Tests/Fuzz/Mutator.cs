using System.Text;
using EosVerify.Networks;

namespace EosVerify.Tests.Fuzz;

/// <summary>Seeded mutations of valid inputs: truncation, byte flips, insertions of hostile snippets, deletions, duplications.</summary>
internal sealed class Mutator(ulong seed)
{
    private readonly SeededRandom _random = new(seed);

    public int Next(int bound) => _random.NextInt(bound);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public bool Chance(int percent) => Next(100) < percent;

    /// <summary>Applies 1–3 byte-level mutations; returns the bytes and a description for failure messages.</summary>
    public (byte[] Bytes, string Description) MutateBytes(byte[] original, IReadOnlyList<string> snippets)
    {
        var bytes = new List<byte>(original);
        var steps = new List<string>();
        int count = 1 + Next(3);
        for (int m = 0; m < count; m++)
        {
            int position = bytes.Count == 0 ? 0 : Next(bytes.Count + 1);
            switch (Next(6))
            {
                case 0:
                    bytes.RemoveRange(position, bytes.Count - position);
                    steps.Add($"truncate@{position}");
                    break;
                case 1:
                    if (bytes.Count == 0) break;
                    int at = Next(bytes.Count);
                    bytes[at] = (byte)(bytes[at] ^ (1 << Next(8)));
                    steps.Add($"flip@{at}");
                    break;
                case 2:
                    if (bytes.Count == 0) break;
                    int rnd = Next(bytes.Count);
                    bytes[rnd] = (byte)Next(256);
                    steps.Add($"random@{rnd}");
                    break;
                case 3:
                    string snippet = Pick(snippets);
                    bytes.InsertRange(position, Encoding.UTF8.GetBytes(snippet));
                    steps.Add($"insert@{position}:{Shorten(snippet)}");
                    break;
                case 4:
                    int length = Math.Min(bytes.Count - position, 1 + Next(16));
                    bytes.RemoveRange(position, length);
                    steps.Add($"delete@{position}+{length}");
                    break;
                default:
                    int span = Math.Min(bytes.Count - position, 1 + Next(32));
                    bytes.InsertRange(position, bytes.GetRange(position, span));
                    steps.Add($"duplicate@{position}+{span}");
                    break;
            }
        }
        return (bytes.ToArray(), string.Join(" ", steps));
    }

    public static string Shorten(string s) => s.Length <= 24 ? s : s[..24] + "…";
}

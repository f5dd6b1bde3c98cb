using System.Globalization;
using EosVerify.Networks;

namespace EosVerify.Experiments;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> of a sweep (0 ≤ Index &lt; Count): the runs with global index
/// g ≡ Index (mod Count). Round robin spreads the slow runs (saddles, non-converging) evenly over the parts; since each
/// run depends only on its global index, the partition changes no run.
/// </summary>
internal readonly record struct ShardSpec(int Index, int Count)
{
    public static readonly ShardSpec Whole = new(0, 1);

    public bool IsWhole => Count == 1;

    public bool Contains(int globalIndex) => globalIndex % Count == Index;

    public void Validate(string field = "shard")
    {
        if (Count < 1) throw new InputException(field, $"is {this}; the number of shards N must be at least 1");
        if (Index < 0 || Index >= Count)
            throw new InputException(field, $"is {this}; K/N needs 0 ≤ K < N (shards are numbered 0 to {Count - 1})");
    }

    /// <summary>Parses "K/N" (decimal integers).</summary>
    public static ShardSpec Parse(string? text, string field = "--shard")
    {
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
            throw new InputException(field, $"is '{Shorten(text)}'; expected K/N with whole numbers 0 ≤ K < N, e.g. 0/8");
        var spec = new ShardSpec(index, count);
        spec.Validate(field);
        return spec;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 24 ? text : text[..24] + "…";
}

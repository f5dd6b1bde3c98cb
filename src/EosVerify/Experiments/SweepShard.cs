using EosVerify.Networks;

namespace EosVerify.Experiments;

/// <summary>
/// The runs of one part of a sweep (<see cref="StepSizeSweep.RunShard"/>) with what defines the whole sweep: η*, the
/// step-size grid (Etas[i] = Ratios[i]·η* or given), K runs per step size, the optimum and the η* bracket. The records
/// are those with global index g ≡ Shard.Index (mod Shard.Count), g = (step-size index)·K + run, ascending.
/// </summary>
internal sealed record SweepShard(
    ShardSpec Shard,
    double EtaStar,
    double OptimalLoss,
    IReadOnlyList<double> Etas,
    IReadOnlyList<double> Ratios,
    int Runs,
    EtaBracket? Bracket,
    IReadOnlyList<RunRecord> Records)
{
    public int TotalRuns => Etas.Count * Runs;

    /// <summary>
    /// Combines all N parts of one sweep into its result, exactly the result of the unsharded sweep. Input errors (one
    /// line, field "shards"): parts of different sweeps, a part given twice, a missing part, records that do not belong.
    /// </summary>
    public static SweepResult Merge(IReadOnlyList<SweepShard> shards, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0) throw new InputException("shards", "none given; pass every shard file of the sweep");
        string Name(int i) => names is not null && i < names.Count ? names[i] : $"shard {shards[i].Shard}";
        var first = shards[0];
        int count = first.Shard.Count;
        var byIndex = new int[count];
        Array.Fill(byIndex, -1);
        for (int i = 0; i < shards.Count; i++)
        {
            var s = shards[i];
            if (s.Shard.Count != count)
                throw new InputException("shards", $"{Name(i)} is part {s.Shard} but {Name(0)} is part {first.Shard}: they split the sweep differently");
            if (!first.SameSweep(s)) throw new InputException("shards", $"{Name(i)} and {Name(0)} are parts of different sweeps (settings differ)");
            if (byIndex[s.Shard.Index] >= 0)
                throw new InputException("shards", $"part {s.Shard} is given twice ({Name(byIndex[s.Shard.Index])} and {Name(i)})");
            byIndex[s.Shard.Index] = i;
        }
        var missing = Enumerable.Range(0, count).Where(k => byIndex[k] < 0).ToArray();
        if (missing.Length > 0)
            throw new InputException("shards", $"part{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing.Take(10))}{(missing.Length > 10 ? ", …" : "")} of {count} missing; merge needs all {count}");

        var records = new RunRecord[first.TotalRuns];
        foreach (var s in shards)
            foreach (var r in s.Records)
            {
                if (r.Index < 0 || r.Index >= records.Length || !s.Shard.Contains(r.Index) || records[r.Index] is not null)
                    throw new InputException("shards", $"part {s.Shard} holds run {r.Index}, which does not belong to it");
                records[r.Index] = r;
            }
        int absent = Array.FindIndex(records, r => r is null);
        if (absent >= 0) throw new InputException("shards", $"run {absent} is in no part (a shard file was cut short?)");

        var rows = new SweepRow[first.Etas.Count];
        for (int e = 0; e < rows.Length; e++)
            rows[e] = SweepRow.FromRecords(first.Etas[e], first.Ratios[e], new ArraySegment<RunRecord>(records, e * first.Runs, first.Runs), first.OptimalLoss);
        return new SweepResult(first.EtaStar, rows) { Bracket = first.Bracket, OptimalLoss = first.OptimalLoss, Records = records };
    }

    private bool SameSweep(SweepShard other) =>
        EtaStar.Equals(other.EtaStar) && OptimalLoss.Equals(other.OptimalLoss) && Runs == other.Runs
        && Etas.SequenceEqual(other.Etas) && Ratios.SequenceEqual(other.Ratios) && Equals(Bracket, other.Bracket);
}

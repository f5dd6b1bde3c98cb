using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EosVerify.Experiments;
using EosVerify.Networks;

namespace EosVerify.Reports;

/// <summary>
/// A shard file (<c>sweep --shard K/N</c>): {"format", "shard": {"index", "count"}, "sweep": {everything that defines
/// the sweep: problem fingerprint, architecture, η* (and exact), S_min exact, the optimum, the grid, K, steps, scale,
/// seed, tolerance, …}, "records": [RunRecord…]}. <see cref="Merge"/> accepts only parts with identical "sweep"
/// objects, each part once, all parts present.
/// </summary>
internal sealed record SweepShardFile(SweepShard Shard, JsonObject Sweep)
{
    public const string Format = "eosverify-sweep-shard/1";

    public string Architecture => (string)Sweep["architecture"]!;

    /// <param name="shard">The part's runs.</param>
    /// <param name="options">The sweep's options (steps, seed, tolerance, … go into the settings).</param>
    /// <param name="problem">The problem (its fingerprint and architecture go into the settings).</param>
    /// <param name="etaStarExact">η* as "p/q" where known.</param>
    /// <param name="minSharpnessExact">S_min as "p/q" where known.</param>
    /// <param name="kernels">The name of the dense kernels that ran the shard: parts computed with other kernels may differ in the last bits, so they do not merge.</param>
    public static SweepShardFile Create(SweepShard shard, SweepOptions options, Problem problem, string? etaStarExact, string? minSharpnessExact,
        string kernels = "managed")
    {
        ArgumentNullException.ThrowIfNull(shard);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(problem);
        var sweep = new JsonObject
        {
            ["problem"] = Fingerprint(problem),
            ["architecture"] = problem.Architecture.ToString(),
            ["etaStar"] = shard.EtaStar,
            ["etaStarExact"] = etaStarExact,
            ["minSharpnessExact"] = minSharpnessExact,
            ["etaStarBracket"] = shard.Bracket is { } b ? new JsonArray(b.Lower, b.Upper) : null,
            ["optimalLoss"] = shard.OptimalLoss,
            ["etas"] = new JsonArray(shard.Etas.Select(e => (JsonNode?)e).ToArray()),
            ["ratios"] = new JsonArray(shard.Ratios.Select(r => (JsonNode?)r).ToArray()),
            ["runs"] = shard.Runs,
            ["steps"] = options.Steps,
            ["scale"] = options.InitScale,
            ["seed"] = options.Seed,
            ["tolerance"] = options.Tolerance,
            ["divergenceBound"] = options.DivergenceBound,
            ["confirmationSteps"] = options.ConfirmationSteps,
            ["recordSharpness"] = options.RecordSharpness,
            ["kernels"] = kernels,
        };
        return new SweepShardFile(shard, sweep);
    }

    public string ToJson()
    {
        var root = new JsonObject
        {
            ["format"] = Format,
            ["shard"] = new JsonObject { ["index"] = Shard.Shard.Index, ["count"] = Shard.Shard.Count },
            ["sweep"] = Sweep.DeepClone(),
            ["records"] = JsonSerializer.SerializeToNode(Shard.Records, ReportJson.Indented),
        };
        return root.ToJsonString(ReportJson.Indented) + "\n";
    }

    /// <summary>Reads a shard file; anything malformed is an input error naming <paramref name="name"/>.</summary>
    public static SweepShardFile Parse(string text, string name)
    {
        try
        {
            var root = JsonNode.Parse(text) as JsonObject ?? throw new FormatException("not a JSON object");
            if (Field(root, "format") is not JsonValue format || !format.TryGetValue(out string? formatName) || formatName != Format)
                throw new FormatException($"\"format\" is not \"{Format}\"");
            var shardObject = Object(root, "shard");
            var spec = new ShardSpec(Integer(shardObject, "index"), Integer(shardObject, "count"));
            spec.Validate(name);
            var sweep = Object(root, "sweep");
            var records = Field(root, "records").Deserialize<RunRecord[]>(ReportJson.Indented) ?? throw new FormatException("\"records\" is null");
            var bracket = sweep["etaStarBracket"] is JsonArray b ? new EtaBracket(Number(b, 0, "etaStarBracket"), Number(b, 1, "etaStarBracket")) : null;
            var shard = new SweepShard(spec, Number(sweep, "etaStar"), Number(sweep, "optimalLoss"),
                Numbers(sweep, "etas"), Numbers(sweep, "ratios"), Integer(sweep, "runs"), bracket, records);
            return new SweepShardFile(shard, (JsonObject)sweep.DeepClone());
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new InputException(name, $"is not a sweep shard file ({e.Message.ReplaceLineEndings(" ")})");
        }
    }

    private static JsonNode Field(JsonObject o, string key) => o[key] ?? throw new FormatException($"\"{key}\" is missing");

    private static JsonObject Object(JsonObject o, string key) => Field(o, key) as JsonObject ?? throw new FormatException($"\"{key}\" is not an object");

    private static int Integer(JsonObject o, string key) =>
        Field(o, key) is JsonValue v && v.TryGetValue(out int i) ? i : throw new FormatException($"\"{key}\" is not a whole number");

    private static double Number(JsonObject o, string key) => AsNumber(Field(o, key), key);

    private static double Number(JsonArray a, int index, string key) =>
        index < a.Count ? AsNumber(a[index], key) : throw new FormatException($"\"{key}\" has fewer than {index + 1} entries");

    private static double[] Numbers(JsonObject o, string key) =>
        (Field(o, key) as JsonArray ?? throw new FormatException($"\"{key}\" is not an array")).Select(n => AsNumber(n, key)).ToArray();

    private static double AsNumber(JsonNode? node, string key) =>
        node is JsonValue v && v.TryGetValue(out double d) ? d : throw new FormatException($"\"{key}\" holds something other than a number");

    /// <summary>The sweep's result from all of its parts, exactly as the unsharded sweep gives it.</summary>
    public static SweepResult Merge(IReadOnlyList<SweepShardFile> files, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0) throw new InputException("shards", "none given; pass every shard file of the sweep");
        for (int i = 1; i < files.Count; i++)
            if (!JsonNode.DeepEquals(files[i].Sweep, files[0].Sweep))
                throw new InputException("shards", $"{names[i]} and {names[0]} are parts of different sweeps (their \"sweep\" settings differ)");
        var result = SweepShard.Merge(files.Select(f => f.Shard).ToArray(), names);
        var sweep = files[0].Sweep;
        return result with { EtaStarExact = (string?)sweep["etaStarExact"], MinSharpnessExact = (string?)sweep["minSharpnessExact"] };
    }

    /// <summary>SHA-256 (hex, first 16 bytes) of the architecture, loss scale and exact moments: shards of different problems do not merge.</summary>
    public static string Fingerprint(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var m = problem.Moments;
        var text = new StringBuilder();
        text.Append(problem.Architecture).Append('|').Append(problem.LossScale).Append('|').Append(m.SampleCount.ToString(CultureInfo.InvariantCulture));
        foreach (var matrix in new[] { m.Sxx, m.Syx, m.Syy })
            for (int i = 0; i < matrix.RowCount; i++)
                for (int j = 0; j < matrix.ColumnCount; j++) text.Append('|').Append(matrix[i, j]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}

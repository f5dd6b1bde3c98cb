using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using EosVerify.Networks;
using EosVerify.Tests.Networks.Readers;

namespace EosVerify.Tests.Fuzz;

/// <summary>
/// Seeded mutations of valid problem files, CSV files and .npy files (≥ 6,000 cases in all). Each must give a
/// valid result or an <see cref="InputException"/>: no other exception, no hang, no partial output file.
/// </summary>
public class ReaderFuzzTests
{
    private const int JsonCases = 2500;
    private const int CsvCases = 1800;
    private const int NpyCases = 1800;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(90);

    private static readonly string[] JsonSeeds =
    [
        """
        { "architecture": "2-3-1", "loss": "half-mean",
          "data": { "X": [[0.5, -1.2, 0.3], [1.0, 0.0, 2.0]], "Y": [[1.0, -0.5, 0.25]] },
          "theta": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], "eta": 0.1 }
        """,
        """{ "architecture": "2-1", "data": { "moments": { "n": 10, "Sxx": [[2, 0.5], [0.5, 1]], "Syx": [[0.3, "1/3"]], "Syy": [[4]] } }, "eta": "1/8" }""",
        """{ "architecture": [1, 2, 1], "loss": "mean", "name": "generated", "data": { "generate": { "samples": 7, "seed": 3, "noise": 0.5 } } }""",
        """{ "architecture": "1-1", "data": { "X": [["1/3", 0.5]], "Y": [[1, "2e-1"]] }, "eta": "1/7", "theta": ["-1/2"] }""",
    ];

    private static readonly (string Text, int Inputs)[] CsvSeeds =
    [
        ("x1,x2,y\n0.5,-1.2,1\n1,0,-0.5\n0.3,2,0.25\n", 2),
        ("1,2,3,4\n5,6,7,8\n", 1),
        ("# exported\r\n\"a\",\"b\"\r\n1/3,2e-1\r\n0.5,1\r\n", 1),
    ];

    private static byte[][] NpySeeds() =>
    [
        NpyFiles.Float64([0.5, -1.2, 1, 0, 0.3, 2], fortran: false, major: 1, 3, 2),
        NpyFiles.Float64([0.5, 1, 0.3, -1.2, 0, 2], fortran: true, major: 2, 3, 2),
        NpyFiles.Float64([1, -0.5, 0.25], fortran: false, major: 3, 3),
        NpyFiles.Float32([1f, 2.5f, -0.125f], 3),
        NpyFiles.Int64([1, 2, 3, 4, 5, 6], 3, 2),
        NpyFiles.Int32([7, -8, 9], 3, 1),
    ];

    private static void RunWithin(Action fuzz)
    {
        var task = Task.Run(fuzz);
        Assert.That(task.Wait(TimeLimit), Is.True, $"fuzzing did not finish within {TimeLimit.TotalSeconds} s: a reader hangs or is far too slow");
        task.GetAwaiter().GetResult();
    }

    [Test]
    public void ProblemFiles()
    {
        using var harness = new FuzzHarness();
        var watch = Stopwatch.StartNew();
        RunWithin(() =>
        {
            var mutator = new Mutator(seed: 20240201);
            for (int i = 0; i < JsonCases; i++)
            {
                string seed = JsonSeeds[i % JsonSeeds.Length];
                var (text, description) = MutateJson(mutator, seed);
                string label = $"json case {i} ({description})";
                harness.Case(label, () => ProblemFileReader.Parse(text, "fuzz.json"));
                var bytes = Encoding.UTF8.GetBytes(text);
                if (i % 10 == 0) harness.AtomicWrite(label, bytes);
                if (i % 25 == 0) harness.CommandLine(label, [("p.json", bytes)], paths => ["check", "--problem", paths[0]]);
            }
        });
        TestContext.Out.WriteLine($"problem files: {harness.Summary}; {watch.Elapsed.TotalSeconds:F1} s");
        Assert.That(harness.Failures, Is.Empty);
        Assert.That(harness.Accepted + harness.Rejected, Is.EqualTo(JsonCases));
        Assert.That(harness.Accepted, Is.GreaterThan(0), "some mutations must stay valid, or the fuzzer only tests the first check");
        Assert.That(harness.Rejected, Is.GreaterThan(JsonCases / 4));
    }

    [Test]
    public void CsvFiles()
    {
        using var harness = new FuzzHarness();
        var watch = Stopwatch.StartNew();
        RunWithin(() =>
        {
            var mutator = new Mutator(seed: 777);
            for (int i = 0; i < CsvCases; i++)
            {
                var (seedText, seedInputs) = CsvSeeds[i % CsvSeeds.Length];
                var (text, description) = MutateCsv(mutator, seedText);
                int inputs = mutator.Chance(10) ? mutator.Next(5) : seedInputs;
                string label = $"csv case {i} inputs {inputs} ({description})";
                harness.Case(label, () => CsvDataReader.Parse(text, "fuzz.csv", inputs));
                var bytes = Encoding.UTF8.GetBytes(text);
                if (i % 10 == 0) harness.AtomicWrite(label, bytes);
                if (i % 25 == 0)
                    harness.CommandLine(label, [("d.csv", bytes)], paths => ["simulate", "--arch", $"{seedInputs}-2-1", "--data", paths[0]]);
            }
        });
        TestContext.Out.WriteLine($"CSV files: {harness.Summary}; {watch.Elapsed.TotalSeconds:F1} s");
        Assert.That(harness.Failures, Is.Empty);
        Assert.That(harness.Accepted + harness.Rejected, Is.EqualTo(CsvCases));
        Assert.That(harness.Accepted, Is.GreaterThan(0));
        Assert.That(harness.Rejected, Is.GreaterThan(CsvCases / 4));
    }

    [Test]
    public void NpyFilesFuzz()
    {
        using var harness = new FuzzHarness();
        var seeds = NpySeeds();
        var watch = Stopwatch.StartNew();
        RunWithin(() =>
        {
            var mutator = new Mutator(seed: 4242);
            for (int i = 0; i < NpyCases; i++)
            {
                var (bytes, description) = MutateNpy(mutator, seeds[i % seeds.Length]);
                string label = $"npy case {i} ({description})";
                harness.Case(label, () => NpyReader.Parse(bytes, "fuzz.npy"));
                if (i % 10 == 0) harness.AtomicWrite(label, bytes);
                if (i % 25 == 0)
                    harness.CommandLine(label, [("x.npy", bytes), ("y.npy", seeds[2])],
                        paths => ["sweep", "--arch", "2-2-1", "--data", paths[0], "--data-y", paths[1]]);
            }
        });
        TestContext.Out.WriteLine($".npy files: {harness.Summary}; {watch.Elapsed.TotalSeconds:F1} s");
        Assert.That(harness.Failures, Is.Empty);
        Assert.That(harness.Accepted + harness.Rejected, Is.EqualTo(NpyCases));
        Assert.That(harness.Accepted, Is.GreaterThan(0));
        Assert.That(harness.Rejected, Is.GreaterThan(NpyCases / 4));
    }

    // ---- JSON: structural edits on the document tree, hostile values, then sometimes byte-level damage ----

    private const string Placeholder = "@@HOSTILE@@";

    private static (string Text, string Description) MutateJson(Mutator m, string seed)
    {
        var root = JsonNode.Parse(seed)!;
        var steps = new List<string>();
        var hostile = new List<string>();
        int edits = m.Next(3);
        for (int e = 0; e < edits; e++)
        {
            var slots = Slots(root);
            var (parent, key, index) = m.Pick(slots);
            switch (m.Next(6))
            {
                case 0: // replace a value with a hostile one
                    string value = m.Pick(HostileValues.JsonValues);
                    hostile.Add(value);
                    Set(parent, key, index, JsonValue.Create(Placeholder + (hostile.Count - 1) + "@"));
                    steps.Add($"replace {key ?? index.ToString()} with {Mutator.Shorten(value)}");
                    break;
                case 1: // remove
                    if (parent is JsonObject o) o.Remove(key!);
                    else ((JsonArray)parent).RemoveAt(index);
                    steps.Add($"remove {key ?? index.ToString()}");
                    break;
                case 2: // duplicate an array element (wrong shapes)
                    if (parent is JsonArray a) { a.Insert(index, a[index]?.DeepClone()); steps.Add($"duplicate [{index}]"); }
                    break;
                case 3: // misspell a key
                    if (parent is JsonObject obj && key!.Length > 1)
                    {
                        var node = obj[key]?.DeepClone();
                        obj.Remove(key);
                        string typo = m.Chance(50) ? key[1..] : key.ToUpperInvariant();
                        obj[typo] = node;
                        steps.Add($"rename {key}→{typo}");
                    }
                    break;
                case 4: // nest deeper
                    int depth = 1 + m.Next(m.Chance(20) ? 300 : 4);
                    JsonNode? wrapped = Get(parent, key, index)?.DeepClone();
                    for (int d = 0; d < depth; d++) wrapped = new JsonArray(wrapped);
                    Set(parent, key, index, wrapped);
                    steps.Add($"nest {key ?? index.ToString()} {depth} deep");
                    break;
                default: // add an unknown or duplicate-looking key
                    if (parent is JsonObject target)
                    {
                        string name = m.Pick(new[] { "extra", "eta", "Eta", "theta ", "data", "" });
                        if (!target.ContainsKey(name)) { target[name] = 1; steps.Add($"add key '{name}'"); }
                    }
                    break;
            }
        }
        string text = root.ToJsonString();
        for (int h = 0; h < hostile.Count; h++) text = text.Replace($"\"{Placeholder}{h}@\"", hostile[h], StringComparison.Ordinal);
        if (edits == 0 || m.Chance(40))
        {
            var (bytes, byteSteps) = m.MutateBytes(Encoding.UTF8.GetBytes(text), HostileValues.JsonSnippets);
            text = Encoding.UTF8.GetString(bytes);
            steps.Add(byteSteps);
        }
        return (text, string.Join("; ", steps));
    }

    private static List<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode root)
    {
        var slots = new List<(JsonNode, string?, int)>();
        void Walk(JsonNode? node)
        {
            if (node is JsonObject o)
                foreach (var (k, v) in o.ToList()) { slots.Add((o, k, -1)); Walk(v); }
            else if (node is JsonArray a)
                for (int i = 0; i < a.Count; i++) { slots.Add((a, null, i)); Walk(a[i]); }
        }
        Walk(root);
        return slots;
    }

    private static JsonNode? Get(JsonNode parent, string? key, int index) =>
        parent is JsonObject o ? o[key!] : ((JsonArray)parent)[index];

    private static void Set(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (parent is JsonObject o) o[key!] = value;
        else ((JsonArray)parent)[index] = value;
    }

    // ---- CSV: cell and line edits, then sometimes byte-level damage ----

    private static (string Text, string Description) MutateCsv(Mutator m, string seed)
    {
        var lines = seed.Split('\n').ToList();
        var steps = new List<string>();
        int edits = m.Next(3);
        for (int e = 0; e < edits && lines.Count > 0; e++)
        {
            int line = m.Next(lines.Count);
            var cells = lines[line].Split(',').ToList();
            switch (m.Next(6))
            {
                case 0:
                    int c = m.Next(cells.Count);
                    string value = m.Pick(HostileValues.CsvCells);
                    cells[c] = value;
                    steps.Add($"cell {line}:{c} = {Mutator.Shorten(value)}");
                    break;
                case 1:
                    cells.RemoveAt(m.Next(cells.Count));
                    steps.Add($"drop a cell of line {line}");
                    break;
                case 2:
                    cells.Insert(m.Next(cells.Count + 1), m.Pick(new[] { "1", "0.5", "x" }));
                    steps.Add($"add a cell to line {line}");
                    break;
                case 3:
                    lines.RemoveAt(line);
                    steps.Add($"drop line {line}");
                    continue;
                case 4:
                    int copies = m.Chance(10) ? 200 : 1;
                    for (int k = 0; k < copies; k++) lines.Insert(line, lines[line]);
                    steps.Add($"repeat line {line} ×{copies}");
                    continue;
                default:
                    lines.Insert(line, m.Pick(new[] { "a,b,c", "# comment", "", "  ", "\"q\",\"r\",\"s\"" }));
                    steps.Add($"insert a line at {line}");
                    continue;
            }
            lines[line] = string.Join(',', cells);
        }
        string text = string.Join('\n', lines);
        if (edits == 0 || m.Chance(40))
        {
            var (bytes, byteSteps) = m.MutateBytes(Encoding.UTF8.GetBytes(text), HostileValues.CsvSnippets);
            text = Encoding.UTF8.GetString(bytes);
            steps.Add(byteSteps);
        }
        return (text, string.Join("; ", steps));
    }

    // ---- .npy: header rewrites (dtype, shape, order, length), poisoned values, then byte-level damage ----

    private static (byte[] Bytes, string Description) MutateNpy(Mutator m, byte[] seed)
    {
        var bytes = (byte[])seed.Clone();
        var steps = new List<string>();
        int dataStart = 10 + BitConverter.ToUInt16(bytes, 8);
        if (bytes[6] >= 2) dataStart = 12 + BitConverter.ToInt32(bytes, 8);
        switch (m.Next(5))
        {
            case 0: // a new header with hostile fields over the same data
                string descr = m.Chance(50) ? m.Pick(HostileValues.NpyDescrs) : "<f8";
                string shape = m.Chance(60) ? m.Pick(HostileValues.NpyShapes) : "(3, 2)";
                string order = m.Pick(new[] { "False", "True", "maybe", "0" });
                string dict = $"{{'descr': '{descr}', 'fortran_order': {order}, 'shape': {shape}, }}";
                bytes = [.. NpyFiles.Header(dict, 1 + m.Next(3)), .. bytes.AsSpan(dataStart).ToArray()];
                steps.Add($"header {Mutator.Shorten(dict)}");
                break;
            case 1: // poison a value with NaN or infinity
                if (bytes.Length >= dataStart + 8 && seed[dataStart - 1] == (byte)'\n')
                {
                    double poison = m.Pick(new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.Epsilon });
                    int slot = dataStart + 8 * m.Next((bytes.Length - dataStart) / 8);
                    BitConverter.GetBytes(poison).CopyTo(bytes, slot);
                    steps.Add($"value {poison} at {slot}");
                }
                break;
            case 2: // a wrong header length
                bytes[8] = (byte)m.Next(256);
                bytes[9] = (byte)m.Next(4);
                steps.Add("header length");
                break;
            case 3: // truncate or extend
                bytes = m.Chance(50) ? bytes[..m.Next(bytes.Length)] : [.. bytes, .. new byte[1 + m.Next(16)]];
                steps.Add($"length {bytes.Length}");
                break;
        }
        if (steps.Count == 0 || m.Chance(50))
        {
            var (damaged, byteSteps) = m.MutateBytes(bytes, HostileValues.NpySnippets);
            bytes = damaged;
            steps.Add(byteSteps);
        }
        return (bytes, string.Join("; ", steps));
    }
}

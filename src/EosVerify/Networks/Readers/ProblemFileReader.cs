using System.Text.Json;
using EosVerify.Algebra;

namespace EosVerify.Networks;

/// <summary>
/// Reads a problem file (DESIGN.md "Problem file"): architecture, loss, data as X/Y, moments or a generator,
/// optional θ, η and name. Numbers are read exactly from their JSON text (0.1 is 1/10; strings such as "1/3" are
/// accepted). Unknown keys are refused so that a misspelt key cannot pass silently. Every problem is an
/// <see cref="InputException"/> whose field is the JSON path (e.g. <c>data.X[1][2]</c>), or the file name for
/// problems with the file as a whole.
/// </summary>
internal static class ProblemFileReader
{
    private static readonly string[] TopKeys = ["architecture", "loss", "data", "theta", "eta", "name"];
    private static readonly string[] DataKeys = ["X", "Y", "moments", "generate"];
    private static readonly string[] MomentKeys = ["n", "Sxx", "Syx", "Syy"];
    private static readonly string[] GenerateKeys = ["samples", "seed", "noise"];

    public const int MaxNameLength = 200;

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        MaxDepth = InputLimits.MaxJsonDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    public static Problem Read(string path) => Parse(InputFile.ReadAllText(path), path);

    public static Problem Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrEmpty(sourceName)) sourceName = "problem";
        if (json.Length > InputLimits.MaxFileBytes)
            throw new InputException(sourceName, $"is {json.Length} characters; more than {InputLimits.MaxFileBytes} are not read");
        if (json.Trim().Length == 0) throw new InputException(sourceName, "is empty; expected a JSON object");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException e)
        {
            throw InvalidJson(e, json, sourceName);
        }
        using (document)
            return ReadProblem(document.RootElement);
    }

    private static Problem ReadProblem(JsonElement root)
    {
        var top = JsonFields.Object(root, "", TopKeys);
        if (!top.TryGetValue("architecture", out var architectureElement))
            throw new InputException("architecture", "is missing; expected e.g. \"2-3-1\" or [2, 3, 1]");
        var architecture = ReadArchitecture(architectureElement);
        var loss = top.TryGetValue("loss", out var lossElement)
            ? LossScaleExtensions.ParseLossScale(JsonFields.String(lossElement, "loss", 20))
            : LossScale.HalfMean;
        if (!top.TryGetValue("data", out var dataElement))
            throw new InputException("data", "is missing; expected {\"X\": …, \"Y\": …}, {\"moments\": …} or {\"generate\": …}");
        var moments = ReadData(dataElement, architecture);
        Rational[]? theta = null;
        if (top.TryGetValue("theta", out var thetaElement))
        {
            theta = JsonFields.Vector(thetaElement, "theta", architecture.ParameterCount);
            architecture.Layout.RequireLength(theta.Length);
        }
        Rational? eta = null;
        if (top.TryGetValue("eta", out var etaElement))
        {
            var value = JsonFields.Number(etaElement, "eta");
            if (value.Sign <= 0) throw new InputException("eta", $"is {value}; the step size must be positive");
            eta = value;
        }
        string? name = top.TryGetValue("name", out var nameElement) ? JsonFields.String(nameElement, "name", MaxNameLength) : null;
        return new Problem(architecture, moments, loss, theta, eta, name);
    }

    private static Architecture ReadArchitecture(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String) return Architecture.Parse(element.GetString());
        if (element.ValueKind != JsonValueKind.Array)
            throw new InputException("architecture", $"is {JsonFields.Describe(element)}; expected e.g. \"2-3-1\" or [2, 3, 1]");
        var widths = new List<int>();
        int i = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (i >= 1000) throw new InputException("architecture", "has more than 1000 widths");
            widths.Add(JsonFields.Integer(item, JsonFields.Item("architecture", i), 1, Architecture.MaxWidth));
            i++;
        }
        return new Architecture(widths);
    }

    private static Moments ReadData(JsonElement element, Architecture architecture)
    {
        var data = JsonFields.Object(element, "data", DataKeys);
        bool hasX = data.ContainsKey("X"), hasY = data.ContainsKey("Y");
        int forms = (hasX || hasY ? 1 : 0) + (data.ContainsKey("moments") ? 1 : 0) + (data.ContainsKey("generate") ? 1 : 0);
        if (forms != 1)
            throw new InputException("data", forms == 0
                ? "is empty; expected X and Y, moments, or generate"
                : "mixes forms; give exactly one of: X and Y, moments, generate");
        if (hasX || hasY)
        {
            if (!hasX) throw new InputException("data.X", "is missing; data.Y needs data.X (d0 rows × n sample columns)");
            if (!hasY) throw new InputException("data.Y", "is missing; data.X needs data.Y (dL rows × n sample columns)");
            return ReadSamples(data["X"], data["Y"], architecture);
        }
        if (data.TryGetValue("moments", out var momentsElement)) return ReadMoments(momentsElement, architecture);
        return ReadGenerate(data["generate"], architecture);
    }

    private static Moments ReadSamples(JsonElement xElement, JsonElement yElement, Architecture architecture)
    {
        var x = JsonFields.Matrix(xElement, "data.X");
        DataMagnitude.RequireAll(x, "data.X");
        if (x.RowCount != architecture.InputDimension)
            throw new InputException("data.X", $"has {x.RowCount} rows; architecture {architecture} has d0 = {architecture.InputDimension} (rows are input coordinates, columns are samples)");
        var y = JsonFields.Matrix(yElement, "data.Y");
        DataMagnitude.RequireAll(y, "data.Y");
        if (y.RowCount != architecture.OutputDimension)
            throw new InputException("data.Y", $"has {y.RowCount} rows; architecture {architecture} has dL = {architecture.OutputDimension} (rows are output coordinates, columns are samples)");
        if (y.ColumnCount != x.ColumnCount)
            throw new InputException("data.Y", $"has {y.ColumnCount} columns (samples); data.X has {x.ColumnCount}");
        InputLimits.RequireMomentWork("data", x.ColumnCount, x.RowCount, y.RowCount);
        return Moments.FromData(x, y);
    }

    private static Moments ReadMoments(JsonElement element, Architecture architecture)
    {
        var fields = JsonFields.Object(element, "data.moments", MomentKeys);
        foreach (var key in MomentKeys)
            if (!fields.ContainsKey(key)) throw new InputException("data.moments." + key, "is missing; moments need n, Sxx, Syx and Syy");
        int n = JsonFields.Integer(fields["n"], "data.moments.n", 1, int.MaxValue);
        int d0 = architecture.InputDimension, dL = architecture.OutputDimension;
        var sxx = ReadSizedMatrix(fields["Sxx"], "data.moments.Sxx", d0, d0, architecture, "d0 × d0");
        var syx = ReadSizedMatrix(fields["Syx"], "data.moments.Syx", dL, d0, architecture, "dL × d0");
        var syy = ReadSizedMatrix(fields["Syy"], "data.moments.Syy", dL, dL, architecture, "dL × dL");
        Moments moments;
        try
        {
            moments = new Moments(n, sxx, syx, syy);
        }
        catch (InputException e) when (e.Field.StartsWith("moments.", StringComparison.Ordinal))
        {
            throw new InputException("data." + e.Field, e.Problem);
        }
        if (!MomentConsistency.IsConsistent(moments, out var problem)) throw new InputException("data.moments", problem);
        return moments;
    }

    private static RationalMatrix ReadSizedMatrix(JsonElement element, string path, int rows, int columns, Architecture architecture, string shape)
    {
        if ((long)rows * columns > InputLimits.MaxMatrixEntries)
            throw new InputException(path, $"would be {rows}×{columns}; more than {InputLimits.MaxMatrixEntries} entries are not read");
        if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() != rows)
            throw new InputException(path, $"has {element.GetArrayLength()} rows; architecture {architecture} needs {shape} = {rows}×{columns}");
        var matrix = JsonFields.Matrix(element, path);
        if (matrix.ColumnCount != columns)
            throw new InputException(path, $"has {matrix.ColumnCount} columns; architecture {architecture} needs {shape} = {rows}×{columns}");
        return matrix;
    }

    private static Moments ReadGenerate(JsonElement element, Architecture architecture)
    {
        var fields = JsonFields.Object(element, "data.generate", GenerateKeys);
        int samples = fields.TryGetValue("samples", out var s)
            ? JsonFields.Integer(s, "data.generate.samples", 1, GeneratedDataDefaults.MaxSamples)
            : GeneratedDataDefaults.Samples;
        ulong seed = fields.TryGetValue("seed", out var seedElement)
            ? JsonFields.UnsignedLong(seedElement, "data.generate.seed")
            : GeneratedDataDefaults.Seed;
        var noise = fields.TryGetValue("noise", out var noiseElement)
            ? JsonFields.Number(noiseElement, "data.generate.noise")
            : GeneratedDataDefaults.Noise;
        return GeneratedDataDefaults.Generate(architecture, samples, seed, noise, "data.generate.samples", "data.generate.noise");
    }

    private static InputException InvalidJson(JsonException e, string json, string sourceName)
    {
        long line = (e.LineNumber ?? 0) + 1, position = (e.BytePositionInLine ?? 0) + 1;
        string reason = InputFile.OneLine(e.Message);
        int cut = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0) cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) reason = reason[..cut];
        if (MentionsNonFinite(json, e.LineNumber)) reason += " (NaN and Infinity are not JSON numbers, and not data)";
        return new InputException(sourceName, $"is not valid JSON at line {line}, byte {position}: {reason}");
    }

    private static bool MentionsNonFinite(string json, long? lineNumber)
    {
        if (lineNumber is not { } ln) return false;
        var lines = json.Split('\n');
        if (ln < 0 || ln >= lines.Length) return false;
        string line = lines[ln];
        return line.Contains("NaN", StringComparison.Ordinal) || line.Contains("Infinity", StringComparison.Ordinal);
    }
}

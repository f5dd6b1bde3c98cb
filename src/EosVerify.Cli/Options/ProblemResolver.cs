using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify.Cli;

/// <summary>
/// Turns the problem options into a <see cref="Problem"/>:
/// <list type="bullet">
/// <item>--problem FILE: the problem file; --eta, --theta and --loss override its values; --arch, --data, --data-y,
/// --inputs, --samples and --noise conflict with it.</item>
/// <item>--arch with --data FILE: .csv (one sample a row; the first --inputs columns, default d0, are x, the rest y)
/// or .npy (X of shape (n, d0) and, with --data-y, Y of shape (n, dL)).</item>
/// <item>--arch alone: data generated from --samples, --seed, --noise (defaults in <see cref="GeneratedDataDefaults"/>).</item>
/// <item>nothing: null when the command allows it (check: the default suite), else an error.</item>
/// </list>
/// --seed never conflicts: it also seeds the command's own random choices.
/// </summary>
internal static class ProblemResolver
{
    public static Problem? Resolve(ProblemRequest request, bool allowNone)
    {
        ArgumentNullException.ThrowIfNull(request);
        var eta = request.Eta is null ? (Rational?)null : OptionValues.Positive(request.Eta, "--eta");
        var theta = request.Theta is null ? null : OptionValues.NumberList(request.Theta, "--theta");
        var loss = request.Loss is null ? (LossScale?)null : Renamed(() => LossScaleExtensions.ParseLossScale(request.Loss));
        var noise = request.Noise is null ? (Rational?)null : OptionValues.NonNegative(request.Noise, "--noise");
        if (request.DataYFile is not null && request.DataFile is null)
            throw new InputException("--data-y", "needs --data (the X file of a .npy pair)");
        if (request.Inputs is not null && request.DataFile is null && request.ProblemFile is null)
            throw new InputException("--inputs", "needs --data FILE.csv (it counts the input columns of a CSV file)");

        if (request.ProblemFile is not null)
        {
            RequireAbsentWithProblemFile(request);
            var fromFile = ReadProblemFile(request.ProblemFile);
            return Renamed(() => new Problem(fromFile.Architecture, fromFile.Moments, loss ?? fromFile.LossScale,
                theta ?? fromFile.Theta, eta ?? fromFile.Eta, fromFile.Name));
        }

        if (request.Architecture is null)
        {
            string? given = FirstGiven(request);
            if (given is not null) throw new InputException("--arch", $"is required with {given}; give --arch d0-d1-...-dL, or --problem FILE");
            if (allowNone) return null;
            throw new InputException("--arch", "is required: give --arch d0-d1-...-dL (with --data FILE, or generated data), or --problem FILE");
        }

        var architecture = Renamed(() => Architecture.Parse(request.Architecture));
        var moments = request.DataFile is not null
            ? ReadDataFile(request, architecture)
            : Renamed(() => GeneratedDataDefaults.Generate(architecture,
                request.Samples ?? GeneratedDataDefaults.Samples,
                request.Seed ?? GeneratedDataDefaults.Seed,
                noise ?? GeneratedDataDefaults.Noise, "--samples", "--noise"));
        return Renamed(() => new Problem(architecture, moments, loss ?? LossScale.HalfMean, theta, eta));
    }

    private static Problem ReadProblemFile(string path)
    {
        try
        {
            return ProblemFileReader.Read(path);
        }
        catch (InputException e) when (e.Field != path)
        {
            throw new InputException($"{path}: {e.Field}", e.Problem); // the JSON path inside the file
        }
    }

    private static void RequireAbsentWithProblemFile(ProblemRequest r)
    {
        (string Option, bool Given)[] conflicts =
        [
            ("--arch", r.Architecture is not null), ("--data", r.DataFile is not null), ("--data-y", r.DataYFile is not null),
            ("--inputs", r.Inputs is not null), ("--samples", r.Samples is not null), ("--noise", r.Noise is not null),
        ];
        foreach (var (option, given) in conflicts)
            if (given) throw new InputException(option, "cannot be combined with --problem (the problem file fixes the architecture and data)");
    }

    private static string? FirstGiven(ProblemRequest r)
    {
        if (r.DataFile is not null) return "--data";
        if (r.Inputs is not null) return "--inputs";
        if (r.Samples is not null) return "--samples";
        if (r.Noise is not null) return "--noise";
        if (r.Eta is not null) return "--eta";
        if (r.Theta is not null) return "--theta";
        if (r.Loss is not null) return "--loss";
        return null;
    }

    private static Moments ReadDataFile(ProblemRequest request, Architecture architecture)
    {
        string path = request.DataFile!;
        if (request.Samples is not null) throw new InputException("--samples", "cannot be combined with --data (the file fixes the samples)");
        if (request.Noise is not null) throw new InputException("--noise", "cannot be combined with --data (noise applies to generated data)");
        string extension = Path.GetExtension(path).ToLowerInvariant();
        (RationalMatrix X, RationalMatrix Y) data;
        if (extension == ".csv")
        {
            if (request.DataYFile is not null) throw new InputException("--data-y", "applies to .npy data only; a CSV file holds x and y columns together");
            int inputs = request.Inputs ?? architecture.InputDimension;
            if (inputs != architecture.InputDimension)
                throw new InputException("--inputs", $"is {inputs}; architecture {architecture} has d0 = {architecture.InputDimension}");
            data = Renamed(() => CsvDataReader.Read(path, inputs));
        }
        else if (extension == ".npy")
        {
            if (request.Inputs is not null) throw new InputException("--inputs", "applies to CSV data only; .npy data come as two files, --data (X) and --data-y (Y)");
            if (request.DataYFile is null) throw new InputException("--data-y", $"is required with the .npy file {path}: give the outputs Y as a second .npy file of shape (n, dL)");
            data = NpyReader.ReadData(path, request.DataYFile);
        }
        else
            throw new InputException("--data", $"'{path}' has an unknown type; expected a .csv or .npy file");

        if (data.X.RowCount != architecture.InputDimension)
            throw new InputException(path, $"has {data.X.RowCount} input coordinates; architecture {architecture} has d0 = {architecture.InputDimension}");
        if (data.Y.RowCount != architecture.OutputDimension)
            throw new InputException(request.DataYFile ?? path, $"has {data.Y.RowCount} output coordinates; architecture {architecture} has dL = {architecture.OutputDimension}");
        return Moments.FromData(data.X, data.Y);
    }

    /// <summary>Library errors name fields as in problem files ("eta"); on the command line they name the option.</summary>
    private static T Renamed<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (InputException e) when (OptionFor(e.Field) is { } option)
        {
            throw new InputException(option, e.Problem);
        }
    }

    private static string? OptionFor(string field) => field switch
    {
        "architecture" => "--arch",
        "theta" => "--theta",
        "eta" => "--eta",
        "loss" => "--loss",
        "samples" => "--samples",
        "noise" => "--noise",
        "inputs" => "--inputs",
        "data" => "--data",
        _ => null,
    };
}

using EosVerify.Algebra;
using EosVerify.Networks;

namespace EosVerify;

/// <summary>
/// Builds a <see cref="Problem"/>: an architecture, then exactly one data source (arrays, moments, generated data,
/// .npy or CSV files), then optionally a step size η, a point θ, the loss scale and a name. Numbers become exact
/// rationals (a double is the dyadic rational it stores; strings such as "0.1" or "1/3" are read exactly). Bad input
/// throws an <see cref="InputException"/> naming what is wrong, when the method that received it is called.
/// </summary>
/// <example>
/// <code>
/// var problem = ProblemBuilder.ForArchitecture(2, 2, 1)
///     .WithData(new double[,] { { 1, 0 }, { 0, 1 }, { 1, 1 } }, new double[,] { { 1 }, { 2 }, { 3 } })
///     .WithEta("0.1")
///     .Build();
/// </code>
/// </example>
public sealed class ProblemBuilder
{
    private readonly Architecture _architecture;
    private Moments? _moments;
    private string? _dataSource;
    private LossScale _loss = LossScale.HalfMean;
    private Rational? _eta;
    private IReadOnlyList<Rational>? _theta;
    private string? _name;

    private ProblemBuilder(Architecture architecture) => _architecture = architecture;

    /// <summary>Starts a problem for the layer widths d0, d1, …, dL (at least two).</summary>
    /// <exception cref="InputException">Fewer than two widths, or a width outside 1 to 100 000.</exception>
    public static ProblemBuilder ForArchitecture(params int[] widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        return new ProblemBuilder(new Architecture(widths));
    }

    /// <summary>Starts a problem for an architecture written "d0-d1-…-dL", e.g. "2-3-1".</summary>
    /// <exception cref="InputException">The text is not of that form.</exception>
    public static ProblemBuilder ForArchitecture(string architecture) => new(Architecture.Parse(architecture));

    /// <summary>Reads a whole problem file (JSON, as <c>eosverify check --problem</c> reads it).</summary>
    /// <exception cref="InputException">The file is missing, unreadable or invalid; the message names the field.</exception>
    public static Problem ReadProblemFile(string path) => ProblemFileReader.Read(path);

    /// <summary>
    /// Data as arrays, one sample a row (as NumPy stores them): <paramref name="x"/> is n × d0 and
    /// <paramref name="y"/> is n × dL.
    /// </summary>
    /// <exception cref="InputException">A NaN, infinite or oversized value, a shape that does not fit the architecture, or no samples.</exception>
    public ProblemBuilder WithData(double[,] x, double[,] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var data = NpyReader.ToData(ToNpy("x", x), "x", ToNpy("y", y), "y");
        return SetData(data.X, data.Y, "x", "y", "arrays");
    }

    /// <summary>Data of a network with one input and one output: sample s is (x[s], y[s]).</summary>
    /// <exception cref="InputException">A NaN, infinite or oversized value, arrays of different lengths, or no samples.</exception>
    public ProblemBuilder WithData(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var data = NpyReader.ToData(ToNpy("x", [x.Length], x), "x", ToNpy("y", [y.Length], y), "y");
        return SetData(data.X, data.Y, "x", "y", "arrays");
    }

    /// <summary>Exact data in MATH.md's orientation: <paramref name="x"/> is d0 × n and <paramref name="y"/> is dL × n (columns are samples).</summary>
    /// <exception cref="InputException">A shape that does not fit the architecture, or no samples.</exception>
    public ProblemBuilder WithData(RationalMatrix x, RationalMatrix y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        DataMagnitude.RequireAll(x, "x");
        DataMagnitude.RequireAll(y, "y");
        return SetData(x, y, "x", "y", "matrices");
    }

    /// <summary>
    /// The data's second moments Sxx = XXᵀ/n (d0 × d0), Syx = YXᵀ/n (dL × d0), Syy = YYᵀ/n (dL × dL) of
    /// <paramref name="sampleCount"/> samples. They must be the moments of some data set (jointly positive semidefinite).
    /// </summary>
    /// <exception cref="InputException">Wrong shapes, non-symmetric Sxx or Syy, or moments no data set has.</exception>
    public ProblemBuilder WithMoments(int sampleCount, RationalMatrix sxx, RationalMatrix syx, RationalMatrix syy)
    {
        ArgumentNullException.ThrowIfNull(sxx);
        ArgumentNullException.ThrowIfNull(syx);
        ArgumentNullException.ThrowIfNull(syy);
        var moments = new Moments(sampleCount, sxx, syx, syy);
        if (!MomentConsistency.IsConsistent(moments, out var problem)) throw new InputException("moments", problem);
        return SetMoments(moments, "moments");
    }

    /// <summary>As <see cref="WithMoments(int, RationalMatrix, RationalMatrix, RationalMatrix)"/>, from doubles (each read as the exact value it stores).</summary>
    /// <exception cref="InputException">A NaN or infinite entry, wrong shapes, or moments no data set has.</exception>
    public ProblemBuilder WithMoments(int sampleCount, double[,] sxx, double[,] syx, double[,] syy) =>
        WithMoments(sampleCount, Exact("moments.Sxx", sxx), Exact("moments.Syx", syx), Exact("moments.Syy", syy));

    /// <summary>
    /// Seeded synthetic data, as <c>eosverify check --samples --seed --noise</c> makes them: X standard normal,
    /// Y a random linear teacher of X plus <paramref name="noise"/> times standard normal noise, on a 1/1000 grid.
    /// </summary>
    /// <exception cref="InputException">Samples outside 1 to 1 000 000, or a negative or non-finite noise.</exception>
    public ProblemBuilder WithGeneratedData(int samples = GeneratedDataDefaults.Samples, ulong seed = GeneratedDataDefaults.Seed, double noise = 0.1)
    {
        if (!double.IsFinite(noise)) throw new InputException("noise", $"is {noise}; expected a finite number ≥ 0");
        return SetMoments(GeneratedDataDefaults.Generate(_architecture, samples, seed, Rational.FromDouble(noise)), "generated data");
    }

    /// <summary>Data from two NumPy .npy files: X of shape (n, d0) and Y of shape (n, dL), or 1-D for one coordinate.</summary>
    /// <exception cref="InputException">A missing or malformed file, an unsupported dtype, or shapes that do not fit; the message names the file.</exception>
    public ProblemBuilder FromNpy(string xPath, string yPath)
    {
        ArgumentNullException.ThrowIfNull(xPath);
        ArgumentNullException.ThrowIfNull(yPath);
        var data = NpyReader.ReadData(xPath, yPath);
        return SetData(data.X, data.Y, xPath, yPath, "npy");
    }

    /// <summary>
    /// Data from a CSV file, one sample a row: the first d0 columns are x, the other dL are y. A header row is
    /// optional; numbers are read as exact decimals.
    /// </summary>
    /// <exception cref="InputException">A missing file, a cell that is not a number, or a column count that does not fit; the message names file:line:column.</exception>
    public ProblemBuilder FromCsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var data = CsvDataReader.Read(path, _architecture.InputDimension);
        return SetData(data.X, data.Y, path, path, "csv");
    }

    /// <summary>The step size η (exact decimal or fraction text, e.g. "0.1" or "1/8"); T1 uses it, T3 and T4 choose one without it.</summary>
    /// <exception cref="InputException">Not a number, or not positive.</exception>
    public ProblemBuilder WithEta(string eta) => WithEta(ExactNumber.Parse(eta, "eta"));

    /// <summary>The step size η, exactly.</summary>
    /// <exception cref="InputException">Not positive.</exception>
    public ProblemBuilder WithEta(Rational eta)
    {
        if (eta.Sign <= 0) throw new InputException("eta", $"is {eta}; the step size must be positive");
        _eta = eta;
        return this;
    }

    /// <summary>A point θ (the weights W_1, …, W_L flattened row-major, layer after layer; P numbers).</summary>
    /// <exception cref="InputException">Not P numbers, or a NaN or infinite one.</exception>
    public ProblemBuilder WithTheta(params double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var exact = new Rational[theta.Length];
        for (int i = 0; i < theta.Length; i++)
        {
            if (!double.IsFinite(theta[i])) throw new InputException($"theta[{i}]", $"is {theta[i]}; expected a finite number");
            exact[i] = Rational.FromDouble(theta[i]);
        }
        _architecture.Layout.RequireLength(exact.Length);
        _theta = exact;
        return this;
    }

    /// <summary>The loss scale: half-mean (the default) or mean, which doubles L, ∇L and H.</summary>
    public ProblemBuilder WithLoss(LossScale loss)
    {
        if (!Enum.IsDefined(loss)) throw new InputException("loss", $"{loss} is not a loss scale");
        _loss = loss;
        return this;
    }

    /// <summary>A short label for reports and certificate file names.</summary>
    public ProblemBuilder WithName(string name)
    {
        _name = string.IsNullOrWhiteSpace(name) ? throw new InputException("name", "is empty") : name;
        return this;
    }

    /// <summary>The problem.</summary>
    /// <exception cref="InputException">No data source was given.</exception>
    public Problem Build()
    {
        if (_moments is null)
            throw new InputException("data", $"is missing for architecture {_architecture}: call WithData, WithMoments, WithGeneratedData, FromNpy or FromCsv before Build");
        return new Problem(_architecture, _moments, _loss, _theta, _eta, _name);
    }

    private ProblemBuilder SetData(RationalMatrix x, RationalMatrix y, string xName, string yName, string source)
    {
        if (x.RowCount != _architecture.InputDimension)
            throw new InputException(xName, $"has {x.RowCount} input coordinates; architecture {_architecture} has d0 = {_architecture.InputDimension}");
        if (y.RowCount != _architecture.OutputDimension)
            throw new InputException(yName, $"has {y.RowCount} output coordinates; architecture {_architecture} has dL = {_architecture.OutputDimension}");
        InputLimits.RequireMomentWork(xName, x.ColumnCount, x.RowCount, y.RowCount);
        return SetMoments(Moments.FromData(x, y), source);
    }

    private ProblemBuilder SetMoments(Moments moments, string source)
    {
        if (_dataSource is not null)
            throw new InputException("data", $"is given twice ({_dataSource}, then {source}); give exactly one data source");
        if (moments.InputDimension != _architecture.InputDimension || moments.OutputDimension != _architecture.OutputDimension)
            throw new InputException("moments", $"are of d0 = {moments.InputDimension}, dL = {moments.OutputDimension}; architecture {_architecture} has d0 = {_architecture.InputDimension}, dL = {_architecture.OutputDimension}");
        _moments = moments;
        _dataSource = source;
        return this;
    }

    private static NpyArray ToNpy(string name, double[,] values) =>
        ToNpy(name, [values.GetLength(0), values.GetLength(1)], values.Cast<double>().ToArray());

    private static NpyArray ToNpy(string name, int[] shape, IReadOnlyList<double> values)
    {
        if (values.Count == 0) throw new InputException(name, "has no samples");
        var exact = new Rational[values.Count];
        for (int k = 0; k < exact.Length; k++)
        {
            if (!double.IsFinite(values[k]))
                throw new InputException(name, $"holds {values[k]} at {Position(k, shape)}; data must be finite");
            exact[k] = Rational.FromDouble(values[k]);
        }
        return new NpyArray(shape, exact, "<f8");
    }

    private static RationalMatrix Exact(string name, double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        var array = ToNpy(name, values);
        return RationalMatrix.Create(values.GetLength(0), values.GetLength(1), (i, j) => array[i, j]);
    }

    private static string Position(int index, int[] shape) =>
        shape.Length == 1 ? $"index {index}" : $"row {index / shape[1]}, column {index % shape[1]} (0-based)";
}

using System.CommandLine;
using EosVerify.Networks;

namespace EosVerify.Cli;

/// <summary>
/// The options that describe a problem; spelled and resolved the same in every command. A command that ignores the
/// step size or the point (derive, sweep; check ignores θ) leaves --eta or --theta out, so its --help lists only
/// what it uses.
/// </summary>
internal sealed class ProblemOptionGroup(bool eta = true, bool theta = true)
{
    public Option<string?> Problem { get; } = new("--problem") { Description = "Problem file (JSON): architecture, loss, data, optional theta and eta.", HelpName = "FILE" };
    public Option<string?> Architecture { get; } = new("--arch") { Description = "Layer widths d0-d1-...-dL, e.g. 2-3-1.", HelpName = "WIDTHS" };
    public Option<string?> Data { get; } = new("--data") { Description = "Data file: .csv (one sample a row: d0 input columns, then dL output columns) or .npy (X of shape (n, d0)).", HelpName = "FILE" };
    public Option<string?> DataY { get; } = new("--data-y") { Description = "With a .npy --data: the outputs Y, shape (n, dL).", HelpName = "FILE" };

    public Option<int?> Inputs { get; } = WholeNumberOptions.OptionalInt("--inputs",
        "With a .csv --data: how many leading columns are inputs; must equal d0 (default d0).", "D0", 1, Networks.Architecture.MaxWidth);

    public Option<int?> Samples { get; } = WholeNumberOptions.OptionalInt("--samples",
        $"Generated data: number of samples (default {GeneratedDataDefaults.Samples}).", "N", 1, GeneratedDataDefaults.MaxSamples);

    public Option<ulong?> Seed { get; } = WholeNumberOptions.OptionalSeed("--seed",
        $"Random seed for generated data and random choices (default {GeneratedDataDefaults.Seed}).", "SEED");

    public Option<string?> Noise { get; } = new("--noise") { Description = $"Generated data: output noise level (default {GeneratedDataDefaults.NoiseText}).", HelpName = "SIGMA" };
    public Option<string?> Eta { get; } = new("--eta") { Description = "Step size η > 0, exact (0.1 means 1/10; 1/3 accepted).", HelpName = "ETA" };
    public Option<string?> Loss { get; } = new("--loss") { Description = "Loss scale: half-mean (default, (1/2n)‖WX−Y‖²) or mean ((1/n)‖WX−Y‖²).", HelpName = "half-mean|mean" };
    public Option<string?> Theta { get; } = new("--theta") { Description = "Point θ as comma-separated exact numbers, length P (W_1..W_L row-major).", HelpName = "\"a,b,c\"" };

    private readonly bool _eta = eta;
    private readonly bool _theta = theta;

    public void AddTo(Command command)
    {
        Loss.AcceptOnlyFromAmong("half-mean", "mean");
        foreach (var option in new Option[] { Problem, Architecture, Data, DataY, Inputs, Samples, Seed, Noise })
            command.Options.Add(option);
        if (_eta) command.Options.Add(Eta);
        command.Options.Add(Loss);
        if (_theta) command.Options.Add(Theta);
    }

    public ProblemRequest Read(ParseResult result) => new(
        ProblemFile: result.GetValue(Problem),
        Architecture: result.GetValue(Architecture),
        DataFile: result.GetValue(Data),
        DataYFile: result.GetValue(DataY),
        Inputs: result.GetValue(Inputs),
        Samples: result.GetValue(Samples),
        Seed: result.GetValue(Seed),
        Noise: result.GetValue(Noise),
        Eta: _eta ? result.GetValue(Eta) : null,
        Loss: result.GetValue(Loss),
        Theta: _theta ? result.GetValue(Theta) : null);
}

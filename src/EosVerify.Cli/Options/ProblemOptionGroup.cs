using System.CommandLine;

namespace EosVerify.Cli;

/// <summary>The options that describe a problem; spelled and resolved the same in every command.</summary>
public sealed class ProblemOptionGroup
{
    public Option<string?> Problem { get; } = new("--problem") { Description = "Problem file (JSON): architecture, loss, data, optional theta and eta.", HelpName = "FILE" };
    public Option<string?> Architecture { get; } = new("--arch") { Description = "Layer widths d0-d1-...-dL, e.g. 2-3-1.", HelpName = "WIDTHS" };
    public Option<string?> Data { get; } = new("--data") { Description = "Data file: .csv (one sample a row: d0 input columns, then dL output columns) or .npy (X of shape (n, d0)).", HelpName = "FILE" };
    public Option<string?> DataY { get; } = new("--data-y") { Description = "With a .npy --data: the outputs Y, shape (n, dL).", HelpName = "FILE" };
    public Option<int?> Inputs { get; } = new("--inputs") { Description = "With a .csv --data: how many leading columns are inputs (default d0).", HelpName = "D0" };
    public Option<int?> Samples { get; } = new("--samples") { Description = $"Generated data: number of samples (default {Networks.GeneratedDataDefaults.Samples}).", HelpName = "N" };
    public Option<ulong?> Seed { get; } = new("--seed") { Description = $"Random seed for generated data and random choices (default {Networks.GeneratedDataDefaults.Seed}).", HelpName = "SEED" };
    public Option<string?> Noise { get; } = new("--noise") { Description = $"Generated data: output noise level (default {Networks.GeneratedDataDefaults.NoiseText}).", HelpName = "SIGMA" };
    public Option<string?> Eta { get; } = new("--eta") { Description = "Step size η > 0, exact (0.1 means 1/10; 1/3 accepted).", HelpName = "ETA" };
    public Option<string?> Loss { get; } = new("--loss") { Description = "Loss scale: half-mean (default, (1/2n)‖WX−Y‖²) or mean ((1/n)‖WX−Y‖²).", HelpName = "half-mean|mean" };
    public Option<string?> Theta { get; } = new("--theta") { Description = "Point θ as comma-separated exact numbers, length P (W_1..W_L row-major).", HelpName = "\"a,b,c\"" };

    public ProblemOptionGroup()
    {
        Loss.AcceptOnlyFromAmong("half-mean", "mean");
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Problem, Architecture, Data, DataY, Inputs, Samples, Seed, Noise, Eta, Loss, Theta })
            command.Options.Add(option);
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
        Eta: result.GetValue(Eta),
        Loss: result.GetValue(Loss),
        Theta: result.GetValue(Theta));
}

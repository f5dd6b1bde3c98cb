using System.Globalization;
using EosVerify.Experiments;
using EosVerify.Networks;
using EosVerify.Numerics;
using EosVerify.Reports;
using LibrarySweepOptions = EosVerify.Experiments.SweepOptions;

namespace EosVerify.Cli;

/// <summary>
/// <c>eosverify sweep</c>: η* = 2/S_min (exact where <see cref="ExactCriticalEta"/> knows it, else
/// <see cref="MinSharpness"/> with restarts seeded by --seed), then <see cref="StepSizeSweep"/> over every (η, run).
/// Without --shard it writes the report (<see cref="SweepReport"/>); with --shard K/N it runs part K and writes
/// DIR/shard-K-of-N.json for <c>sweep merge</c>, which gives the same report byte for byte.
/// </summary>
internal static class SweepHandler
{
    public static ExitCode Run(SweepOptions options, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(terminal);
        var problem = options.Problem;
        var ratios = new double[options.Ratios.Count];
        for (int i = 0; i < ratios.Length; i++)
        {
            ratios[i] = options.Ratios[i].ToDouble();
            if (!double.IsNormal(ratios[i]) || ratios[i] > 1e300)
                throw new InputException($"--ratios[{i}]", $"is {options.Ratios[i]}; expected a ratio between 1e-300 and 1e300");
        }
        if (options.Shard is not null && options.Output.Folder is null)
            throw new InputException("--shard", "writes a shard file: give --out DIR (the same folder for every shard is fine)");

        var numeric = new NumericProblem(problem, MatrixKernels.Resolve(options.Kernels, "--kernels"));
        var (etaStar, etaStarExact, minSharpnessExact, flattest) = SweepCriticalEta.FindWithPoint(problem, numeric, options.Seed, terminal, "sweep");
        if (problem.Eta is not null || problem.Theta is not null)
            terminal.Warning("sweep ignores the problem's η and θ: its step sizes are --ratios × η* and its starts are random (--seed, --scale)");

        var sweepOptions = new LibrarySweepOptions
        {
            Ratios = ratios,
            Runs = options.Runs,
            Steps = options.Steps,
            InitScale = options.Scale,
            Seed = options.Seed,
            Tolerance = options.Tolerance,
            CriticalEta = etaStar,
            EtaStarBracket = options.EtaStarBracket ?? SweepCriticalEta.CertifiedBracket(problem, flattest),
        };
        var shardSpec = options.Shard ?? ShardSpec.Whole;
        var shard = terminal.WithProgress($"sweep, {options.Runs} runs per step size{(options.Shard is { } s ? $", shard {s}" : "")}",
            progress => StepSizeSweep.RunShard(numeric, sweepOptions, shardSpec, progress));
        var file = SweepShardFile.Create(shard, sweepOptions, problem, etaStarExact, minSharpnessExact, numeric.Kernels.Name);
        if (options.Shard is { } part)
        {
            string name = ShardFileName(part);
            options.Output.Folder!.WriteAllText(name, file.ToJson());
            terminal.Result($"wrote {Path.Combine(options.Output.Folder.DisplayPath, name)} ({shard.Records.Count} of {shard.TotalRuns} runs); combine all {part.Count} with eosverify sweep merge");
            return ExitCode.Success;
        }
        // Through the file's text, exactly as `sweep merge` reads shards: the two reports cannot differ.
        var whole = SweepShardFile.Parse(file.ToJson(), "the sweep");
        return SweepReport.Write(SweepShardFile.Merge([whole], ["the sweep"]), whole.Architecture, options.Output, terminal);
    }

    public static string ShardFileName(ShardSpec shard) =>
        string.Create(CultureInfo.InvariantCulture, $"shard-{shard.Index}-of-{shard.Count}.json");
}

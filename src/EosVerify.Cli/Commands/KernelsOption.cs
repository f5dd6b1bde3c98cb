using System.CommandLine;
using EosVerify.Numerics;

namespace EosVerify.Cli.Commands;

/// <summary><c>--kernels managed|openblas|auto</c> for the numeric commands (sweep, sweep saddle, simulate).</summary>
internal static class KernelsOption
{
    public static Option<string> Create() => new("--kernels")
    {
        Description = "Dense kernels: managed, openblas (Debian libopenblas0, one thread) or auto (OpenBLAS for large products where it loads).",
        HelpName = "managed|openblas|auto",
        DefaultValueFactory = _ => "auto",
    };

    /// <summary>The choice, checked now: openblas where it does not load is an input error naming --kernels.</summary>
    public static KernelChoice Read(ParseResult result, Option<string> option)
    {
        var choice = MatrixKernels.Parse(result.GetValue(option) ?? "auto");
        MatrixKernels.Resolve(choice, "--kernels");
        return choice;
    }
}

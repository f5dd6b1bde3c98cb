using System.Globalization;
using System.Text.Json;
using EosVerify.Numerics;

namespace EosVerify.Benchmarks;

/// <summary>
/// The problems the .NET benchmarks and the Python twin (bench/python/twin.py) share, as .npy files in one folder:
/// for each case NAME, NAME-sxx.npy (d0×d0), NAME-syx.npy (dL×d0), NAME-theta.npy (P), and twin.json with the widths,
/// tr Syy and the .NET values of the loss, ‖∇L‖ and sharpness for the twin to check its own against.
/// </summary>
internal static class TwinData
{
    public const string DirectoryVariable = "EOSVERIFY_TWIN_DIR";

    public static readonly (string Name, int Width, int Depth)[] Cases = [("gd-w256-d8", 256, 8), ("sharp-w100-d10", 100, 10)];

    public static string Folder => Environment.GetEnvironmentVariable(DirectoryVariable)
        ?? throw new InvalidOperationException($"set {DirectoryVariable} to the folder written by 'dotnet run -c Release -- twin-data DIR'");

    /// <summary>The case's problem with the given kernels and its θ, read back from the .npy files.</summary>
    public static (NumericProblem Problem, double[] Theta) Load(string name, IMatrixKernels kernels)
    {
        var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "twin.json"))).RootElement.GetProperty(name);
        var widths = meta.GetProperty("widths").EnumerateArray().Select(w => w.GetInt32()).ToArray();
        var arch = new Networks.Architecture(widths);
        int d0 = widths[0], dL = widths[^1];
        var sxx = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfRowMajor(d0, d0, ReadNpy(Path.Combine(Folder, name + "-sxx.npy")));
        var syx = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfRowMajor(dL, d0, ReadNpy(Path.Combine(Folder, name + "-syx.npy")));
        var problem = new NumericProblem(arch, sxx, syx, meta.GetProperty("traceSyy").GetDouble(), Networks.LossScale.HalfMean, kernels);
        return (problem, ReadNpy(Path.Combine(Folder, name + "-theta.npy")));
    }

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var meta = new Dictionary<string, object>();
        foreach (var (name, width, depth) in Cases)
        {
            var problem = NumericBenchmarkProblems.Uniform(width, depth, ManagedMatrixKernels.Instance);
            var theta = NumericBenchmarkProblems.Point(problem);
            NpyWriter.Write(Path.Combine(folder, name + "-sxx.npy"), problem.Sxx.ToRowMajorArray(), width, width);
            NpyWriter.Write(Path.Combine(folder, name + "-syx.npy"), problem.Syx.ToRowMajorArray(), width, width);
            NpyWriter.Write(Path.Combine(folder, name + "-theta.npy"), theta, theta.Length);
            var gradient = problem.Gradient(theta);
            meta[name] = new Dictionary<string, object>
            {
                ["widths"] = problem.Architecture.Widths.ToArray(),
                ["traceSyy"] = problem.TraceSyy,
                ["loss"] = problem.Loss(theta),
                ["gradientNorm"] = VectorOps.Norm(gradient),
                ["sharpness"] = problem.Sharpness(theta).Largest,
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: P = {problem.ParameterCount}"));
        }
        File.WriteAllText(Path.Combine(folder, "twin.json"), JsonSerializer.Serialize(meta, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static double[] ReadNpy(string path)
    {
        var bytes = File.ReadAllBytes(path);
        int headerLength = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8));
        int offset = 10 + headerLength;
        var data = new double[(bytes.Length - offset) / 8];
        for (int i = 0; i < data.Length; i++) data[i] = System.Buffers.Binary.BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(offset + 8 * i));
        return data;
    }
}

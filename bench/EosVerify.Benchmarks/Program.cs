using BenchmarkDotNet.Running;
using EosVerify.Benchmarks;

// `dotnet run -c Release -- twin-data DIR` writes the .npy files the Python twin and NumpyTwinBenchmarks share.
if (args is ["twin-data", var folder])
{
    TwinData.Write(folder);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

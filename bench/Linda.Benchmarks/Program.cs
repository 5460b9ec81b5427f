using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Linda.Benchmarks -- --filter '*'   (see docs/perf.md)
// dotnet run -c Release --project bench/Linda.Benchmarks -- --cpu-time    (screening per core by CPU time)
if (args is ["--cpu-time"])
{
    Linda.Benchmarks.ScreeningCpuTime.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

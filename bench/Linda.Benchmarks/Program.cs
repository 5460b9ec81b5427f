using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Linda.Benchmarks -- --filter '*'   (see docs/perf.md)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

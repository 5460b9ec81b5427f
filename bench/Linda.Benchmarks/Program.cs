using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Linda.Benchmarks -- --filter '*'` runs the benchmarks in this assembly.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

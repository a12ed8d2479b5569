using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;


// Every benchmark reports allocations; pass --job short on a shared machine (see docs/benchmarks.md).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
    .Run(args, DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default).WithOptions(ConfigOptions.JoinSummary));

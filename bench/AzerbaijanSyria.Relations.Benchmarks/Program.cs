using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;


// `-- paired [rounds]`: the query benchmarks' ways timed in turn (see PairedRuns), not by BenchmarkDotNet.
if (args is ["paired", ..])
{
    AzerbaijanSyria.Relations.Benchmarks.PairedRuns.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40);
    return;
}

// Every benchmark reports allocations; pass --job short on a shared machine (see docs/benchmarks.md).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
    .Run(args, DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default).WithOptions(ConfigOptions.JoinSummary));

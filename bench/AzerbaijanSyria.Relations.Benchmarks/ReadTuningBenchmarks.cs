using BenchmarkDotNet.Attributes;

namespace AzerbaijanSyria.Relations.Benchmarks;

/// <summary>
/// What <see cref="RelationsDatasetOptions.CacheSizeKiB"/> and <see cref="RelationsDatasetOptions.MemoryMapBytes"/>
/// buy on a file larger than SQLite's default page cache (a synthetic one: set AZSY_BENCH_DB): the same
/// queries on one dataset opened with SQLite's defaults, with a 256 MiB page cache, and with a 1 GiB
/// memory map, all in one run (compare each row with the "default" row of the same query). Warm: each
/// dataset keeps its connection, so what is measured is whether the pages a query needs stay in memory
/// between calls.
/// </summary>
public class ReadTuningBenchmarks
{
    private static readonly Dictionary<string, RelationsDatasetOptions> Settings = new()
    {
        ["default"] = RelationsDatasetOptions.Default,
        ["cache 256 MiB"] = new RelationsDatasetOptions { CacheSizeKiB = 262_144 },
        ["mmap 1 GiB"] = new RelationsDatasetOptions { MemoryMapBytes = 1L << 30 },
    };

    private RelationsDataset dataset = null!;

    [ParamsSource(nameof(Names))]
    public string Setting { get; set; } = "default";

    public static IEnumerable<string> Names() => Settings.Keys;

    [GlobalSetup]
    public void Setup() => dataset = RelationsDataset.Open(BenchFile.Path, Settings[Setting]);

    [GlobalCleanup]
    public void Cleanup() => dataset.Dispose();

    [Benchmark(Description = "yearly counts (every event)")]
    public object YearlyCounts() => dataset.GetYearlyEventCountsAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "one month of the timeline")]
    public object Month() => dataset.GetTimelineAsync(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)).GetAwaiter().GetResult();

    [Benchmark(Description = "a person's events")]
    public object PersonEvents() => dataset.GetPersonEventsAsync(BenchFile.IsSynthetic ? "synth-person-0000123" : "ilham-aliyev").GetAwaiter().GetResult();
}
